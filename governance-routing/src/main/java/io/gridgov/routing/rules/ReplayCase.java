package io.gridgov.routing.rules;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.lifecycle.Identifiers;

import java.util.Objects;

/**
 * One case of a what-if {@link Replay}: what routing needs of it, and a label to recognise it by.
 * Immutable and thread-safe.
 *
 * @param label    how the host recognises the case in the report, e.g. its tracking number: an identifier
 *                 ({@link Identifiers}: 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, never shaped like a
 *                 phone or identity number), because the report and its messages repeat it
 * @param category the case's category code
 * @param area     the code of the case's area
 * @param kind     the case's kind
 * @param priority the case's priority
 * @param level    the key of the level the case is handled at, or {@code null} for its area's own level (as
 *                 {@link Router#route(String, String, CaseKind, Priority)} routes)
 */
public record ReplayCase(String label, String category, String area, CaseKind kind, Priority priority, String level) {
    /**
     * Checks that the parts other than {@code level} are present and that the label is an identifier.
     *
     * @throws NullPointerException  if a part other than {@code level} is {@code null}
     * @throws InvalidInputException ({@code GOV-001}) if the label is not an identifier (the message does not
     *                               repeat it: it may be a name or a phone number)
     */
    public ReplayCase {
        Identifiers.check(Objects.requireNonNull(label, "label"), "replay case label");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
    }

    /** A case at its area's own level. */
    public static ReplayCase of(String label, String category, String area, CaseKind kind, Priority priority) {
        return new ReplayCase(label, category, area, kind, priority, null);
    }

    /** A case as {@link Router#route(Case)} routes it, labelled with its tracking number. */
    public static ReplayCase from(Case c) {
        return new ReplayCase(c.trackingNumber(), c.category(), c.location().areaCode(), c.kind(), c.priority(),
                c.level());
    }

    Decision routeBy(Router router) {
        return level == null ? router.route(category, area, kind, priority)
                : router.route(category, area, kind, priority, level);
    }
}
