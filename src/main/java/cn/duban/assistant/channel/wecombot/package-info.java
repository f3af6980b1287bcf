/**
 * The WeChat Work 智能机器人 channel on its long connection (doc 101463 "智能机器人长连接"): the service opens a
 * WebSocket to WeChat Work, subscribes with the BotID and Secret, keeps a heartbeat and reconnects with backoff; one
 * instance holds the connection through a Redis lease; messages from single and group chats go to the conversation
 * core and their answers back on the same connection; digests and 催报 are pushed through whichever instance holds it.
 */
package cn.duban.assistant.channel.wecombot;
