package cn.duban.assistant.channel.wecom;

import java.time.Duration;
import java.util.concurrent.locks.Lock;

import cn.duban.assistant.redis.RedisLock;
import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * WxJava's configuration with the access token kept in Redis, so that every instance uses one token and only one
 * of them fetches a new one (under a Redis lock). The token is stored for its lifetime less a safety margin; on
 * 40014/42001 WxJava expires it here and fetches it again once.
 */
final class SharedTokenConfig extends WxCpDefaultConfigImpl {

    private static final int SAFETY_SECONDS = 300;

    private final transient UnifiedJedis redis;
    private final String tokenKey;
    private final transient Lock lock;

    SharedTokenConfig(UnifiedJedis redis, String corpId, int agentId) {
        this.redis = redis;
        this.tokenKey = "duban:wecom:" + corpId + ":" + agentId + ":access-token";
        this.lock = new RedisLock(redis, tokenKey + ":lock", Duration.ofSeconds(30));
    }

    @Override
    public String getAccessToken() {
        return redis.get(tokenKey);
    }

    @Override
    public Lock getAccessTokenLock() {
        return lock;
    }

    @Override
    public boolean isAccessTokenExpired() {
        return !redis.exists(tokenKey);
    }

    @Override
    public void expireAccessToken() {
        redis.del(tokenKey);
    }

    @Override
    public synchronized void updateAccessToken(WxAccessToken accessToken) {
        updateAccessToken(accessToken.getAccessToken(), accessToken.getExpiresIn());
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        int lifetime = expiresInSeconds > SAFETY_SECONDS * 2 ? expiresInSeconds - SAFETY_SECONDS : Math.max(1, expiresInSeconds / 2);
        redis.set(tokenKey, accessToken, SetParams.setParams().ex(lifetime));
    }
}
