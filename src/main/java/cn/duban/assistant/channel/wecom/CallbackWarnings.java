package cn.duban.assistant.channel.wecom;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log lines of refused callbacks whose everyday cause is a setting rather than an attacker, each with its hint
 * and at most once a minute per cause: when the cause is a setting, every callback fails the same way.
 */
final class CallbackWarnings {

    private static final Logger log = LoggerFactory.getLogger(WeComCallbackServlet.class);
    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final ThrottledWarning wrongKey = new ThrottledWarning(log, Clock.systemUTC(), INTERVAL);
    private final ThrottledWarning malformedCiphertext = new ThrottledWarning(log, Clock.systemUTC(), INTERVAL);
    private final ThrottledWarning staleTimestamp = new ThrottledWarning(log, Clock.systemUTC(), INTERVAL);

    /**
     * A signed callback that decrypts to garbage most often means the EncodingAESKey was regenerated in the admin
     * console and this service still has the old one.
     */
    void undecryptable(CorpCheckingCrypt.Undecryptable e) {
        if (e.wrongKey()) {
            wrongKey.warn("企业微信回调签名正确但无法解密,已回 400(" + e.getMessage() + ")。多半是在企业微信管理后台重新生成了"
                    + " EncodingAESKey,而本服务仍在使用旧的 assistant.wecom.aes-key:请填入新的 EncodingAESKey 后重启。此类警告每分钟最多一条。");
        } else {
            malformedCiphertext.warn("企业微信回调签名正确但密文格式不对,已回 400(" + e.getMessage() + ")。此类警告每分钟最多一条。");
        }
    }

    /** Now and then a replayed callback; every time, this server's clock. */
    void stale(String timestamp, Duration maxSkew) {
        staleTimestamp.warn("拒绝企业微信回调: 时间戳 " + timestamp + " 与本机时间相差超过 " + maxSkew.toSeconds()
                + " 秒(assistant.wecom.max-clock-skew),已回 403。偶尔一次多为重放的旧回调;每次都如此请检查本机时钟。此类警告每分钟最多一条。");
    }
}
