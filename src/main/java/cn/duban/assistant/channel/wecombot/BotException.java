package cn.duban.assistant.channel.wecombot;

/** A request on the long connection that did not go through (closed, no acknowledgement in time). */
class BotException extends RuntimeException {

    BotException(String message) {
        super(message);
    }
}
