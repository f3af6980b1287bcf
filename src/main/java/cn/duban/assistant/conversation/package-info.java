/**
 * The conversation core: one path for every message from every channel. It decides whether a message is a
 * command or a question and hands it to the feature that answers; it knows no channel.
 */
package cn.duban.assistant.conversation;
