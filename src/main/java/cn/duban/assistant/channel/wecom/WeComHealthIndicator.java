package cn.duban.assistant.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import cn.duban.assistant.channel.wecombot.BotStatus;
import cn.duban.assistant.channel.wecombot.LongConnection;
import cn.duban.assistant.config.AssistantProperties;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;

/**
 * {@code /actuator/health}'s {@code wecom} component. Not configured: UP with {@code configured:false} (the console
 * alone is a legitimate use). Configured: UP while an access token can be had, DOWN with the errcode and a hint when
 * it cannot. The token is WxJava's shared one (kept in Redis), fetched only when it has expired, and the outcome is
 * kept for a minute, so health requests cause at most one token fetch a minute. {@code longConnection} is the
 * 智能机器人's: "not configured", "not in this process" (a terminal command), or its state on this instance —
 * {@code connected} and {@code standby} (another instance holds it) are UP, anything else (connecting, refused,
 * replaced) is DOWN.
 */
@Component("wecomHealthIndicator")
class WeComHealthIndicator implements HealthIndicator {

    static final Duration RECHECK = Duration.ofMinutes(1);
    private static final String NO_LONG_CONNECTION = "not configured";

    private final boolean configured;
    private final boolean botConfigured;
    private final ObjectProvider<LongConnection> bot;
    private final ObjectProvider<WxCpService> service;
    private final Clock clock;
    private Health last;
    private Instant checkedAt;

    @Autowired
    WeComHealthIndicator(AssistantProperties properties, ObjectProvider<WxCpService> service,
                         ObjectProvider<LongConnection> bot) {
        this(properties.wecom() != null && properties.wecom().configured(), service,
                properties.wecomBot() != null && properties.wecomBot().configured(), bot, Clock.systemUTC());
    }

    WeComHealthIndicator(boolean configured, ObjectProvider<WxCpService> service, boolean botConfigured,
                         ObjectProvider<LongConnection> bot, Clock clock) {
        this.configured = configured;
        this.service = service;
        this.botConfigured = botConfigured;
        this.bot = bot;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Health app;
        if (!configured) {
            app = Health.up().withDetail("configured", false).withDetail("token", "not configured").build();
        } else {
            Instant now = clock.instant();
            if (last == null || !now.isBefore(checkedAt.plus(RECHECK))) {
                last = check();
                checkedAt = now;
            }
            app = last;
        }
        Health.Builder builder = Health.status(app.getStatus()).withDetails(app.getDetails());
        if (!botConfigured) {
            return builder.withDetail("longConnection", NO_LONG_CONNECTION).build();
        }
        LongConnection connection = bot.getIfAvailable();
        if (connection == null) {
            return builder.withDetail("longConnection", "not in this process").build();
        }
        BotStatus status = connection.status();
        if (!status.healthy()) {
            builder.down();
        }
        return builder.withDetail("longConnection", java.util.Map.of("state", status.state(),
                "detail", status.detail(), "since", status.since().toString())).build();
    }

    private Health check() {
        try {
            service.getObject().getAccessToken(false);
            return configured(Health.up()).withDetail("token", "fetched").build();
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            return configured(Health.down()).withDetail("token", "failing: errcode " + code)
                    .withDetail("errmsg", String.valueOf(e.getError().getErrorMsg())).withDetail("hint", hint(code)).build();
        } catch (RuntimeException e) {
            return configured(Health.down()).withDetail("token", "failing: " + e.getClass().getSimpleName()).build();
        }
    }

    private static Health.Builder configured(Health.Builder builder) {
        return builder.withDetail("configured", true);
    }

    /** What to check in 管理后台 or the settings for a gettoken errcode. */
    static String hint(int code) {
        return switch (code) {
            case WeComSender.UNTRUSTED_IP -> "管理后台 → 应用管理 → 本应用 → 企业可信IP 中加入本服务器的出口IP";
            case 40001, 40091 -> "Secret 不对:assistant.wecom.secret 应为本应用(AgentId 对应)的 Secret";
            case 40013 -> "企业ID不对:assistant.wecom.corp-id 应为 我的企业 → 企业信息 中的企业ID";
            default -> "见 errmsg 与企业微信全局错误码说明";
        };
    }
}
