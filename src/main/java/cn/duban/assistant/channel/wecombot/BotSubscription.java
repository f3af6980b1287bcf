package cn.duban.assistant.channel.wecombot;

import java.net.http.HttpClient;
import java.time.Duration;

import cn.duban.assistant.config.AssistantProperties;

/**
 * Opens the bot's long connection and subscribes with its BotID and Secret ({@code aibot_subscribe}, doc 101463).
 * The JVM's proxy settings apply (-Dhttps.proxyHost/-Dhttps.proxyPort), as intranets often need.
 */
final class BotSubscription {

    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);
    /** How long a request waits for WeChat Work's acknowledgement. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    /** WeChat Work refused the subscription (wrong BotID or Secret): errcode and errmsg as it sent them. */
    static final class Refused extends RuntimeException {
        Refused(BotFrame ack) {
            super("订阅被拒绝: errcode " + ack.errcode() + " " + ack.errmsg()
                    + "(检查 assistant.wecom-bot.bot-id 与 assistant.wecom-bot.secret 是否为 智能机器人 → API 模式 → 长连接 中的 BotID 与 Secret)");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().proxy(java.net.ProxySelector.getDefault()).build();
    private final AssistantProperties.WecomBot settings;

    BotSubscription(AssistantProperties.WecomBot settings) {
        this.settings = settings;
    }

    /**
     * A subscribed connection whose frames go to {@code events}.
     *
     * @throws Refused when WeChat Work refuses the subscription (the connection is closed)
     * @throws RuntimeException when the connection cannot be made or the subscription is not acknowledged
     */
    BotConnection open(BotConnection.Events events) {
        BotConnection opened = BotConnection.open(http, settings.url(), events, OPEN_TIMEOUT, ACK_TIMEOUT);
        try {
            BotFrame ack = opened.request(BotFrame.request(BotFrame.SUBSCRIBE, BotFrame.newReqId(BotFrame.SUBSCRIBE),
                    BotFrame.object().put("bot_id", settings.botId()).put("secret", settings.secret())));
            if (ack.errcode() != 0) {
                throw new Refused(ack);
            }
            return opened;
        } catch (RuntimeException e) {
            opened.abort(e instanceof Refused ? "订阅被拒绝" : "订阅失败");
            throw e;
        }
    }
}
