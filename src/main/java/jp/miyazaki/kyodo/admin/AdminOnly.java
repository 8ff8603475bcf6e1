package jp.miyazaki.kyodo.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An admin API operation only admins may call. Method security enforces it, and the OpenAPI document marks the
 * operation with {@code x-required-role: admin}, so the security test finds every such operation in the document
 * instead of in a list of its own.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('ADMIN')")
public @interface AdminOnly {

    /** The OpenAPI extension naming the role an operation needs. */
    String EXTENSION = "x-required-role";
}
