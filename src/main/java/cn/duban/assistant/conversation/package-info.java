/**
 * The conversation core: one path for every message from every channel — read into an intent, acted on by a
 * feature, worded by the wording layer — and the memory of replies that makes a repeated message get the same one.
 */
package cn.duban.assistant.conversation;
