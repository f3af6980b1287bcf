package cn.duban.assistant.channel.wecombot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.duban.assistant.channel.wecom.TextSplitter;
import cn.duban.assistant.channel.wecom.WeComMessageIds;
import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.conversation.Attachment;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.Reply;
import cn.duban.assistant.wording.Wording;

/**
 * Turns the bot's callbacks into inbound messages for the conversation core and sends the answers back on the
 * connection they came on: a text (in a group, without the leading @mention), the text items of a {@code mixed}
 * message, a voice message's recognised text, and a photo (an image message or a mixed message's first image item,
 * downloaded and decrypted by {@link BotImages}) with the message's words if any. The answer goes as one finished stream reply echoing the callback's
 * req_id (at most 20,480 bytes of content, doc 101463); a longer one continues in order through
 * {@code aibot_send_msg} to the same chat, and a chart goes with the stream's final frame. In a group the answer names
 * the member. A message's id is the sender's userid with its msgid ({@link WeComMessageIds}), so a repeat gets the
 * conversation core's remembered reply and no second effect. {@code enter_chat} gets the help text as the welcome.
 */
final class BotInbox implements AutoCloseable {

    /** The most content bytes of one reply or push (doc 101463). */
    static final int CONTENT_BYTES = 20_480;
    private static final Logger log = LoggerFactory.getLogger(BotInbox.class);
    /** Leading @mentions of a group message (WeChat Work ends a mention with a space or U+2005). */
    private static final Pattern MENTIONS = Pattern.compile("^(\\s*@[^\\s\\u2005]+([\\s\\u2005]+|$))+");

    private final ConversationCore core;
    private final CurrentKnowledge current;
    private final AssistantClock clock;
    private final ExecutorService workers;
    private final BotOutbox outbox;
    private final BotImages images;
    /** Group chats seen by this process: each is logged once with its chatid, for {@code chat:ID} recipients. */
    private final java.util.Set<String> groups = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param outbox where an answer goes when its reply was refused or not acknowledged */
    BotInbox(ConversationCore core, CurrentKnowledge current, AssistantClock clock, ExecutorService workers,
             BotOutbox outbox) {
        this(core, current, clock, workers, outbox, null);
    }

    /** @param images downloads and decrypts photos (null: photos get the note that the assistant reads text) */
    BotInbox(ConversationCore core, CurrentKnowledge current, AssistantClock clock, ExecutorService workers,
             BotOutbox outbox, BotImages images) {
        this.images = images;
        this.outbox = outbox;
        this.core = core;
        this.current = current;
        this.clock = clock;
        this.workers = workers;
    }

    /** Stops the workers (shutdown). */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Handles a callback or event frame on a worker thread. */
    void receive(BotConnection connection, BotFrame frame) {
        workers.execute(() -> {
            try {
                handle(connection, frame);
            } catch (RuntimeException e) {
                log.error("处理智能机器人消息 {} 失败", frame.reqId(), e);
            }
        });
    }

    private void handle(BotConnection connection, BotFrame frame) {
        JsonNode body = frame.body();
        String user = body.path("from").path("userid").asText("");
        if (BotFrame.EVENT.equals(frame.cmd())) {
            if ("enter_chat".equals(body.path("event").path("eventtype").asText()) && !user.isEmpty()) {
                List<String> pieces = TextSplitter.split(core.help(user), CONTENT_BYTES);
                ObjectNode welcome = BotFrame.object().put("msgtype", "text");
                welcome.putObject("text").put("content", pieces.isEmpty() ? "" : pieces.get(0));
                if (answer(connection, BotFrame.request(BotFrame.RESPOND_WELCOME, frame.reqId(), welcome))) {
                    pushRest(connection, user, pieces);
                }
            }
            return;
        }
        if (!BotFrame.MESSAGE.equals(frame.cmd())) {
            log.debug("智能机器人长连接收到未处理的帧 {}", frame.cmd());
            return;
        }
        if (user.isEmpty() || frame.reqId().isEmpty()) {
            log.warn("智能机器人消息缺少{},无法处理: {}", user.isEmpty() ? "发送人(from.userid)" : "req_id",
                    body.path("msgid").asText(""));
            return;
        }
        boolean group = "group".equals(body.path("chattype").asText());
        String chatId = body.path("chatid").asText("");
        String chat = group && !chatId.isEmpty() ? chatId : user;
        if (group && !chatId.isEmpty() && groups.add(chat)) {
            log.info("智能机器人所在群聊 chatid={}(日报发到此群:assistant.digest.recipients 加 chat:{})", chat, chat);
        }
        Wording wording = current.get().wording();
        String text = readable(body);
        JsonNode picture = BotImages.picture(body);
        Attachment photo = picture == null || images == null ? null
                : images.fetch(picture.path("url").asText(""), picture.path("aeskey").asText(""));
        Reply reply;
        if (text == null && photo == null) {
            reply = new Reply("voice".equals(body.path("msgtype").asText()) ? wording.voiceNotRecognised() : wording.notText());
        } else if (photo == null && text.isEmpty()) {
            reply = new Reply(core.help(user));
        } else {
            String words = text == null ? "" : text;
            String id = WeComMessageIds.of("wecombot-", user, body.path("msgid").asText(""),
                    body.path("create_time").asText(""), words);
            try {
                reply = core.handle(new InboundMessage(id, user, words, clock.now().toInstant(), photo));
            } catch (RuntimeException e) {
                log.error("处理消息 {} 失败", id, e);
                reply = new Reply(wording.failed());
            }
        }
        if (reply.text().isEmpty() && !reply.hasImage()) {
            return;
        }
        String shown = group ? wording.inGroup(user, reply.text()) : reply.text();
        respond(connection, frame.reqId(), chat, shown, reply.image());
    }

