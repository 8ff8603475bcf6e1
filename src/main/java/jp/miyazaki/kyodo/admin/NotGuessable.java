package jp.miyazaki.kyodo.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A staff password that guessing tools would not try early: not a common password or one with digits or
 * punctuation around it, not one character or a short pattern repeated, not a run such as {@code 123456789012}.
 * Length is checked separately ({@code @Size}); null and blank pass (that is {@code @NotBlank}'s job).
 */
@Documented
@Constraint(validatedBy = GuessablePasswords.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotGuessable {

    String message() default "is a common or easily guessed password; choose a less predictable one";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
