package cn.duban.assistant.channel.wecom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.duban.assistant.config.AssistantProperties;

/** Says at startup which WeChat Work channels are on: the app's callback, the 智能机器人's long connection. */
@Component
class WeComStatus {

    private static final Logger log = LoggerFactory.getLogger(WeComStatus.class);

    private final AssistantProperties properties;

    WeComStatus(AssistantProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        boolean app = properties.wecom().configured();
        boolean bot = properties.wecomBot().configured();
        if (app) {
            log.info("企业微信已配置: CorpID {}, AgentId {}, 回调地址 /wecom/callback, 接口 {}", properties.wecom().corpId(),
                    properties.wecom().agentId(), properties.wecom().apiBaseUrl());
        }
        if (bot) {
            log.info("智能机器人长连接已配置: BotID {}, 地址 {}", properties.wecomBot().botId(), properties.wecomBot().url());
        }
        if (!app && !bot) {
            log.warn("未配置企业微信(自建应用回调 assistant.wecom.corp-id / agent-id / secret / token / aes-key,"
                    + "或智能机器人长连接 assistant.wecom-bot.bot-id / secret),只能在控制台使用;/wecom/callback 返回 503。"
                    + "配置方法见 README。");
        } else if (!app) {
            log.info("未配置自建应用回调(assistant.wecom.*):/wecom/callback 返回 503,消息走智能机器人长连接");
        }
    }
}
