package io.gridgov.benchmarks;

import io.gridgov.benchmarks.RoutingMix.RoutingCase;
import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;

import java.util.List;

/**
 * What platforms write by hand: the entries loaded into an array of rows, and every case scanned
 * against all of them, keeping the most specific match by the documented precedence (the deeper area,
 * then the deeper category). A row matches when the case's category code starts with the row's
 * category code and the case's area code starts with the significant digits of the row's area, the
 * same test {@link EasyRulesRouter}'s rules make. Immutable; thread-safe.
 */
final class LinearScanRouter {
    /** One entry as the scan reads it: codes precomputed at load. */
    private record Row(String category, String areaPrefix, int rank, EntrySpec entry) {
    }

    private final Row[] rows;

    LinearScanRouter(List<EntrySpec> entries) {
        rows = new Row[entries.size()];
        for (int i = 0; i < rows.length; i++) {
            EntrySpec e = entries.get(i);
            rows[i] = new Row(e.category(), e.areaPrefix(), e.areaDepth() * 3 + e.categoryDepth(), e);
        }
    }

    /**
     * Routes one case.
     *
     * @return the most specific matching entry, or {@code null} (the territory owns the case)
     */
    EntrySpec decide(RoutingCase c) {
        String category = c.category();
        String area = c.area();
        Row best = null;
        for (Row r : rows) {
            if (category.startsWith(r.category()) && area.startsWith(r.areaPrefix())
                    && (best == null || r.rank() > best.rank())) {
                best = r;
            }
        }
        return best == null ? null : best.entry();
    }
}
