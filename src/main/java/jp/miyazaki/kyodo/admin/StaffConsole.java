package jp.miyazaki.kyodo.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the staff console ({@code /admin}) kept in its feature module rather than in the console
 * module: it gets what every console page shows (who is signed in, the navigation) and the console's error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffConsole {
}
