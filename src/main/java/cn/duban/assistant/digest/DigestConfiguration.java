package cn.duban.assistant.digest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;

/**
 * The chart renderer, one for the application (loading its font takes a moment); the digest service itself is built
 * on each load of the knowledge and the roster ({@link DigestService#of}).
 */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

    @Bean
    ProgressChart progressChart(AssistantProperties properties) {
        return new ProgressChart(properties.digest().chartFont());
    }
}
