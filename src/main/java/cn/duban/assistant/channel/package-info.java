/** Channels: where messages come from and replies go (the terminal; WeChat Work). They know nothing about answering. */
package cn.duban.assistant.channel;
