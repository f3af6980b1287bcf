package cn.duban.assistant.conversation;

import java.util.Set;

import org.springframework.stereotype.Service;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.AnswerComposer;
import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.wording.Replies;

/**
 * The one place that decides what a message is (a command such as 帮助, or a question) and who answers it.
 * Every channel goes through here; nothing here knows which channel a message came from.
 */
@Service
public class ConversationCore {

    private static final Set<String> HELP = Set.of("帮助", "?", "help", "菜单", "使用说明", "怎么用");

    private final ReportAnswerer answerer;
    private final AnswerComposer composer;
    private final Replies replies;
    private final int maxMessageLength;

    public ConversationCore(ReportAnswerer answerer, AnswerComposer composer, Replies replies,
                            AssistantProperties properties) {
        this.answerer = answerer;
        this.composer = composer;
        this.replies = replies;
        this.maxMessageLength = properties.maxMessageLength();
    }

    public Reply handle(InboundMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        if (text.isEmpty()) {
            return reply("input.empty");
        }
        if (text.codePointCount(0, text.length()) > maxMessageLength) {
            return reply("input.too-long", maxMessageLength);
        }
        if (isHelp(text)) {
            return reply("help");
        }
        Question question = Question.of(text);
        if (!question.hasContent() && !hasLetters(question.normalized())) {
            return reply("input.no-content");
        }
        return new Reply(composer.compose(answerer.answer(question)));
    }

    private static boolean isHelp(String text) {
        String command = Question.normalize(text).strip();
        return HELP.contains(command) || HELP.contains(command.replaceAll("[\\s?!.\u3002]+$", ""));
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private Reply reply(String key, Object... arguments) {
        return new Reply(replies.text(key, arguments));
    }
}
