package cn.duban.assistant.wording;

import java.time.ZoneId;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.roster.Roster;

/**
 * Builds the {@link Wording} on each load of the knowledge and the roster (its examples come from them), on the one
 * reply bundle of the application.
 */
public final class WordingFactory {

    private final Replies replies;
    private final ZoneId zone;
    private final int maxMessageLength;

    /** Wording from this bundle, dates in this zone, the length limit told to whoever writes too long. */
    public WordingFactory(Replies replies, ZoneId zone, int maxMessageLength) {
        this.replies = replies;
        this.zone = zone;
        this.maxMessageLength = maxMessageLength;
    }

    /** The wording with examples from this knowledge, for the people of this roster. */
    public Wording create(Knowledge knowledge, Roster roster) {
        return new Wording(replies, knowledge, roster, zone, maxMessageLength);
    }
}
