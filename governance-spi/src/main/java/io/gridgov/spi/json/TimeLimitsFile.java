package io.gridgov.spi.json;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.mediation.MediationTimeLimits;
import io.gridgov.core.time.TimeLimit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of one time-limits file ({@value TimeLimitsForm#FORMAT}): the time limits of the stages
 * of a case ({@link TimeLimitPolicy}), those of mediation ({@link MediationTimeLimits}), or both. Read
 * and written by {@link DataFileCodec#timeLimits()}; the format is described in {@code docs/time.md}.
 *
 * <h2>Equality</h2>
 * Neither policy defines {@code equals}, so this class compares their content: two case policies are
 * equal when they have equal taxonomies and schemes and the same limits for the same stages and
 * selectors; two mediation policies when they have the same rules (in any order: rules with different
 * selectors of equal precedence never match the same mediation), the same fallback and the same
 * confirmation window. Reading what the codec wrote gives an equal file.
 *
 * <p>Immutable and thread-safe. Factories reject {@code null}.
 */
public final class TimeLimitsFile {
    private final TimeLimitPolicy cases;
    private final MediationTimeLimits mediation;

    private TimeLimitsFile(TimeLimitPolicy cases, MediationTimeLimits mediation) {
        this.cases = cases;
        this.mediation = mediation;
    }

    /**
     * A file with both policies.
     *
     * @param cases     the time limits of the stages of a case
     * @param mediation the time limits of mediation
     * @return the file
     */
    public static TimeLimitsFile of(TimeLimitPolicy cases, MediationTimeLimits mediation) {
        return new TimeLimitsFile(Objects.requireNonNull(cases, "cases"), Objects.requireNonNull(mediation, "mediation"));
    }

    /**
     * A file with the time limits of cases only.
     *
     * @param cases the time limits of the stages of a case
     * @return the file
     */
    public static TimeLimitsFile ofCases(TimeLimitPolicy cases) {
        return new TimeLimitsFile(Objects.requireNonNull(cases, "cases"), null);
    }

    /**
     * A file with the time limits of mediation only.
     *
     * @param mediation the time limits of mediation
     * @return the file
     */
    public static TimeLimitsFile ofMediation(MediationTimeLimits mediation) {
        return new TimeLimitsFile(null, Objects.requireNonNull(mediation, "mediation"));
    }

    /**
     * The standard policies: {@link TimeLimitPolicy#standard} over {@link CategoryTaxonomy#urbanAndSocial()}
     * and {@link LevelScheme#chinaNational()}, and {@link MediationTimeLimits#standard()}.
     *
     * @return the file
     */
    public static TimeLimitsFile standard() {
        return of(TimeLimitPolicy.standard(CategoryTaxonomy.urbanAndSocial(), LevelScheme.chinaNational()),
                MediationTimeLimits.standard());
    }

    /** The time limits of the stages of a case, if the file has them. */
    public Optional<TimeLimitPolicy> cases() {
        return Optional.ofNullable(cases);
    }

    /** The time limits of mediation, if the file has them. */
    public Optional<MediationTimeLimits> mediation() {
        return Optional.ofNullable(mediation);
    }

    /** Whether {@code o} is a file with equal policies (see the class comment). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TimeLimitsFile other && sameCases(cases, other.cases)
                && sameMediation(mediation, other.mediation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cases == null ? null : cases.limits(), mediation == null ? null : mediation.otherwise());
    }

    /** Renders as {@code TimeLimitsFile[cases=TimeLimitPolicy[...], mediation=MediationTimeLimits[...]]}. */
    @Override
    public String toString() {
        return "TimeLimitsFile[cases=" + (cases == null ? "none" : cases) + ", mediation="
                + (mediation == null ? "none" : mediation) + "]";
    }

    /** Whether two case policies (either may be null) have the same content. */
    static boolean sameCases(TimeLimitPolicy a, TimeLimitPolicy b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.taxonomy().equals(b.taxonomy()) && a.scheme().equals(b.scheme()) && a.limits().equals(b.limits());
    }

    /** Whether two mediation policies (either may be null) have the same content. */
    static boolean sameMediation(MediationTimeLimits a, MediationTimeLimits b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.otherwise().equals(b.otherwise()) && a.confirmationWindow().equals(b.confirmationWindow())
                && TimeLimitsFile.<MediationLimit>asMap(a.limits()).equals(asMap(b.limits()))
                && TimeLimitsFile.<TimeLimit>asMap(a.applicationWindows()).equals(asMap(b.applicationWindows()));
    }

    /** Rules as a map from selector to value. */
    private static <V> Map<MediationTimeLimits.Selector, V> asMap(Iterable<Map.Entry<MediationTimeLimits.Selector, V>> rules) {
        Map<MediationTimeLimits.Selector, V> m = new HashMap<>();
        rules.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
