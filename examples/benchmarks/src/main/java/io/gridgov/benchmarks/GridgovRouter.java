package io.gridgov.benchmarks;

import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;
import io.gridgov.benchmarks.ZhangzhouList.OrgSpec;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.routing.rules.Decision;
import io.gridgov.routing.rules.Entry;
import io.gridgov.routing.rules.EntryKind;
import io.gridgov.routing.rules.Router;
import io.gridgov.routing.rules.RuleSet;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * gridgov's side of the routing benchmark: the {@link ZhangzhouList}'s entries loaded through
 * {@link RuleSet#builder} (checked against the grid tree, the taxonomy and the known organisations) and
 * compiled into a {@link Router}. Entry {@code i} of the rule set is {@code list.entries().get(i)}, so a
 * decision maps back to the neutral spec for the agreement test. Immutable; thread-safe.
 */
final class GridgovRouter {
    final Router router;
    private final EntrySpec[] specs;

    GridgovRouter(ZhangzhouList list) {
        this.router = ruleSet(list).compile();
        this.specs = list.entries().toArray(new EntrySpec[0]);
    }

    /** The rule set of a list: one {@link Entry} per spec, in order, for every case kind and priority. */
    static RuleSet ruleSet(ZhangzhouList list) {
        return ruleSet(list.entries(), list.organisations(), list.tree(), list.taxonomy());
    }

    /** The rule set of these entries over this tree and taxonomy. */
    static RuleSet ruleSet(List<EntrySpec> entries, List<OrgSpec> organisations, GridTree tree,
            CategoryTaxonomy taxonomy) {
        Set<String> known = organisations.stream().map(OrgSpec::id).collect(Collectors.toSet());
        RuleSet.Builder b = RuleSet.builder("zhangzhou-synthetic", tree, taxonomy, known::contains);
        for (EntrySpec e : entries) {
            b.entry(entry(e));
        }
        return b.build();
    }

    /** The gridgov entry for a spec. */
    static Entry entry(EntrySpec e) {
        EntryKind kind = switch (e.kind()) {
            case BASIC -> EntryKind.BASIC_DUTY;
            case COOPERATING -> EntryKind.COOPERATING_DUTY;
            case TAKEN_BACK -> EntryKind.TAKEN_BACK;
        };
        List<String> cooperating = e.cooperating();
        return Entry.of(e.category(), e.area(), kind, e.main(), TimeLimit.workingDays(e.timeLimitDays()))
                .withCooperating(cooperating.toArray(new String[0]));
    }

    /** The spec a decision matched, or {@code null} when the territory owns the case. */
    EntrySpec spec(Decision d) {
        return d.isTerritoryDefault() ? null : specs[d.entryIndex()];
    }
}
