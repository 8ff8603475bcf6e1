package jp.miyazaki.kyodo.console;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /admin} that nothing answers is the console's Japanese 404 page for a browser. Spring's
 * problem-details handler would answer it with JSON, and {@link ConsoleErrorPages}' own handler only sees the
 * console's controllers, which an unknown address never reaches. Every other request gets that problem JSON as
 * before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleUnknownAddresses {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> unknown(NoResourceFoundException missing, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (ConsoleErrorPages.isConsole(request.getRequestURI()) && ConsoleErrorPages.wantsPage(request)) {
            response.sendError(missing.getStatusCode().value());
            return null;
        }
        return ResponseEntity.status(missing.getStatusCode()).body(missing.getBody());
    }
}
