package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a dispute is mediated: for a dispute domain (or any), an amount band and required flags, the
 * mediation category and committee at a level, and the diversion chain to follow when the mediation
 * fails.
 *
 * <p>A rule applies to a dispute when its domain is the dispute's (or the rule's is {@code null}), the
 * amount in dispute is in {@code [minAmount, maxAmount)} and the dispute has every flag the rule
 * requires. Of the rules that apply, a rule for the dispute's own domain wins over one for any domain,
 * then the rule requiring more flags, then the higher {@link #rank()}. Two rules at the same
 * specificity and rank whose bands overlap are a conflict, reported when the rule set is built.
 * Immutable and thread-safe.
 *
 * @param domain     the dispute domain, or {@code null} for every domain
 * @param minAmount  the lowest amount in dispute the rule takes (inclusive), or {@code null} for no lower
 *                   bound
 * @param maxAmount  the amount from which the rule no longer applies (exclusive), or {@code null} for no
 *                   upper bound
 * @param flags      the flags a dispute must have; empty for none (copied)
 * @param category   the mediation category the dispute goes to
 * @param committee  the organisation id of the committee that mediates
 * @param level      the key of the level the committee works at, e.g. {@code "township"}
 * @param diversions what to do, in order, when the mediation fails (copied); may be empty
 * @param rank       the explicit rule priority, {@value Entry#MIN_RANK} to {@value Entry#MAX_RANK}
 */
public record MediationRule(
        DisputeDomain domain,
        Money minAmount,
        Money maxAmount,
        Set<DisputeFlag> flags,
        MediationCategory category,
        String committee,
        String level,
        List<Diversion> diversions,
        int rank) {

    /**
     * Checks the parts that must be present and copies the collections.
     *
     * @throws NullPointerException     if {@code flags}, {@code category}, {@code committee}, {@code level}
     *                                  or {@code diversions} is {@code null}
     * @throws InvalidInputException    ({@code GOV-001}) if {@code rank} is out of range
     */
    public MediationRule {
        EnumSet<DisputeFlag> set = EnumSet.noneOf(DisputeFlag.class);
        for (DisputeFlag f : Objects.requireNonNull(flags, "flags")) {
            set.add(Objects.requireNonNull(f, "flags holds null"));
        }
        flags = Collections.unmodifiableSet(set);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(level, "level");
        diversions = List.copyOf(Objects.requireNonNull(diversions, "diversions"));
        if (rank < Entry.MIN_RANK || rank > Entry.MAX_RANK) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "rank", "rank " + rank + " is out of range; give "
                    + Entry.MIN_RANK + " to " + Entry.MAX_RANK);
        }
    }

    /** A rule for any amount, without flags, diversions or rank; refine it with the {@code with} methods. */
    public static MediationRule of(DisputeDomain domain, MediationCategory category, String committee, String level) {
        return new MediationRule(domain, null, null, Set.of(), category, committee, level, List.of(), 0);
    }

    /** A copy for amounts in {@code [min, max)}; either may be {@code null} for no bound. */
    public MediationRule withAmounts(Money min, Money max) {
        return new MediationRule(domain, min, max, flags, category, committee, level, diversions, rank);
    }

    /** A copy requiring these flags. */
    public MediationRule withFlags(DisputeFlag... required) {
        return new MediationRule(domain, minAmount, maxAmount, Set.copyOf(Arrays.asList(required)), category,
                committee, level, diversions, rank);
    }

    /** A copy with this diversion chain. */
    public MediationRule withDiversions(Diversion... chain) {
        return new MediationRule(domain, minAmount, maxAmount, flags, category, committee, level, List.of(chain), rank);
    }

    /** A copy with this rank. */
    public MediationRule withRank(int newRank) {
        return new MediationRule(domain, minAmount, maxAmount, flags, category, committee, level, diversions, newRank);
    }

    /** Whether the rule applies to a dispute of this domain, amount and flags. */
    public boolean appliesTo(DisputeDomain disputeDomain, Money amount, Collection<DisputeFlag> disputeFlags) {
        return (domain == null || domain.equals(disputeDomain))
                && (minAmount == null || amount.compareTo(minAmount) >= 0)
                && (maxAmount == null || amount.compareTo(maxAmount) < 0)
                && disputeFlags.containsAll(flags);
    }

    /** Whether some amount lies in both rules' bands. */
    boolean bandOverlaps(MediationRule other) {
        long lo = Math.max(minAmount == null ? 0 : minAmount.fen(), other.minAmount == null ? 0 : other.minAmount.fen());
        long hi = Math.min(maxAmount == null ? Long.MAX_VALUE : maxAmount.fen(),
                other.maxAmount == null ? Long.MAX_VALUE : other.maxAmount.fen());
        return lo < hi;
    }
}
