package io.gridgov.core.stats;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The mediation success rate (调解成功率): of the mediations that concluded, the share that reached an
 * agreement. Hongqi's "1,640 contradictions, 1,614 resolved, 98%" and Changde's "98.8% success" are this
 * rate.
 *
 * <p><b>What counts.</b> A dispute counts once it {@linkplain Dispute#concludedAt() concluded}: it was
 * accepted and its mediation then reached an agreement, failed (including an expired limit) or was ended
 * by a party. It counts as a success if it {@linkplain Dispute#isAgreementReached() reached an agreement},
 * whatever happened to the agreement after (confirmed, performed, refused by a court and mediated again):
 * the mediation did its work when every party signed. Not counted: a dispute declined, withdrawn before
 * acceptance, or still applied, accepted or being mediated; none of these is a concluded mediation. A
 * diverted dispute concluded (it failed, or a party ended it) before it was diverted and counts as such;
 * the dispute it was diverted to is a mediation of its own and counts when it concludes.
 *
 * <p><b>Breakdowns</b> (by category, domain, committee, area) list only the keys with at least one
 * concluded mediation, in a fixed order; their rates add up to {@link #successRate} over the same input
 * (for areas, with the disputes that could not be placed, see {@link AreaRates}). A dispute counts under
 * its category, domain and committee as they are when counted (a transfer moves it). To count a period,
 * filter first with {@link #concludedBetween}.
 *
 * <p>All counting is exact ({@code long}); the functions are pure, keep no state and are thread-safe. The
 * input may be any collection (a list, a set, a store's result); it is read once and not kept.
 */
public final class MediationStats {
    private static final Comparator<DisputeDomain> BY_CODE = Comparator.comparing(DisputeDomain::code);

    private MediationStats() {
    }

    /**
     * The success rate: agreements reached over mediations concluded.
     *
     * @param disputes the disputes, in any state
     * @return the rate; {@link Rate#NONE} if none concluded
     * @throws NullPointerException if {@code disputes} is or holds {@code null}
     */
    public static Rate successRate(Iterable<Dispute> disputes) {
        Tally t = new Tally();
        each(disputes, t::add);
        return t.rate();
    }

    /**
     * The success rate of each mediation category, in the enum's order (people's, administrative,
     * judicial, pre-litigation, industry and professional).
     *
     * @param disputes the disputes, in any state
     * @return the categories with any concluded mediation and their rates; unmodifiable
     * @throws NullPointerException if {@code disputes} is or holds {@code null}
     */
    public static SortedMap<MediationCategory, Rate> successRateByCategory(Iterable<Dispute> disputes) {
        return group(disputes, Dispute::category, Comparator.naturalOrder());
    }

    /**
     * The success rate of each dispute domain, by domain code in ascending order.
     *
     * @param disputes the disputes, in any state
     * @return the domains with any concluded mediation and their rates; unmodifiable
     * @throws NullPointerException if {@code disputes} is or holds {@code null}
     */
    public static SortedMap<DisputeDomain, Rate> successRateByDomain(Iterable<Dispute> disputes) {
        return group(disputes, Dispute::domain, BY_CODE);
    }

    /**
     * The success rate of each committee (the organisation that has the dispute), by organisation id in
     * ascending order.
     *
     * @param disputes the disputes, in any state
     * @return the committees with any concluded mediation and their rates; unmodifiable
     * @throws NullPointerException if {@code disputes} is or holds {@code null}
     */
    public static SortedMap<String, Rate> successRateByCommittee(Iterable<Dispute> disputes) {
        return group(disputes, Dispute::committee, Comparator.naturalOrder());
    }

    /**
     * The success rate inside an area: of the disputes that arose in the area or anywhere below it. A
     * dispute whose area code the tree does not hold is not counted in the rate but in
     * {@link SubtreeRate#notInTree()}, so a stale code shows up instead of vanishing.
     *
     * @param disputes the disputes, in any state
     * @param tree     the grid tree the area codes belong to
     * @param areaCode the area
     * @return the rate inside the area, and what could not be placed
     * @throws io.gridgov.core.NotFoundException if the tree holds no area {@code areaCode}
     * @throws NullPointerException              if an argument is, or {@code disputes} holds, {@code null}
     */
    public static SubtreeRate successRateInSubtree(Iterable<Dispute> disputes, GridTree tree, String areaCode) {
        Objects.requireNonNull(tree, "tree");
        int area = tree.require(Objects.requireNonNull(areaCode, "areaCode"));
        Tally inside = new Tally();
        Tally notInTree = new Tally();
        each(disputes, d -> {
            int node = tree.indexOf(d.areaCode());
            if (node < 0) {
                notInTree.add(d);
            } else if (tree.contains(area, node)) {
                inside.add(d);
            }
        });
        return new SubtreeRate(areaCode, inside.rate(), notInTree.rate());
    }

    /**
     * The success rate of each area at a level, each dispute counted under its area's ancestor at that
     * level (or the area itself), e.g. by township. Disputes whose area the tree does not hold, or whose
     * area has no ancestor at the level, are counted apart (see {@link AreaRates}).
     *
     * @param disputes the disputes, in any state
     * @param tree     the grid tree the area codes belong to
     * @param level    a level of the tree's scheme
     * @return the rates by area code, and what could not be placed
     * @throws IllegalArgumentException if the level is not one of the tree's scheme
     * @throws NullPointerException     if an argument is, or {@code disputes} holds, {@code null}
     */
    public static AreaRates successRateByArea(Iterable<Dispute> disputes, GridTree tree, Level level) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(level, "level");
        if (!tree.scheme().contains(level)) {
            throw new IllegalArgumentException("level " + level + " is not a level of scheme " + tree.scheme().key()
                    + "; take it from tree.scheme().level(key)");
        }
        Map<Integer, Tally> byNode = new HashMap<>();
        Tally notInTree = new Tally();
        Tally noAreaAtLevel = new Tally();
        each(disputes, d -> {
            int node = tree.indexOf(d.areaCode());
            if (node < 0) {
                notInTree.add(d);
                return;
            }
            int at = tree.ancestorAt(node, level);
            if (at < 0) {
                noAreaAtLevel.add(d);
            } else {
                byNode.computeIfAbsent(at, k -> new Tally()).add(d);
            }
        });
        TreeMap<String, Rate> rates = new TreeMap<>();
        byNode.forEach((node, t) -> rates.put(tree.code(node), t.rate()));
        return new AreaRates(level, rates, notInTree.rate(), noAreaAtLevel.rate());
    }

    /**
     * The disputes that concluded in a period: {@link Dispute#concludedAt()} on or after {@code from} and
     * before {@code to}. Feed the result to the functions above for a period's figures.
     *
     * @param disputes the disputes, in any state
     * @param from     the start of the period, included
     * @param to       the end of the period, excluded
     * @return those disputes, in the input's order; unmodifiable
     * @throws InvalidInputException if {@code to} is before {@code from}
     * @throws NullPointerException  if an argument is, or {@code disputes} holds, {@code null}
     */
    public static List<Dispute> concludedBetween(Iterable<Dispute> disputes, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "to", "the period ends at " + to
                    + ", before it starts at " + from + "; give the start first");
        }
        List<Dispute> in = new ArrayList<>();
        each(disputes, d -> d.concludedAt().ifPresent(at -> {
            if (!at.isBefore(from) && at.isBefore(to)) {
                in.add(d);
            }
        }));
        return Collections.unmodifiableList(in);
    }

    private static <K> SortedMap<K, Rate> group(Iterable<Dispute> disputes, Function<Dispute, K> key,
            Comparator<? super K> order) {
        TreeMap<K, Tally> tallies = new TreeMap<>(order);
        each(disputes, d -> {
            if (isConcluded(d)) {
                tallies.computeIfAbsent(key.apply(d), k -> new Tally()).add(d);
            }
        });
        TreeMap<K, Rate> rates = new TreeMap<>(order);
        tallies.forEach((k, t) -> rates.put(k, t.rate()));
        return Collections.unmodifiableSortedMap(rates);
    }

    /** Hands every dispute to {@code action}, refusing a {@code null} one by its position. */
    private static void each(Iterable<Dispute> disputes, Consumer<Dispute> action) {
        Objects.requireNonNull(disputes, "disputes");
        long i = 0;
        for (Dispute d : disputes) {
            if (d == null) {
                throw new NullPointerException("disputes[" + i + "]");
            }
            action.accept(d);
            i++;
        }
    }

    private static boolean isConcluded(Dispute d) {
        return d.concludedAt().isPresent();
    }

    /** Counts concluded mediations and agreements; ignores the rest. Not thread-safe; lives in one call. */
    private static final class Tally {
        private long agreements;
        private long concluded;

        void add(Dispute d) {
            if (isConcluded(d)) {
                concluded++;
                if (d.isAgreementReached()) {
                    agreements++;
                }
            }
        }

        Rate rate() {
            return new Rate(agreements, concluded);
        }
    }
}
