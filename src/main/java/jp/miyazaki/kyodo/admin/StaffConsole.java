package jp.miyazaki.kyodo.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the staff console ({@code /admin}), wherever its feature module keeps it: its pages get
 * the console's navigation and signed-in staff member, and its errors the console's error page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffConsole {
}
