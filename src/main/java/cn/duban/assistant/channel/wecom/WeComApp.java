package cn.duban.assistant.channel.wecom;

import java.time.Duration;

/**
 * The configured WeChat Work app as the callback needs it.
 *
 * @param corpId  our CorpID
 * @param agentId the app's AgentId
 * @param crypt   callback crypto with the CorpID check; also encrypts and signs passive replies
 * @param inbox   where decrypted messages go
 * @param window  the timestamps a callback may carry
 * @param bodyTimeout how long a callback's body may take to arrive, from the end of its headers
 */
record WeComApp(String corpId, int agentId, CorpCheckingCrypt crypt, WeComInbox inbox, TimestampWindow window,
                Duration bodyTimeout) implements AutoCloseable {

    /** Stops the inbox's reply budget timer. */
    @Override
    public void close() {
        inbox.close();
    }
}
