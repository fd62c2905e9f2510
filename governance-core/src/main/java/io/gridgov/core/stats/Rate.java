package io.gridgov.core.stats;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A rate: how many of a whole met a condition, e.g. 1,614 mediations that reached an agreement out of
 * 1,640 that concluded. Both counts are kept, exactly, so rates add up across a breakdown
 * ({@link #plus(Rate)}) and a report can show the figures behind the percentage.
 *
 * <p>A rate over nothing ({@code 0/0}) has no value: {@link #value()} and {@link #percent(int)} are
 * empty rather than 0 or {@code NaN}, so "no mediation concluded" is never shown as "0% success".
 *
 * <p>{@link #toString()} renders as {@code 1614/1640 (98.4%)}, or {@code 0/0 (no data)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator   how many met the condition; from 0 to {@code denominator}
 * @param denominator how many there were; 0 or more
 */
public record Rate(long numerator, long denominator) {
    /** The rate over nothing: {@code 0/0}. */
    public static final Rate NONE = new Rate(0, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the counts.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if the denominator is negative, or the
     *                               numerator is negative or above the denominator
     */
    public Rate {
        if (denominator < 0) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "denominator", "the denominator " + denominator
                    + " is negative; a rate counts how many there were, 0 or more");
        }
        if (numerator < 0 || numerator > denominator) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "numerator", "the numerator " + numerator
                    + " is not between 0 and the denominator " + denominator + "; it counts how many of the "
                    + denominator + " met the condition");
        }
    }

    /**
     * A rate of {@code numerator} out of {@code denominator}.
     *
     * @throws InvalidInputException as the constructor
     */
    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator);
    }

    /** Whether there is anything to take a rate of: the denominator is above 0. */
    public boolean hasData() {
        return denominator > 0;
    }

    /** How many did not meet the condition: {@code denominator - numerator}. */
    public long remainder() {
        return denominator - numerator;
    }

    /** The rate as a fraction between 0 and 1, or empty if the denominator is 0. */
    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /**
     * The rate as a percentage, computed exactly and rounded half up to {@code scale} decimal places:
     * 1614/1640 is {@code 98} at scale 0 and {@code 98.4} at scale 1.
     *
     * @param scale decimal places, 0 to 10
     * @return the percentage, or empty if the denominator is 0
     * @throws IllegalArgumentException if the scale is outside 0 to 10
     */
    public Optional<BigDecimal> percent(int scale) {
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("scale " + scale + " is not between 0 and 10 decimal places");
        }
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
    }

    /**
     * The rate of two disjoint parts taken together: numerators and denominators added.
     *
     * @throws ArithmeticException if a sum overflows a {@code long}
     */
    public Rate plus(Rate other) {
        Objects.requireNonNull(other, "other");
        return new Rate(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /** Renders as {@code 1614/1640 (98.4%)}, or {@code 0/0 (no data)}. */
    @Override
    public String toString() {
        return numerator + "/" + denominator + percent(1).map(p -> " (" + p.toPlainString() + "%)").orElse(" (no data)");
    }
}
