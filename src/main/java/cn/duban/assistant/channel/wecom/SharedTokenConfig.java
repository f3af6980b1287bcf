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
 * 40014/42001 WxJava expires it here and fetches it again once. While Redis cannot be reached, the token this
 * instance saw last is used, so answers still go out.
 */
final class SharedTokenConfig extends WxCpDefaultConfigImpl {

    private static final int SAFETY_SECONDS = 300;

    private final transient UnifiedJedis redis;
    private final String tokenKey;
    private final transient Lock lock;
    private volatile String lastSeen;
    private volatile long lastSeenUntil;

    SharedTokenConfig(UnifiedJedis redis, String corpId, int agentId) {
        this.redis = redis;
        this.tokenKey = "duban:wecom:" + corpId + ":" + agentId + ":access-token";
        this.lock = new RedisLock(redis, tokenKey + ":lock", Duration.ofSeconds(30));
    }

    @Override
    public String getAccessToken() {
        try {
            String token = redis.get(tokenKey);
            if (token != null && !token.equals(lastSeen)) {
                lastSeen = token;
                lastSeenUntil = Long.MAX_VALUE;
            }
            return token;
        } catch (RuntimeException e) {
            return lastSeen;
        }
    }

    @Override
    public Lock getAccessTokenLock() {
        return lock;
    }

    @Override
    public boolean isAccessTokenExpired() {
        try {
            return !redis.exists(tokenKey);
        } catch (RuntimeException e) {
            return lastSeen == null || System.currentTimeMillis() >= lastSeenUntil;
        }
    }

    @Override
    public void expireAccessToken() {
        lastSeen = null;
        redis.del(tokenKey);
    }

    @Override
    public synchronized void updateAccessToken(WxAccessToken accessToken) {
        updateAccessToken(accessToken.getAccessToken(), accessToken.getExpiresIn());
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        int lifetime = expiresInSeconds > SAFETY_SECONDS * 2 ? expiresInSeconds - SAFETY_SECONDS : Math.max(1, expiresInSeconds / 2);
        lastSeen = accessToken;
        lastSeenUntil = System.currentTimeMillis() + lifetime * 1000L;
        redis.set(tokenKey, accessToken, SetParams.setParams().ex(lifetime));
    }
}
