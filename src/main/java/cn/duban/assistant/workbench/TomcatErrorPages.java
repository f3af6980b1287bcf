package cn.duban.assistant.workbench;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own error report, for requests it refuses before Spring sees them (an encoded slash or NUL in the path,
 * {@code ..%2F}, a request line too long, whose path is then unknown): under {@code /workbench}, {@code /login} and {@code /logout} a short
 * Chinese page (wording in {@code messages.properties}, {@code error.tomcat.*}) instead of Tomcat's English one;
 * elsewhere Tomcat's report without server details, as Spring Boot sets it. Runs after Spring Boot's customizer so
 * that its valve is the one replaced.
 */
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    TomcatErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ChineseReport(messages));
            if (context.getParent() instanceof StandardHost standard) {
                // else the host adds Tomcat's own valve too when it starts, as it looks for that class by name
                standard.setErrorReportValveClass(ChineseReport.class.getName());
            }
        });
    }

    /** Tomcat's error report valve that answers the workbench's paths in Chinese. */
    static final class ChineseReport extends ErrorReportValve {
        private final MessageSource messages;

        ChineseReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        /** The workbench's paths, and a request line too long to be read (its path unknown). */
        private static boolean ours(String uri) {
            return uri == null || uri.isEmpty() || WorkbenchErrorPages.workbench(uri);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !ours(request.getRequestURI())) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            String text = messages.getMessage("error.tomcat." + status, null,
                    messages.getMessage("error.tomcat.other", null, Locale.ROOT), Locale.ROOT);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                            + status + "</title></head><body><main><h1>" + status + "</h1><p id=\"error-message\">"
                            + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"/workbench\">"
                            + HtmlUtils.htmlEscape(messages.getMessage("error.tomcat.back", null, Locale.ROOT))
                            + "</a></p></main></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing more to send
            }
        }
    }
}
