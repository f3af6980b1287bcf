package cn.duban.assistant.wording;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;

/**
 * The reply bundle: bundled, with county overrides in {@code config/replies.properties}; the {@link Wording} on it is
 * built on each load of the knowledge and the roster.
 */
@Configuration(proxyBeanMethods = false)
class WordingConfiguration {

    @Bean
    Replies replies(AssistantProperties properties) {
        return Replies.withOverridesIn(properties.configDir().toString());
    }

    @Bean
    WordingFactory wordingFactory(Replies replies, AssistantProperties properties) {
        return new WordingFactory(replies, properties.zone(), properties.maxMessageLength());
    }
}
