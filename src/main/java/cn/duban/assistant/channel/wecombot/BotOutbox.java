package cn.duban.assistant.channel.wecombot;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import redis.clients.jedis.UnifiedJedis;

/**
 * Pushes (digest, chart, 催报) from any instance or command through the one instance that holds the connection: the
 * sender queues the push in Redis and waits up to {@code timeout} for its outcome; the holder takes pushes off the
 * queue while connected, sends them and reports WeChat Work's acknowledgement. A push whose sender has stopped
 * waiting is dropped, not sent late (the sender counted it as failed, and the next run sends it again).
 */
final class BotOutbox {

    private static final Logger log = LoggerFactory.getLogger(BotOutbox.class);
    private static final String QUEUE = "duban:{ledger}:wecombot:outbox";
    private static final String DONE = "duban:{ledger}:wecombot:outbox:done:";
    private static final long IDLE_MILLIS = 200;

    private final UnifiedJedis redis;
    private final Duration timeout;
    private final BotLease lease;
    private volatile Thread server;

    /** @param lease the bot's lease: without a holder nobody serves the queue, and a push fails at once */
    BotOutbox(UnifiedJedis redis, Duration timeout, BotLease lease) {
        this.redis = redis;
        this.timeout = timeout;
        this.lease = lease;
    }

    /** Pushes markdown to a member (userid) or group chat (chatid); returns whether WeChat Work accepted it. */
    boolean markdown(String chat, String content) {
        return push(BotFrame.object().put("kind", "markdown").put("chat", chat).put("content", content));
    }

    /** Pushes a PNG image; returns whether WeChat Work accepted it. */
    boolean image(String chat, byte[] png) {
        return push(BotFrame.object().put("kind", "image").put("chat", chat)
                .put("png", Base64.getEncoder().encodeToString(png)));
    }

    private boolean push(ObjectNode request) {
        String id = UUID.randomUUID().toString();
        request.put("id", id).put("deadline", System.currentTimeMillis() + timeout.toMillis());
        try {
            if (!lease.heldByAnyone()) {
                log.warn("没有实例持有智能机器人长连接(服务未运行?),推送未发出");
                return false;
            }
            redis.rpush(QUEUE, request.toString());
            List<String> outcome = redis.blpop((int) Math.max(1, timeout.toSeconds()), DONE + id);
            if (outcome == null) {
                log.warn("智能机器人推送到 {} 在 {}内没有结果:持有长连接的实例未连上企业微信", request.path("chat").asText(),
                        ConnectFailure.text(timeout));
                return false;
            }
            String errcode = outcome.get(1);
            if (!"0".equals(errcode)) {
                log.warn("智能机器人推送到 {} 失败: {}", request.path("chat").asText(),
                        String.valueOf(BotPushes.NOT_SENT).equals(errcode) ? "企业微信没有回执"
                                : "errcode " + errcode + "(见企业微信全局错误码;持有长连接的实例日志有 errmsg)");
            }
            return "0".equals(errcode);
        } catch (RuntimeException e) {
            log.warn("智能机器人推送未能排队(Redis 不可达?): {}", e.getMessage());
            return false;
        }
    }

    /** Starts taking pushes off the queue whenever {@code connection} gives an open connection. */
    synchronized void serve(Supplier<BotConnection> connection) {
        Thread thread = new Thread(() -> loop(connection), "wecombot-outbox");
        thread.setDaemon(true);
        server = thread;
        thread.start();
    }

    /**
     * Stops taking pushes and waits (at most a few seconds) for the serving thread to end: its wait on Redis (1 s)
     * cannot be interrupted, and it must not use Redis after the service has closed it.
     */
    synchronized void stopServing() {
        Thread thread = server;
        server = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop(Supplier<BotConnection> connection) {
        while (server == Thread.currentThread()) {
            try {
                BotConnection open = connection.get();
                if (open == null) {
                    Thread.sleep(IDLE_MILLIS);
                    continue;
                }
                List<String> item = redis.blpop(1, QUEUE);
                if (item != null) {
                    send(open, BotFrame.readObject(item.get(1)));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("智能机器人推送队列出错: {}", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void send(BotConnection connection, JsonNode request) {
        if (request.path("deadline").asLong() < System.currentTimeMillis()) {
            log.warn("智能机器人推送到 {} 已过了发送方的等待时间,不再发送(下次运行会补发)", request.path("chat").asText());
            return;
        }
        String chat = request.path("chat").asText();
        int errcode = "image".equals(request.path("kind").asText())
                ? BotPushes.image(connection, chat, Base64.getDecoder().decode(request.path("png").asText()))
                : BotPushes.markdown(connection, chat, request.path("content").asText());
        String done = DONE + request.path("id").asText();
        redis.rpush(done, Integer.toString(errcode));
        redis.expire(done, Math.max(60, timeout.toSeconds() * 2));
    }
}
