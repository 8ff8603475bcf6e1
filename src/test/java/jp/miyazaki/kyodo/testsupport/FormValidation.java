package jp.miyazaki.kyodo.testsupport;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** One Bean Validation factory for the console's form tests, as Spring MVC validates the forms. */
public final class FormValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private FormValidation() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }
}
