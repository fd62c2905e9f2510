package io.gridgov.routing.rules;

import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Route;

import java.util.Objects;

/**
 * One step of the diversion chain a failed mediation follows: another mediation (a category and a
 * committee), or a route out of mediation (arbitration, litigation, administrative handling). Immutable
 * and thread-safe.
 *
 * @param route     where the parties go; {@link Route#OTHER_MEDIATION} for another committee
 * @param category  for {@link Route#OTHER_MEDIATION}: the mediation category; otherwise {@code null}
 * @param committee for {@link Route#OTHER_MEDIATION}: the committee's organisation id; otherwise
 *                  {@code null}
 */
public record Diversion(Route route, MediationCategory category, String committee) {
    /**
     * Checks that the route is present; how the parts fit the route is checked by
     * {@link RuleSet.Builder#build()}.
     *
     * @throws NullPointerException if {@code route} is {@code null}
     */
    public Diversion {
        Objects.requireNonNull(route, "route");
    }

    /** Another mediation, at a committee. */
    public static Diversion mediation(MediationCategory category, String committee) {
        return new Diversion(Route.OTHER_MEDIATION, Objects.requireNonNull(category, "category"),
                Objects.requireNonNull(committee, "committee"));
    }

    /** A route out of mediation, such as {@link Route#ARBITRATION} or {@link Route#LITIGATION}. */
    public static Diversion to(Route route) {
        return new Diversion(route, null, null);
    }
}
