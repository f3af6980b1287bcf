package cn.duban.assistant.workbench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring's {@code /error} for the whole service: an error under {@code /workbench}, {@code /login} or
 * {@code /logout} — an unknown path, a bad id, a wrong method, a refused CSRF token — is the workbench's Chinese
 * error page with its status; every other path (the WeChat Work callback, actuator) gets Spring Boot's own answer as
 * before.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WorkbenchErrorPages implements ErrorController {

    /** Request attribute naming why a 403 was given ({@code expired}: the form's CSRF token is no longer valid). */
    static final String REASON = WorkbenchErrorPages.class.getName() + ".reason";

    private final BasicErrorController others;

    /** @param resolvers the service's error views (a browser elsewhere gets the same one line as any caller) */
    WorkbenchErrorPages(ErrorAttributes attributes, ServerProperties server,
                        java.util.List<org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver> resolvers) {
        this.others = new BasicErrorController(attributes, server.getError(), resolvers);
    }

    /** Whether this path (as the client sent it) belongs to the workbench. */
    static boolean workbench(String uri) {
        return uri != null && (uri.equals("/workbench") || uri.startsWith("/workbench/") || uri.startsWith("/workbench;")
                || uri.startsWith("/login") || uri.startsWith("/logout"));
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!workbench(uri instanceof String path ? path.substring(request.getContextPath().length()) : null)) {
            String accept = request.getHeader("Accept");
            return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                    ? others.errorHtml(request, response) : others.error(request);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        response.setStatus(status);
        ModelAndView page = new ModelAndView("workbench/error");
        page.addObject("status", status);
        page.addObject("reason", request.getAttribute(REASON));
        return page;
    }
}
