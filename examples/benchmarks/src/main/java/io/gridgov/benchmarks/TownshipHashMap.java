package io.gridgov.benchmarks;

import io.gridgov.benchmarks.RoutingMix.RoutingCase;
import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;
import io.gridgov.benchmarks.ZhangzhouList.Tier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit: a bare {@link HashMap} from (category code, township code) to the township's entry, one
 * look-up per case on the case's category and the township code stored beside it.
 *
 * <p>It answers <b>only exact township hits</b>. It holds no county or city entries and walks no
 * ancestors, so for a county or city fallback, or a miss, it returns {@code null}: it is the cost of a
 * single hash look-up, not a router. The mix gives it the township code ready-made; a real router is
 * given the case's grid or community and must find the township itself. Immutable; thread-safe.
 */
final class TownshipHashMap {
    /** The key: a record, allocated per look-up as a platform would write it. */
    private record Key(String category, String township) {
    }

    private final Map<Key, EntrySpec> map = new HashMap<>();

    TownshipHashMap(List<EntrySpec> entries) {
        for (EntrySpec e : entries) {
            if (e.tier() == Tier.TOWNSHIP) {
                map.put(new Key(e.category(), e.area()), e);
            }
        }
    }

    /**
     * Looks up the case's township entry.
     *
     * @return the township's entry for the case's category, or {@code null}
     */
    EntrySpec decide(RoutingCase c) {
        return map.get(new Key(c.category(), c.township()));
    }

    /** The number of keys. */
    int size() {
        return map.size();
    }
}
