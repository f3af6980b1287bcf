package cn.duban.assistant.channel.wecom;

/**
 * Where a callback's one answer goes: called once, from the callback's own thread, or from the reply budget's timer
 * when the budget ran out first (the answer then goes through the API).
 */
@FunctionalInterface
public interface PassiveAnswer {

    /** Answers the callback with this passive reply's text, or with an empty 200 when it is null. */
    void reply(String text);
}
