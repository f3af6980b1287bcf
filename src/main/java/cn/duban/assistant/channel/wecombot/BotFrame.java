package cn.duban.assistant.channel.wecombot;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One frame of the long connection (doc 101463): {@code {"cmd": …, "headers": {"req_id": …}, "body": {…}}}; an
 * acknowledgement has no cmd and carries {@code errcode}/{@code errmsg} (and sometimes a body) for the request with
 * the same req_id.
 *
 * @param cmd     the command, or null for an acknowledgement
 * @param reqId   {@code headers.req_id}: a reply to a callback echoes it
 * @param body    the body, or an empty object
 * @param errcode an acknowledgement's error code (0 = accepted)
 * @param errmsg  an acknowledgement's error message
 */
record BotFrame(String cmd, String reqId, JsonNode body, int errcode, String errmsg) {

    static final String SUBSCRIBE = "aibot_subscribe";
    static final String PING = "ping";
    static final String MESSAGE = "aibot_msg_callback";
    static final String EVENT = "aibot_event_callback";
    static final String RESPOND = "aibot_respond_msg";
    static final String RESPOND_WELCOME = "aibot_respond_welcome_msg";
    static final String SEND = "aibot_send_msg";
    static final String UPLOAD_INIT = "aibot_upload_media_init";
    static final String UPLOAD_CHUNK = "aibot_upload_media_chunk";
    static final String UPLOAD_FINISH = "aibot_upload_media_finish";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A request frame to send. */
    static BotFrame request(String cmd, String reqId, JsonNode body) {
        return new BotFrame(cmd, reqId, body, 0, null);
    }

    /** A new object node for a body. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A fresh req_id for a request the service starts, as the official SDK makes them: cmd, time, random. */
    static String newReqId(String cmd) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return cmd + "_" + System.currentTimeMillis() + "_" + HexFormat.of().formatHex(random);
    }

    /**
     * Reads a received text frame.
     *
     * @throws IllegalArgumentException when it is not a JSON object
     */
    static BotFrame parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonNode body = node.path("body");
            return new BotFrame(node.hasNonNull("cmd") ? node.get("cmd").asText() : null,
                    node.path("headers").path("req_id").asText(""), body.isObject() ? body : object(),
                    node.path("errcode").asInt(0), node.path("errmsg").asText(""));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a JSON object (a queued push).
     *
     * @throws IllegalArgumentException when it is not one
     */
    static JsonNode readObject(String text) {
        return parse("{\"body\":" + text + "}").body();
    }

    /** The frame as sent: cmd, headers and body (a ping has no body). */
    String json() {
        ObjectNode node = object();
        node.put("cmd", cmd);
        node.putObject("headers").put("req_id", reqId);
        if (body != null) {
            node.set("body", body);
        }
        return node.toString();
    }

    /** Whether this is an acknowledgement (no cmd). */
    boolean isAck() {
        return cmd == null;
    }

    /** Whether WeChat Work says another connection replaced this one ({@code disconnected_event}). */
    boolean isReplacedEvent() {
        return EVENT.equals(cmd) && "disconnected_event".equals(body.path("event").path("eventtype").asText());
    }
}
