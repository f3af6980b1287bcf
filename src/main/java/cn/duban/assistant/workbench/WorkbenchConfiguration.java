package cn.duban.assistant.workbench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.ledger.Ledger;

/** The workbench's service, in the service only (the terminal commands run without a web server). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WorkbenchConfiguration {

    @Bean
    WorkbenchService workbenchService(CurrentKnowledge current, AssistantProperties properties, AssistantClock clock) {
        return new WorkbenchService(current, properties, clock);
    }

    @Bean
    TomcatErrorPages workbenchTomcatErrorPages(org.springframework.context.MessageSource messages) {
        return new TomcatErrorPages(messages);
    }

    @Bean
    Drilldowns workbenchDrilldowns(WorkbenchService service, Ledger ledger) {
        return new Drilldowns(service, ledger);
    }
}
