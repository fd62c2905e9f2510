package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.Level;
import io.gridgov.core.time.TimeLimit;

import java.util.List;
import java.util.Optional;

/**
 * Who is responsible for a case, and why: the entry of the responsibility list that matched (or the
 * territory, when none covers the case), its main and cooperating organisations, time limit and handling
 * level, the fallback used, and an {@link #explanation()} listing the keys tried before the match.
 *
 * <p>A decision holds only a few numbers; everything else, the explanation in particular, is derived
 * when asked. Immutable and thread-safe.
 */
public final class Decision {
    private final Router router;
    private final int category;
    private final int area;
    private final CaseKind kind;
    private final Priority priority;
    private final int start;
    private final int home;
    private final int homeLevel;
    private final int dispatch;
    private final int entry;
    /** The case's own list: the first area of the walk that has any entry; -1 if none (or not looked for). */
    private final int ownList;

    Decision(Router router, int category, int area, CaseKind kind, Priority priority, int start, int home,
            int homeLevel, int dispatch, int entry, int ownList) {
        this.router = router;
        this.category = category;
        this.area = area;
        this.kind = kind;
        this.priority = priority;
        this.start = start;
        this.home = home;
        this.homeLevel = homeLevel;
        this.dispatch = dispatch;
        this.entry = entry;
        this.ownList = ownList;
    }

    /** The case's category code. */
    public String category() {
        return router.taxonomy().category(category).code();
    }

    /** The code of the case's area. */
    public String area() {
        return router.tree().code(area);
    }

    /** The case's kind. */
    public CaseKind caseKind() {
        return kind;
    }

    /** The case's priority. */
    public Priority priority() {
        return priority;
    }

    /** The entry that matched, or empty when the territory owns the case. */
    public Optional<Entry> entry() {
        return entry < 0 ? Optional.empty() : Optional.of(router.ruleSet().entries().get(entry));
    }

    /** The matched entry's position in {@link RuleSet#entries()}, or -1 when the territory owns the case. */
    public int entryIndex() {
        return entry;
    }

    /** Whether no entry covers the case, so the territory owns it (属地兜底). */
    public boolean isTerritoryDefault() {
        return entry < 0;
    }

    /**
     * Who owns the case: the matched entry's main responsible organisation, or the territory: the office of
     * the case's area at its current level (for a dispatch, of the enclosing area at the dispatch level).
     */
    public Owner owner() {
        if (entry >= 0) {
            return router.main(entry);
        }
        int t = territoryNode();
        return new Owner.Territory(router.tree().code(t), router.tree().level(t).key());
    }

    /** The cooperating organisations of the matched entry, in order; empty for the territory. */
    public List<String> cooperating() {
        return entry < 0 ? List.of() : router.ruleSet().entries().get(entry).cooperating();
    }

    /** The matched entry's handling time limit; empty for the territory (the host's default applies). */
    public Optional<TimeLimit> timeLimit() {
        return entry < 0 ? Optional.empty() : Optional.of(router.ruleSet().entries().get(entry).timeLimit());
    }

    /** The matched entry's kind of duty; empty for the territory. */
    public Optional<EntryKind> entryKind() {
        return entry < 0 ? Optional.empty() : Optional.of(router.ruleSet().entries().get(entry).kind());
    }

    /**
     * The level that should resolve the case: the matched entry's handling level if it names one, else the
     * rule set's handling-level rule for the category and priority.
     *
     * @return the level, or empty if neither names one
     */
    public Optional<Level> handlingLevel() {
        return Optional.ofNullable(handlingLevelOrNull());
    }

    /** The cycle of the {@linkplain #handlingLevel() handling level}, if the rule set gives that level one. */
    public Optional<Cycle> cycle() {
        Level level = handlingLevelOrNull();
        return level == null ? Optional.empty() : Optional.ofNullable(router.cycleOf(level));
    }

    /**
     * Which fallback, if any, the decision used. Areas are measured from the case's own list: the list of the
     * nearest area, from the case's own up (for a dispatch, from the area whose list answers), that has any
     * entry. A case in a grid that matches its street's entry used no area fallback; a match on a county or
     * city entry when the street has a list is {@link Fallback#HIGHER_AREA}.
     */
    public Fallback fallback() {
        if (entry < 0) {
            return Fallback.TERRITORY;
        }
        if (router.entryArea(entry) != ownList) {
            return Fallback.HIGHER_AREA;
        }
        return router.entryCategory(entry) == category ? Fallback.NONE : Fallback.BROADER_CATEGORY;
    }

    /** Whether this decision answered a department dispatch ({@link Router#dispatch}) rather than a route. */
    public boolean isDispatch() {
        return dispatch != Router.NOT_A_DISPATCH;
    }

    /** Why: the keys tried in order, the match and the fallback; rendered in English or Chinese on demand. */
    public RouteExplanation explanation() {
        return new RouteExplanation(this);
    }

    /** Renders the English explanation. */
    @Override
    public String toString() {
        return explanation().toEnglish();
    }

    // ---- for the explanation

    Router router() {
        return router;
    }

    int categoryIndex() {
        return category;
    }

    int areaNode() {
        return area;
    }

    int startNode() {
        return start;
    }

    /** The area of the case's own list, or -1 (always an area when an entry matched). */
    int ownListNode() {
        return ownList;
    }

    int dispatchRule() {
        return dispatch;
    }

    int territoryNode() {
        return router.climb(home, homeLevel);
    }

    Level handlingLevelOrNull() {
        if (entry >= 0 && router.entryLevel(entry) != null) {
            return router.entryLevel(entry);
        }
        int r = router.handlingRule(category, priority);
        return r < 0 ? null : router.handlingRuleLevel(r);
    }
}
