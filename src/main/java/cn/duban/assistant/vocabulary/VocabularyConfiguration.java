package cn.duban.assistant.vocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;

/** The trigger vocabulary: bundled, with county overrides in {@code config/vocabulary.properties}. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

    @Bean
    Vocabulary vocabulary(AssistantProperties properties) {
        return Vocabulary.withOverridesIn(properties.configDir());
    }
}
