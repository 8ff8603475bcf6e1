package jp.miyazaki.kyodo.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches requests that an {@link AdminOnly} operation would handle, by asking Spring MVC which handler it would
 * choose. The security filter refuses staff there before the body is read, so a staff member learns nothing from
 * validation errors; the annotation stays the one place that says which operations are for admins.
 */
final class AdminOnlyRequests implements RequestMatcher {

    private final BeanFactory beans;

    AdminOnlyRequests(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = beans.getBean("requestMappingHandlerMapping",
                    RequestMappingHandlerMapping.class).getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method && isAdminOnly(method);
        } catch (Exception e) {
            // No handler fits (wrong method or media type): MVC answers that, and method security still holds.
            return false;
        }
    }

    /** Whether the operation or its controller is marked {@link AdminOnly}. */
    static boolean isAdminOnly(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), AdminOnly.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AdminOnly.class);
    }
}
