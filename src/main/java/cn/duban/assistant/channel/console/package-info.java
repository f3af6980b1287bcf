/** The terminal channel: a chat with the assistant over standard input and output. */
package cn.duban.assistant.channel.console;
