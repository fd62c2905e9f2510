package io.gridgov.routing.rules;

import java.util.List;
import java.util.Objects;

/**
 * When an escalation may skip levels (越级上报) and how far it goes. Immutable and thread-safe.
 *
 * @param trigger       what lets the case skip
 * @param categories    for {@link Trigger#LISTED_CATEGORY}: the category codes (each with every category
 *                      below it) that skip; empty for the other triggers (copied)
 * @param returnedTimes for {@link Trigger#RETURNED_TIMES}: how many returns (退回) let the case skip, 1 or
 *                      more; 0 for the other triggers
 * @param to            the key of the level the case goes to; must be a rung of the ladder
 */
public record SkipRule(Trigger trigger, List<String> categories, int returnedTimes, String to) {
    /** What lets an escalation skip levels. */
    public enum Trigger {
        /** The case has {@link io.gridgov.core.cases.Priority#EMERGENCY} priority. */
        EMERGENCY_PRIORITY,
        /** The case's category is one of the listed ones (or below one). */
        LISTED_CATEGORY,
        /** The case has been returned at least {@code returnedTimes} times. */
        RETURNED_TIMES,
        /** The case's time limit shows a red warning (overdue). */
        RED_WARNING
    }

    /**
     * Checks that the parts are present and copies the categories; how they fit the trigger and the ladder
     * is checked by {@link RuleSet.Builder#build()}.
     *
     * @throws NullPointerException if a component is {@code null} or a category is {@code null}
     */
    public SkipRule {
        Objects.requireNonNull(trigger, "trigger");
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(to, "to");
    }

    /** Emergencies go straight to {@code to}. */
    public static SkipRule emergency(String to) {
        return new SkipRule(Trigger.EMERGENCY_PRIORITY, List.of(), 0, to);
    }

    /** Cases of these categories go straight to {@code to}. */
    public static SkipRule categories(String to, String... categories) {
        return new SkipRule(Trigger.LISTED_CATEGORY, List.of(categories), 0, to);
    }

    /** A case returned {@code times} times or more goes straight to {@code to}. */
    public static SkipRule returned(int times, String to) {
        return new SkipRule(Trigger.RETURNED_TIMES, List.of(), times, to);
    }

    /** A case with a red warning goes straight to {@code to}. */
    public static SkipRule redWarning(String to) {
        return new SkipRule(Trigger.RED_WARNING, List.of(), 0, to);
    }
}
