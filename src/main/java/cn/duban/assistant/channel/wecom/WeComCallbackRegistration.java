package cn.duban.assistant.channel.wecom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps the callback servlet to {@code /wecom/callback} whether or not WeChat Work is configured (503 until it is). */
@Configuration(proxyBeanMethods = false)
class WeComCallbackRegistration {

    @Bean
    ServletRegistrationBean<WeComCallbackServlet> weComCallback(ObjectProvider<WeComApp> app) {
        ServletRegistrationBean<WeComCallbackServlet> registration =
                new ServletRegistrationBean<>(new WeComCallbackServlet(app), "/wecom/callback");
        registration.setName("wecomCallback");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
