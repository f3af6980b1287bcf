/**
 * The WeChat Work channel: verified callbacks (WxJava crypto plus the CorpID check), answers inside WeChat Work's
 * deadline as passive replies or later through message/send, each message acted on once, one access token shared
 * by all instances through Redis.
 */
package cn.duban.assistant.channel.wecom;
