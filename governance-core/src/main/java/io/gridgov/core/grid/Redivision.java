package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The difference between two snapshots of a grid tree when grids are re-drawn (merged, split,
 * moved), with an explicit mapping of every removed code to its successor(s). It is what lets open
 * cases follow their area: {@link #successors(String)} says where a case filed under an old code
 * belongs now.
 *
 * <p>The mapping is explicit because codes alone cannot tell a merge from a removal: every code in
 * the old snapshot that is not in the new one must be mapped to one or more codes of the new
 * snapshot at the same level. Codes kept in both snapshots map to themselves and must not be listed.
 *
 * <p>Immutable and thread-safe.
 */
public final class Redivision {
    private final GridTree before;
    private final GridTree after;
    private final Map<String, List<String>> successors;
    private final List<String> added;
    private final List<String> removed;
    private final List<AreaChange> changes;

    private Redivision(GridTree before, GridTree after, Map<String, List<String>> successors, List<String> added,
            List<String> removed, List<AreaChange> changes) {
        this.before = before;
        this.after = after;
        this.successors = successors;
        this.added = added;
        this.removed = removed;
        this.changes = changes;
    }

    /**
     * Compares two snapshots and checks the successor mapping.
     *
     * @param before     the old snapshot
     * @param after      the new snapshot, with the same level scheme
     * @param successors for every code removed from {@code before}, its successor codes in {@code after}
     * @return the re-division
     * @throws InvalidInputException ({@link ErrorCode#INVALID_REDIVISION}) listing every problem: a
     *                               removed code without successors, a successor not in the new
     *                               snapshot or at another level, a mapped code that was not removed
     */
    public static Redivision of(GridTree before, GridTree after, Map<String, List<String>> successors) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(successors, "successors");
        List<Problem> problems = new ArrayList<>();
        if (!before.scheme().equals(after.scheme())) {
            problems.add(new Problem("scheme", "the snapshots use different level schemes ('" + before.scheme().key()
                    + "' and '" + after.scheme().key() + "'); compare snapshots of the same scheme"));
            throw new InvalidInputException(ErrorCode.INVALID_REDIVISION, "the re-division is invalid", problems);
        }
        Map<String, List<String>> mapping = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : successors.entrySet()) {
            String old = Objects.requireNonNull(e.getKey(), "successors has a null key");
            List<String> next = List.copyOf(Objects.requireNonNull(e.getValue(), () -> "successors of " + old));
            int o = before.indexOf(old);
            if (o < 0) {
                problems.add(new Problem(old, "is mapped to successors but is not in the old snapshot; remove the"
                        + " entry or fix the code"));
                continue;
            }
            if (after.indexOf(old) >= 0) {
                problems.add(new Problem(old, "is mapped to successors but still exists in the new snapshot; a kept"
                        + " code follows itself, list only removed codes"));
                continue;
            }
            if (next.isEmpty()) {
                continue; // reported below as a removed code without successors
            }
            for (String s : next) {
                int a = after.indexOf(s);
                if (a < 0) {
                    problems.add(new Problem(old, "successor '" + s + "' is not in the new snapshot; map to codes of"
                            + " the new snapshot"));
                } else if (after.level(a).index() != before.level(o).index()) {
                    problems.add(new Problem(old, "successor '" + s + "' is at level " + after.level(a)
                            + ", but the old area is at level " + before.level(o) + "; map to areas of the same level"));
                }
            }
            mapping.put(old, List.copyOf(new TreeSet<>(next)));
        }
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String code = before.code(i);
            if (after.indexOf(code) < 0) {
                removed.add(code);
                if (!mapping.containsKey(code)) {
                    problems.add(new Problem(code, "is removed in the new snapshot but has no successor; map it to the"
                            + " area(s) that take over its cases, e.g. the grid it was merged into"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_REDIVISION, "the re-division is invalid", problems);
        }
        List<String> added = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String code = after.code(i);
            if (before.indexOf(code) < 0) {
                added.add(code);
            }
        }
        List<AreaChange> changes = classify(before, after, mapping, added);
        return new Redivision(before, after, Collections.unmodifiableMap(mapping), List.copyOf(added),
                List.copyOf(removed), changes);
    }

    private static List<AreaChange> classify(GridTree before, GridTree after, Map<String, List<String>> mapping,
            List<String> added) {
        List<AreaChange> changes = new ArrayList<>();
        // Old and new codes linked by the mapping form groups (a union-find over both); each group is one change.
        Map<String, String> link = new HashMap<>();
        for (Map.Entry<String, List<String>> e : mapping.entrySet()) {
            for (String s : e.getValue()) {
                union(link, "old:" + e.getKey(), "new:" + s);
            }
        }
        Map<String, List<String>> groupOld = new LinkedHashMap<>();
        Map<String, TreeSet<String>> groupNew = new HashMap<>();
        for (Map.Entry<String, List<String>> e : mapping.entrySet()) {
            String root = find(link, "old:" + e.getKey());
            groupOld.computeIfAbsent(root, k -> new ArrayList<>()).add(e.getKey());
            groupNew.computeIfAbsent(root, k -> new TreeSet<>()).addAll(e.getValue());
        }
        for (Map.Entry<String, List<String>> g : groupOld.entrySet()) {
            List<String> olds = g.getValue().stream().sorted().toList();
            List<String> news = List.copyOf(groupNew.get(g.getKey()));
            AreaChange.Type type;
            if (olds.size() == 1 && news.size() == 1) {
                String oldCode = olds.get(0);
                String newCode = news.get(0);
                if (before.indexOf(newCode) >= 0) {
                    type = AreaChange.Type.MERGED; // absorbed into an area that already existed
                } else {
                    String oldParent = before.area(oldCode).parentCode();
                    String newParent = after.area(newCode).parentCode();
                    type = Objects.equals(oldParent, newParent) ? AreaChange.Type.RENUMBERED : AreaChange.Type.MOVED;
                }
            } else if (news.size() == 1) {
                type = AreaChange.Type.MERGED;
            } else if (olds.size() == 1) {
                type = AreaChange.Type.SPLIT;
            } else {
                type = AreaChange.Type.REDRAWN;
            }
            changes.add(new AreaChange(type, olds, news));
        }
        for (String code : added) {
            if (!link.containsKey("new:" + code)) {
                changes.add(new AreaChange(AreaChange.Type.ADDED, List.of(), List.of(code)));
            }
        }
        for (int i = 0; i < before.size(); i++) {
            int a = after.indexOf(before.code(i));
            if (a < 0) {
                continue;
            }
            Area old = before.area(i);
            Area now = after.area(a);
            List<String> code = List.of(old.code());
            if (!Objects.equals(old.parentCode(), now.parentCode())) {
                changes.add(new AreaChange(AreaChange.Type.MOVED, code, code));
            }
            if (!old.name().equals(now.name())) {
                changes.add(new AreaChange(AreaChange.Type.RENAMED, code, code));
            }
            if (old.gridKind() != now.gridKind()) {
                changes.add(new AreaChange(AreaChange.Type.KIND_CHANGED, code, code));
            }
        }
        return List.copyOf(changes);
    }

    private static String find(Map<String, String> link, String x) {
        String root = x;
        for (String p = link.get(root); p != null && !p.equals(root); p = link.get(root)) {
            root = p;
        }
        link.putIfAbsent(x, x);
        return root;
    }

    private static void union(Map<String, String> link, String a, String b) {
        String ra = find(link, a);
        String rb = find(link, b);
        if (!ra.equals(rb)) {
            link.put(rb, ra);
        }
    }

    /** The old snapshot. */
    public GridTree before() {
        return before;
    }

    /** The new snapshot. */
    public GridTree after() {
        return after;
    }

    /** Codes in the new snapshot that were not in the old one, in the new snapshot's pre-order. */
    public List<String> added() {
        return added;
    }

    /** Codes in the old snapshot that are not in the new one, in the old snapshot's pre-order. */
    public List<String> removed() {
        return removed;
    }

    /** Every change: groups of removed codes with their successors, then added, moved, renamed, re-kinded areas. */
    public List<AreaChange> changes() {
        return changes;
    }

    /** The successor mapping of removed codes, sorted by old code; each list is sorted. */
    public Map<String, List<String>> mapping() {
        return successors;
    }

    /**
     * Where an area of the old snapshot lives on: itself if kept, else its successors.
     *
     * @param oldCode a code of the old snapshot
     * @return one or more codes of the new snapshot
     * @throws NotFoundException if the code is not in the old snapshot
     */
    public List<String> successors(String oldCode) {
        Objects.requireNonNull(oldCode, "oldCode");
        List<String> mapped = successors.get(oldCode);
        if (mapped != null) {
            return mapped;
        }
        if (before.indexOf(oldCode) < 0) {
            throw new NotFoundException("'" + oldCode + "' is not an area of the old snapshot; successors are known"
                    + " only for codes of the snapshot the re-division starts from");
        }
        return List.of(oldCode);
    }

    /** Renders as counts of what changed. */
    @Override
    public String toString() {
        return "Redivision[removed=" + removed.size() + ", added=" + added.size() + ", changes=" + changes.size() + "]";
    }
}
