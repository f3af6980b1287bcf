package cn.duban.assistant.channel.wecombot;

/** The 智能机器人 long connection as operators see it (health); present only in the service when configured. */
public interface LongConnection {

    /** The connection's state on this instance. */
    BotStatus status();
}
