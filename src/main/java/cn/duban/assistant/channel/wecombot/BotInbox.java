package cn.duban.assistant.channel.wecombot;

import java.util.ArrayList;
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
 * downloaded and decrypted by {@link BotImages}) with the message's words if any. {@link BotAnswers} sends the
 * answer on the req_id; in a group the answer names the member. A message's id is the sender's userid with its msgid ({@link WeComMessageIds}), so a repeat gets the
 * conversation core's remembered reply and no second effect. {@code enter_chat} gets the help text as the welcome.
 */
final class BotInbox implements AutoCloseable {

    /** The most content bytes of one reply or push (doc 101463). */
    static final int CONTENT_BYTES = BotAnswers.CONTENT_BYTES;
    private static final Logger log = LoggerFactory.getLogger(BotInbox.class);
    /** Leading @mentions of a group message (WeChat Work ends a mention with a space or U+2005). */
    private static final Pattern MENTIONS = Pattern.compile("^(\\s*@[^\\s\\u2005]+([\\s\\u2005]+|$))+");

    private final ConversationCore core;
    private final CurrentKnowledge current;
    private final AssistantClock clock;
    private final ExecutorService workers;
    private final BotAnswers answers;
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
        this.answers = new BotAnswers(outbox);
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
                if (BotAnswers.answer(connection, BotFrame.request(BotFrame.RESPOND_WELCOME, frame.reqId(), welcome))) {
                    BotAnswers.pushRest(connection, user, pieces);
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
        answers.respond(connection, frame.reqId(), chat, shown, reply.image());
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
}
