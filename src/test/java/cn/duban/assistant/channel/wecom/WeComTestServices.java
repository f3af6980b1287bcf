package cn.duban.assistant.channel.wecom;

import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import redis.clients.jedis.UnifiedJedis;

/** WxJava services as the app configures them (token shared in Redis), pointed at the fake API. */
public final class WeComTestServices {

    private WeComTestServices() {
    }

    public static WxCpService service(UnifiedJedis redis, String apiBaseUrl) {
        SharedTokenConfig config = new SharedTokenConfig(redis, WeComTestClient.CORP_ID, WeComTestClient.AGENT_ID);
        config.setCorpId(WeComTestClient.CORP_ID);
        config.setAgentId(WeComTestClient.AGENT_ID);
        config.setCorpSecret("secret");
        config.setToken(WeComTestClient.TOKEN);
        config.setAesKey(WeComTestClient.AES_KEY);
        config.setBaseApiUrl(apiBaseUrl);
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        service.setRetrySleepMillis(10);
        service.setMaxRetryTimes(3);
        return service;
    }
}
