package cn.duban.assistant.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;

/** Loads the roster at startup; a malformed roster stops startup with its place. */
@Configuration(proxyBeanMethods = false)
class RosterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RosterConfiguration.class);

    @Bean
    Roster roster(AssistantProperties properties, Knowledge knowledge) {
        Roster roster = RosterLoader.load(properties.roster(), knowledge);
        log.info("人员名单 {}: {} 位领导, {} 位填报人", properties.roster().toAbsolutePath(), roster.officials().size(),
                roster.reporters().size());
        return roster;
    }
}
