package cn.duban.assistant.channel.wecombot;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

/**
 * Why the long connection could not be opened, in words an intranet operator can act on: the host and port, what
 * failed (name lookup, refused, timed out, TLS, the handshake's HTTP status) and what to check (firewall, proxy).
 */
final class ConnectFailure {

    private ConnectFailure() {
    }

    /** The reason for the log and health, naming the address. */
    static String describe(Throwable failure, URI url) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        int port = url.getPort() > 0 ? url.getPort() : "wss".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        String where = url.getHost() + ":" + port;
        String reach = ";请确认本机能访问 " + where + "(防火墙放行出站;经代理上网时用 -Dhttps.proxyHost=… -Dhttps.proxyPort=… 启动)";
        if (cause instanceof WebSocketHandshakeException handshake) {
            return "连接 " + where + " 的握手被拒绝: HTTP " + handshake.getResponse().statusCode()
                    + "(检查 assistant.wecom-bot.url)";
        }
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException
                || cause.getCause() instanceof UnresolvedAddressException) {
            return "无法解析主机 " + url.getHost() + "(DNS)" + reach;
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException
                || cause instanceof TimeoutException) {
            return "连接 " + where + " 超时" + reach;
        }
        if (cause instanceof ConnectException) {
            return "连接 " + where + " 被拒绝或不可达" + reach;
        }
        if (cause instanceof SSLException) {
            return "与 " + where + " 的 TLS 握手失败: " + cause.getMessage() + "(代理或网关是否替换了证书?)";
        }
        return "连接 " + where + " 失败: " + cause + reach;
    }

    /** A duration as people read it: 5 分钟, 30 秒, 200 毫秒. */
    static String text(Duration duration) {
        if (duration.toMillis() < 1000) {
            return duration.toMillis() + " 毫秒";
        }
        if (duration.toMillis() % 1000 != 0 && duration.toSeconds() < 10) {
            return String.format("%.1f 秒", duration.toMillis() / 1000.0);
        }
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " 分钟" : seconds + " 秒";
    }
}
