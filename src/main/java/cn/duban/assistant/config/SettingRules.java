package cn.duban.assistant.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.scheduling.support.CronExpression;

/**
 * The checks of {@link AssistantProperties}: a value that makes no sense (a negative duration, a key of the wrong
 * length, a URL that is none) stops startup naming the setting, what it should be and an example.
 */
final class SettingRules {

    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");
    private static final Pattern DATABASE = Pattern.compile("(/[0-9]{0,5})?");
    /** WeChat Work waits at most 5 s for the answer to a callback, then retries it. */
    private static final Duration WECOM_WAITS = Duration.ofSeconds(5);

    private SettingRules() {
    }

    /** Two settings that work only together (an id and its secret): one without the other stops startup. */
    static void bothOrNeither(String name, String value, String otherName, String other) {
        boolean given = value != null && !value.isBlank();
        boolean otherGiven = other != null && !other.isBlank();
        if (given != otherGiven) {
            throw StartupException.setting(given ? otherName : name, "未设置,而 " + (given ? name : otherName)
                    + " 已设置:两项须同时设置(或都不设置)");
        }
    }

    /** A WebSocket address: {@code ws://} or {@code wss://} with a host. */
    static void webSocketUrl(String name, URI value, String example) {
        if (value == null || value.getHost() == null
                || !("ws".equalsIgnoreCase(value.getScheme()) || "wss".equalsIgnoreCase(value.getScheme()))) {
            throw StartupException.setting(name, "应为 ws:// 或 wss:// 开头的 WebSocket 地址,例如 " + example
                    + ",现在是 " + value);
        }
    }

    static void positive(String name, Duration value, String example) {
        given(name, value, example);
        if (value.isNegative() || value.isZero()) {
            throw StartupException.setting(name, "应为大于 0 的时长,例如 " + example + ",现在是 " + text(value));
        }
    }

    static void notNegative(String name, Duration value, String example) {
        given(name, value, example);
        if (value.isNegative()) {
            throw StartupException.setting(name, "不能为负,例如 " + example + ",现在是 " + text(value));
        }
    }

    /** A number of whole days, at least one: 15d, or 15 (days). */
    static void wholeDays(String name, Duration value, String example) {
        given(name, value, example);
        if (value.toDays() < 1 || !value.equals(Duration.ofDays(value.toDays()))) {
            throw StartupException.setting(name, "应为不少于 1 天的整天数,例如 " + example + ",现在是 " + text(value));
        }
    }

    static void atLeast(String name, long value, long least, String example) {
        if (value < least) {
            throw StartupException.setting(name, "应为不小于 " + least + " 的整数,例如 " + example + ",现在是 " + value);
        }
    }

    static void notNegative(String name, BigDecimal value, String example) {
        given(name, value, example);
        if (value.signum() < 0) {
            throw StartupException.setting(name, "不能为负,例如 " + example + ",现在是 " + value.toPlainString());
        }
    }

    static void replyBudget(Duration value) {
        given("assistant.wecom.reply-budget", value, "3s");
        if (value.isNegative() || value.compareTo(WECOM_WAITS) >= 0) {
            throw StartupException.setting("assistant.wecom.reply-budget",
                    "应为 0 到 5 秒之间的时长(企业微信最多等 5 秒),例如 3s,现在是 " + text(value));
        }
    }

    /** The callback's EncodingAESKey: 43 characters of Base64, when it is given at all. */
    static void aesKey(String key) {
        if (key != null && !key.isBlank() && !AES_KEY.matcher(key.strip()).matches()) {
            throw StartupException.setting("assistant.wecom.aes-key", "应为企业微信后台“接收消息”页生成的 EncodingAESKey:"
                    + "43位英文字母、数字、+ 或 /,现在是" + key.strip().length() + "位"
                    + (key.strip().length() == 43 ? "且含有其他字符" : ""));
        }
    }

    /** {@code redis://[[user]:password@]host[:port][/db]}, when it is given at all; the password is never shown. */
    static void redisUrl(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        boolean valid;
        try {
            URI uri = new URI(url.strip());
            valid = "redis".equals(uri.getScheme()) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null && DATABASE.matcher(uri.getPath() == null ? "" : uri.getPath()).matches();
        } catch (URISyntaxException e) {
            valid = false;
        }
        if (!valid) {
            throw StartupException.setting("assistant.redis.url", "应为 redis://[:密码@]主机[:端口][/库号],"
                    + "例如 redis://:password@10.0.0.5:6379/0,现在是“" + url.replaceFirst("//[^/]*@", "//***@") + "”");
        }
    }

    /** A Spring cron expression: six fields, seconds first. */
    static void cron(String name, String value, String example) {
        given(name, value, example);
        if (!CronExpression.isValidExpression(value)) {
            throw StartupException.setting(name, "应为 6 段的时间表达式(秒 分 时 日 月 星期),例如 " + example
                    + ",现在是“" + value + "”");
        }
    }

    private static void given(String name, Object value, String example) {
        if (value == null || value.toString().isBlank()) {
            throw StartupException.setting(name, "不能为空,例如 " + example);
        }
    }

    /** A duration as it is written in the settings: 3s, 10m, 48h, 500ms. */
    static String text(Duration value) {
        long millis = value.toMillis();
        if (millis == 0) {
            return "0s";
        }
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
