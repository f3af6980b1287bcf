package cn.duban.assistant.workbench;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import cn.duban.assistant.ledger.LedgerUnavailableException;
import jakarta.servlet.http.HttpServletResponse;

/** The workbench's 403, 404 and 503 pages, in Chinese. */
@ControllerAdvice(basePackageClasses = WorkbenchErrors.class)
class WorkbenchErrors {

    /** This viewer may not see this page. */
    static final class Forbidden extends RuntimeException {
        private final boolean officialsOnly;

        Forbidden() {
            this(false);
        }

        /** When {@code officialsOnly}, the page says this page is for 县领导 only (a reporter asking for it). */
        Forbidden(boolean officialsOnly) {
            super("forbidden", null, false, false);
            this.officialsOnly = officialsOnly;
        }
    }

    /** No such target, task, unit or photo. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(Forbidden forbidden, Model model, HttpServletResponse response) {
        model.addAttribute("reason", forbidden.officialsOnly ? "officials" : null);
        return page(model, response, HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotFound.class)
    String notFound(Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({LedgerUnavailableException.class, redis.clients.jedis.exceptions.JedisException.class})
    String unavailable(Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static String page(Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "workbench/error";
    }
}
