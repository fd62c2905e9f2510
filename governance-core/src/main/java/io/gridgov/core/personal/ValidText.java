package io.gridgov.core.personal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Bean Validation constraint on a {@link FreeText}: not blank (unless {@link #allowBlank()}) and at
 * most {@link #max()} characters. {@code null} is left to the record's own null check.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidText.Validator.class)
public @interface ValidText {
    /** The message; {@code {max}} is replaced by the limit. */
    String message() default "must be a text of 1 to {max} characters, not blank";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** The most characters allowed. */
    int max() default 500;

    /** Whether an empty or blank text is allowed (an optional comment). */
    boolean allowBlank() default false;

    /** Checks a {@link FreeText} against {@link ValidText}. Public for the Bean Validation provider. */
    final class Validator implements ConstraintValidator<ValidText, FreeText> {
        private int max;
        private boolean allowBlank;

        /** Used by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        public void initialize(ValidText constraint) {
            this.max = constraint.max();
            this.allowBlank = constraint.allowBlank();
        }

        @Override
        public boolean isValid(FreeText value, ConstraintValidatorContext context) {
            return value == null || ((allowBlank || !value.isBlank()) && value.length() <= max);
        }
    }
}
