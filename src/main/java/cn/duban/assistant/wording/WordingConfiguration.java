package cn.duban.assistant.wording;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.digest.DigestWriter;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.roster.Roster;

/** The reply wording: bundled, with county overrides in {@code config/replies.properties}. */
@Configuration(proxyBeanMethods = false)
class WordingConfiguration {

    @Bean
    Replies replies(AssistantProperties properties) {
        return Replies.withOverridesIn(properties.configDir().toString());
    }

    @Bean
    Wording wording(Replies replies, Knowledge knowledge, Roster roster, AssistantProperties properties) {
        return new Wording(replies, knowledge, roster, properties.zone(), properties.maxMessageLength());
    }

    @Bean
    DigestWriter digestWriter(Wording wording) {
        return wording.digestWriter();
    }
}
