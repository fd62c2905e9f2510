package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.mediation.DisputeState;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which aggregates a store query selects: those in one of a set of states, and optionally within an
 * area's subtree, owned by an organisation, and with a running deadline before an instant. Every filter
 * given must hold (AND).
 *
 * <ul>
 *   <li><b>states</b> — {@link #openCases()} and {@link #openDisputes()} start from the states that still
 *       wait for someone; {@link #withStates} chooses others;</li>
 *   <li><b>area</b> — {@link io.gridgov.core.cases.Case#location() the case's area} or {@link io.gridgov.core.mediation.Dispute#areaCode()
 *       the dispute's} is selected by an {@link AreaSubtree};</li>
 *   <li><b>owner</b> — {@link io.gridgov.core.cases.Case#owner() the case's owning organisation} or
 *       {@link io.gridgov.core.mediation.Dispute#committee() the dispute's committee};</li>
 *   <li><b>due before</b> — the aggregate's {@link DueDates due time} (the deadline of the clock that runs
 *       now) is strictly before the instant: the overdue sweep's query.</li>
 * </ul>
 *
 * <p><b>Order</b>, stable across pages: a query with a due-before bound is ordered by due time, then id
 * (the most overdue first); any other query by id. Ids compare as strings, character by character
 * ({@link String#compareTo}; ids are ASCII, so this is the binary order of a {@code C} collation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the state enum: {@link CaseState} or {@link DisputeState}
 */
public final class Query<S extends Enum<S>> {
    private final Set<S> states;
    private final AreaSubtree area;
    private final String owner;
    private final Instant dueBefore;

    private Query(Set<S> states, AreaSubtree area, String owner, Instant dueBefore) {
        this.states = states;
        this.area = area;
        this.owner = owner;
        this.dueBefore = dueBefore;
    }

    /**
     * Open cases: {@code REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, SUSPENDED} — the loop is not
     * yet closed (closed, evaluated, rejected, merged and withdrawn cases are not open).
     *
     * @return the query, with no other filter
     */
    public static Query<CaseState> openCases() {
        return new Query<>(Collections.unmodifiableSet(EnumSet.of(CaseState.REPORTED, CaseState.REGISTERED,
                CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.HANDLED, CaseState.SUSPENDED)), null, null, null);
    }

    /**
     * Open disputes: every state but {@code DIVERTED} and {@code CLOSED}, the two that accept no command.
     *
     * @return the query, with no other filter
     */
    public static Query<DisputeState> openDisputes() {
        return new Query<>(Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(DisputeState.DIVERTED,
                DisputeState.CLOSED))), null, null, null);
    }

    /**
     * A copy selecting these states instead.
     *
     * @param newStates one or more states
     * @return the copy
     * @throws InvalidInputException if the set is empty
     */
    public Query<S> withStates(Set<S> newStates) {
        if (Objects.requireNonNull(newStates, "newStates").isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "states", "no state given; a query selects one or"
                    + " more states (start from Query.openCases() or Query.openDisputes())");
        }
        return new Query<>(Collections.unmodifiableSet(EnumSet.copyOf(newStates)), area, owner, dueBefore);
    }

    /**
     * A copy that also requires the area to be within a subtree.
     *
     * @param subtree the subtree, e.g. {@link AreaSubtree#of(io.gridgov.core.grid.GridTree, String)}
     * @return the copy
     */
    public Query<S> withinArea(AreaSubtree subtree) {
        return new Query<>(states, Objects.requireNonNull(subtree, "subtree"), owner, dueBefore);
    }

    /**
     * A copy that also requires the owner (a case's owning organisation, a dispute's committee).
     *
     * @param organisation the organisation id
     * @return the copy
     */
    public Query<S> ownedBy(String organisation) {
        return new Query<>(states, area, Objects.requireNonNull(organisation, "organisation"), dueBefore);
    }

    /**
     * A copy that also requires a running deadline strictly before an instant, ordered by due time.
     *
     * @param instant the bound, usually the sweep's {@code now}
     * @return the copy
     */
    public Query<S> dueBefore(Instant instant) {
        return new Query<>(states, area, owner, Objects.requireNonNull(instant, "instant"));
    }

    /** The states selected; never empty. */
    public Set<S> states() {
        return states;
    }

    /** The area subtree, if the query has one. */
    public Optional<AreaSubtree> area() {
        return Optional.ofNullable(area);
    }

    /** The owning organisation, if the query has one. */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /** The due-before bound, if the query has one; then the order is by due time, then id. */
    public Optional<Instant> dueBeforeBound() {
        return Optional.ofNullable(dueBefore);
    }

    /**
     * Whether an aggregate with these properties is selected: the brute-force definition every store must
     * agree with.
     *
     * @param state    its state
     * @param areaCode its area code
     * @param owned    its owner
     * @param due      its due time, or {@code null} if no clock runs
     * @return true if every filter holds
     */
    public boolean matches(S state, String areaCode, String owned, Instant due) {
        return states.contains(state) && (area == null || area.contains(areaCode))
                && (owner == null || owner.equals(owned)) && (dueBefore == null || (due != null && due.isBefore(dueBefore)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Query<?> q && states.equals(q.states) && Objects.equals(area, q.area)
                && Objects.equals(owner, q.owner) && Objects.equals(dueBefore, q.dueBefore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(states, area, owner, dueBefore);
    }

    @Override
    public String toString() {
        return "Query[states " + states + (area == null ? "" : ", " + area) + (owner == null ? "" : ", owner " + owner)
                + (dueBefore == null ? "" : ", due before " + dueBefore) + "]";
    }
}
