package jp.miyazaki.kyodo.admin;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Validation errors of the staff API as RFC 9457 problem details that name each field and what is wrong with
 * it, so a staff script or the console can show it next to the field.
 */
@RestControllerAdvice(annotations = StaffApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ValidationProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ProblemDetail invalidBody(MethodArgumentNotValidException invalid) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return problem(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ProblemDetail invalidParameter(HandlerMethodValidationException invalid) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return problem(errors);
    }

    /** A constraint on a query parameter of a {@code @Validated} controller (checked by method validation). */
    @ExceptionHandler(ConstraintViolationException.class)
    public ProblemDetail invalidConstraint(ConstraintViolationException invalid) {
        List<Map<String, String>> errors = invalid.getConstraintViolations().stream()
                .map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()),
                        "message", String.valueOf(violation.getMessage())))
                .toList();
        return problem(errors);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ProblemDetail problem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setProperty("errors", errors);
        return problem;
    }
}
