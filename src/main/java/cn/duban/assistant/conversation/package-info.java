/**
 * The conversation core: one path for every message from every channel — read into an intent, acted on by a
 * feature, worded by the wording layer — and the memory of replies that makes a repeated message get the same one.
 * The knowledge and roster it works on are one snapshot, with every feature built on them, replaced whole when an
 * official sends 重新加载 or their files change; a broken file keeps the snapshot in use.
 */
package cn.duban.assistant.conversation;
