package cn.duban.assistant.wording;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;

/** The reply wording: bundled, with county overrides in {@code config/replies.properties}. */
@Configuration(proxyBeanMethods = false)
class WordingConfiguration {

    @Bean
    Replies replies(AssistantProperties properties) {
        return Replies.withOverridesIn(properties.configDir().toString());
    }
}
