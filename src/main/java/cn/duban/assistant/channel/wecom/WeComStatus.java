package cn.duban.assistant.channel.wecom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.duban.assistant.config.AssistantProperties;

/** Says at startup whether the WeChat Work channel is on. */
@Component
class WeComStatus {

    private static final Logger log = LoggerFactory.getLogger(WeComStatus.class);

    private final AssistantProperties properties;

    WeComStatus(AssistantProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (properties.wecom().configured()) {
            log.info("企业微信已配置: CorpID {}, AgentId {}, 回调地址 /wecom/callback, 接口 {}", properties.wecom().corpId(),
                    properties.wecom().agentId(), properties.wecom().apiBaseUrl());
        } else {
            log.warn("未配置企业微信(assistant.wecom.corp-id / agent-id / secret / token / aes-key),"
                    + "只能在控制台使用;/wecom/callback 返回 503。配置方法见 README。");
        }
    }
}
