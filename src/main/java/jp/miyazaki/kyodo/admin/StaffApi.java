package jp.miyazaki.kyodo.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller of the staff API ({@code /api/admin}), wherever its feature module keeps it: its
 * validation errors become problem details naming each field ({@link ValidationProblems}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffApi {
}
