package cn.duban.assistant.channel.wecom;

import me.chanjar.weixin.cp.config.WxCpConfigStorage;

/**
 * The configured WeChat Work app as the callback needs it.
 *
 * @param corpId  our CorpID
 * @param agentId the app's AgentId
 * @param crypt   callback crypto with the CorpID check
 * @param config  WxJava's configuration, for encrypting passive replies
 * @param inbox   where decrypted messages go
 */
record WeComApp(String corpId, int agentId, CorpCheckingCrypt crypt, WxCpConfigStorage config, WeComInbox inbox) {
}