    /**
     * The text the member wrote without leading @mentions: empty for a message that is only a mention (the bot was
     * called without a question), null for a message without text (an image, unrecognised voice).
     */
    static String readable(JsonNode body) {
        String text = switch (body.path("msgtype").asText()) {
            case "text" -> body.path("text").path("content").asText("");
            case "voice" -> body.path("voice").path("content").asText("");
            case "mixed" -> {
                List<String> parts = new ArrayList<>();
                for (JsonNode item : body.path("mixed").path("msg_item")) {
                    if ("text".equals(item.path("msgtype").asText())) {
                        parts.add(item.path("text").path("content").asText(""));
                    }
                }
                yield String.join("\n", parts);
            }
            default -> "";
        };
        if (text.isBlank()) {
            return null;
        }
        return MENTIONS.matcher(text).replaceFirst("").strip();
    }

    private void respond(BotConnection connection, String reqId, String chat, String text, byte[] image) {
        List<String> pieces = TextSplitter.split(text, CONTENT_BYTES);
        ObjectNode first = BotFrame.object().put("msgtype", "stream");
        ObjectNode stream = first.putObject("stream").put("id", BotFrame.newReqId("stream")).put("finish", true)
                .put("content", pieces.isEmpty() ? "" : pieces.get(0));
        if (image != null && pieces.size() <= 1) {
            ObjectNode item = stream.putArray("msg_item").addObject().put("msgtype", "image");
            item.putObject("image").put("base64", Base64.getEncoder().encodeToString(image)).put("md5", md5(image));
        }
        if (!answer(connection, BotFrame.request(BotFrame.RESPOND, reqId, first))) {
            byOutbox(chat, pieces, image);
            return;
        }
        if (pushRest(connection, chat, pieces) && image != null && pieces.size() > 1) {
            BotPushes.image(connection, chat, image);
        }
    }

    /**
     * The reply was refused or not acknowledged (the connection may have ended): the answer goes as pushes through
     * the outbox, served by whichever connection is up within its wait, so that a recorded report is never left
     * unconfirmed.
     */
    private void byOutbox(String chat, List<String> pieces, byte[] image) {
        log.warn("智能机器人回复未成功,改为推送给 {}", chat);
        for (String piece : pieces) {
            if (!outbox.markdown(chat, piece)) {
                log.error("发给 {} 的回复未能送达(回复与推送都失败)", chat);
                return;
            }
        }
        if (image != null) {
            outbox.image(chat, image);
        }
    }

    /** Pushes the pieces after the first, in order; returns whether all went out. */
    private static boolean pushRest(BotConnection connection, String chat, List<String> pieces) {
        for (String piece : pieces.subList(Math.min(1, pieces.size()), pieces.size())) {
            if (BotPushes.markdown(connection, chat, piece) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean answer(BotConnection connection, BotFrame frame) {
        try {
            BotFrame ack = connection.request(frame);
            if (ack.errcode() != 0) {
                log.warn("智能机器人回复被拒绝: errcode {} {}", ack.errcode(), ack.errmsg());
                return false;
            }
            return true;
        } catch (BotException e) {
            log.warn("智能机器人回复未能送出: {}", e.getMessage());
            return false;
        }
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing", e);
        }
    }
}
