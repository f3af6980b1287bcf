package cn.duban.assistant.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.vocabulary.Vocabulary;

/** Loads {@code knowledge/} and builds its index at startup; a malformed file stops startup with its place. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    Knowledge knowledge(AssistantProperties properties, Vocabulary vocabulary) {
        Knowledge knowledge = KnowledgeLoader.load(properties.knowledgeDir(), vocabulary);
        log.info("知识库 {}: {} 篇报告, {} 个量化目标", properties.knowledgeDir().toAbsolutePath(),
                knowledge.reports().size(), knowledge.targets().size());
        return knowledge;
    }

    @Bean(destroyMethod = "close")
    KnowledgeIndex knowledgeIndex(Knowledge knowledge) {
        long started = System.nanoTime();
        KnowledgeIndex index = new KnowledgeIndex(knowledge);
        index.warmUp();
        log.info("索引 {} 句, 用时 {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    @Bean
    ReportAnswerer reportAnswerer(Knowledge knowledge, KnowledgeIndex index, Vocabulary vocabulary) {
        return new ReportAnswerer(knowledge, index, vocabulary);
    }
}
