package cn.duban.assistant.config;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /error} is where the server words its errors, not a page: asked for directly (Spring Boot's error controller
 * would answer 500, there being no error) it is not found, like any unknown path. Only in the service: the terminal
 * commands run without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPathConfiguration {

    @Bean
    FilterRegistrationBean<Filter> directErrorRequests(ServerProperties server) {
        Filter notFound = (request, response, chain) -> ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
        registration.setUrlPatterns(List.of(server.getError().getPath()));
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * A browser asking for a page (Accept: text/html) gets the same one line as any other caller — the status and
     * its reason, as text — rather than Spring's English "Whitelabel Error Page" naming the framework.
     */
    @Bean
    ErrorViewResolver plainErrorPages() {
        return (request, status, model) -> new ModelAndView((View) (values, req, res) -> {
            res.setContentType("text/plain;charset=UTF-8");
            res.getWriter().print(status.value() + " " + status.getReasonPhrase());
        });
    }
}
