package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Why a {@link Decision} came out as it did: every key tried in the documented order up to the match
 * ({@link #steps()}), the fallback used, and the result, rendered as sentences in English
 * ({@link #toEnglish()}) or Chinese ({@link #toChinese()}). Derived from the decision's few numbers when
 * asked, by walking the same keys again: the steps are built into an array of exactly their number, each
 * holding its area as a node number (no code is decoded until read) and the taxonomy's own category code;
 * keys no entry names are listed without a probe. Immutable and thread-safe.
 */
public final class RouteExplanation implements Explanation {
    private static final Step[] NO_STEPS = {};

    private final Decision decision;

    RouteExplanation(Decision decision) {
        this.decision = decision;
    }

    /** The decision explained. */
    public Decision decision() {
        return decision;
    }

    /**
     * The keys tried, in order, ending with the one that matched; every key when the territory owns the
     * case. Keys the router skips without a probe (no entry names that area or category) are listed too:
     * they were tried and missed. Built on each call; unmodifiable.
     */
    public List<Step> steps() {
        Step[] steps = build();
        return steps.length == 0 ? List.of() : new Steps(steps);
    }

    /** The fallback used; the same as {@link Decision#fallback()}. */
    public Fallback fallback() {
        return decision.fallback();
    }

    @Override
    public String toEnglish() {
        return render(Language.ENGLISH);
    }

    @Override
    public String toChinese() {
        return render(Language.CHINESE);
    }

    /** The English explanation. */
    @Override
    public String toString() {
        return toEnglish();
    }

    /** The steps: from the walk's start, each area's category chain, up to the match (or the root). */
    private Step[] build() {
        int start = decision.startNode();
        if (start < 0) {
            return NO_STEPS;
        }
        Router router = decision.router();
        GridTree tree = router.tree();
        CategoryTaxonomy taxonomy = router.taxonomy();
        int category = decision.categoryIndex();
        int entry = decision.entryIndex();
        int stopArea = entry < 0 ? -1 : router.entryArea(entry);
        int stopCategory = entry < 0 ? -1 : router.entryCategory(entry);
        int depth = 0;
        int last = -1; // the matched category's position in the chain
        for (int c = category; c >= 0; c = taxonomy.parentIndex(c)) {
            if (c == stopCategory) {
                last = depth;
            }
            depth++;
        }
        int areas = 0;
        for (int a = start; a != stopArea; a = tree.parent(a)) {
            areas++;
        }
        Step[] steps = new Step[entry < 0 ? areas * depth : areas * depth + last + 1];
        CaseKind kind = decision.caseKind();
        Priority priority = decision.priority();
        int i = 0;
        for (int a = start; i < steps.length; a = tree.parent(a)) {
            for (int c = category; c >= 0 && i < steps.length; c = taxonomy.parentIndex(c)) {
                String code = taxonomy.category(c).code();
                int b = router.bucketOf(c, a);
                if (b < 0) {
                    steps[i++] = new Step(tree, a, code, Step.Outcome.NO_ENTRY, List.of());
                    continue;
                }
                Step.Outcome outcome = Step.Outcome.CONDITIONS_NOT_MET;
                List<Integer> skipped = null;
                for (int k = router.bucketStart(b), end = router.bucketEnd(b); k < end; k++) {
                    int e = router.orderAt(k);
                    if (e == entry) {
                        outcome = Step.Outcome.MATCHED;
                        break;
                    }
                    if (!router.applies(e, kind, priority)) {
                        if (skipped == null) {
                            skipped = new ArrayList<>(end - k);
                        }
                        skipped.add(e);
                    }
                }
                steps[i++] = new Step(tree, a, code, outcome, skipped == null ? List.of() : List.copyOf(skipped));
            }
        }
        return steps;
    }

    private String render(Language l) {
        Router router = decision.router();
        GridTree tree = router.tree();
        Step[] steps = build();
        StringBuilder sb = new StringBuilder(l.capacity(steps.length));
        if (decision.isDispatch()) {
            l.dispatchHead(sb, decision);
            if (decision.startNode() < 0) {
                l.noDispatchRule(sb, tree, decision.territoryNode());
                return sb.toString();
            }
            DispatchRule rule = router.ruleSet().dispatchRules().get(decision.dispatchRule());
            l.dispatchTo(sb, tree.scheme().level(rule.to()), tree, decision.startNode());
        } else {
            l.routeHead(sb, decision);
        }
        int tried = decision.isTerritoryDefault() ? steps.length : steps.length - 1;
        if (tried > 0) {
            l.triedStart(sb);
            for (int i = 0, j; i < tried; i = j) {
                j = i + 1;
                while (j < tried && steps[j].areaNode() == steps[i].areaNode()) {
                    j++;
                }
                if (i > 0) {
                    l.nextGroup(sb);
                }
                l.group(sb, steps, i, j);
            }
            l.triedEnd(sb);
        }
        notApplicable(sb, steps, l);
        if (decision.isTerritoryDefault()) {
            l.territory(sb, tree, decision.territoryNode());
            Level level = decision.handlingLevelOrNull();
            if (level != null) {
                l.handlingOnly(sb, level, router.cycleOf(level));
            }
            return sb.toString();
        }
        int index = decision.entryIndex();
        Entry entry = router.ruleSet().entries().get(index);
        int entryArea = router.entryArea(index);
        l.matched(sb, tried == 0, index, entry, tree.level(entryArea));
        Fallback fallback = decision.fallback();
        boolean ownListNoted = fallback != Fallback.HIGHER_AREA && entryArea != decision.startNode();
        if (ownListNoted) {
            l.ownList(sb, steps[0].area()); // the walk's start, whose code the first group has read
        }
        switch (fallback) {
            case HIGHER_AREA -> l.higherArea(sb, tree, decision.ownListNode(), tree.level(entryArea),
                    router.entryCategory(index) == decision.categoryIndex() ? null : entry.category());
            case BROADER_CATEGORY -> l.broaderCategory(sb, ownListNoted, entry.category());
            case NONE, TERRITORY -> {
            }
        }
        Level level = decision.handlingLevelOrNull();
        l.result(sb, entry, level, level == null ? null : router.cycleOf(level));
        return sb.toString();
    }

    /** "entries[2], entries[5] do not apply to a routine complaint; ", if any entry was passed over. */
    private void notApplicable(StringBuilder sb, Step[] steps, Language l) {
        int count = 0;
        for (Step s : steps) {
            for (int e : s.notApplicable()) {
                sb.append(count++ == 0 ? "" : ", ").append("entries[").append(e).append(']');
            }
        }
        if (count > 0) {
            l.notApplicable(sb, count, decision);
        }
    }

    /** The steps, unmodifiable, over the array {@link #build()} made (no copy). */
    private static final class Steps extends AbstractList<Step> implements RandomAccess {
        private final Step[] steps;

        Steps(Step[] steps) {
            this.steps = steps;
        }

        @Override
        public Step get(int index) {
            return steps[index];
        }

        @Override
        public int size() {
            return steps.length;
        }
    }

    /** The phrases of one language; the sentence structure is shared. */
    private enum Language {
        ENGLISH {
            @Override
            int capacity(int steps) {
                return 320 + 32 * steps; // Zhangzhou's mix: 7.8 steps, 413 characters on average, at most 583
            }

            @Override
            void caseWords(StringBuilder sb, Decision d) {
                String priority = Wording.english(d.priority());
                sb.append("aeiou".indexOf(priority.charAt(0)) >= 0 ? "an " : "a ").append(priority).append(' ')
                        .append(Wording.english(d.caseKind()));
            }

            @Override
            void routeHead(StringBuilder sb, Decision d) {
                Wording.appendEnglishCategory(sb, d.router().taxonomy(), d.categoryIndex()).append(" in ");
                Wording.appendEnglishArea(sb, d.router().tree(), d.areaNode()).append(", ");
                caseWords(sb, d);
                sb.append(": ");
            }

            @Override
            void dispatchHead(StringBuilder sb, Decision d) {
                Wording.appendEnglishArea(sb.append("Whistle from "), d.router().tree(), d.areaNode()).append(" for ");
                Wording.appendEnglishCategory(sb, d.router().taxonomy(), d.categoryIndex()).append(", ");
                caseWords(sb, d);
                sb.append(": ");
            }

            @Override
            void noDispatchRule(StringBuilder sb, GridTree tree, int territory) {
                sb.append("no dispatch rule starts at the ").append(tree.level(territory).name())
                        .append(" level, so the territory keeps it (属地兜底): the office of ");
                Wording.appendEnglishArea(sb, tree, territory).append('.');
            }

            @Override
            void dispatchTo(StringBuilder sb, Level level, GridTree tree, int area) {
                sb.append("the ").append(level.name()).append(" list of ");
                Wording.appendEnglishArea(sb, tree, area).append(" answers; ");
            }

            @Override
            void triedStart(StringBuilder sb) {
                sb.append("tried ");
            }

            @Override
            void group(StringBuilder sb, Step[] steps, int from, int to) {
                for (int k = from; k < to; k++) {
                    sb.append(k == from ? "" : ", ").append(steps[k].category());
                }
                sb.append(" at ").append(steps[from].area());
            }

            @Override
            void nextGroup(StringBuilder sb) {
                sb.append(", then ");
            }

            @Override
            void triedEnd(StringBuilder sb) {
                sb.append(" without a match; ");
            }

            @Override
            void notApplicable(StringBuilder sb, int count, Decision d) {
                sb.append(count == 1 ? " does" : " do").append(" not apply to ");
                caseWords(sb, d);
                sb.append("; ");
            }

            @Override
            void territory(StringBuilder sb, GridTree tree, int territory) {
                sb.append("no entry covers it, so the territory owns it (属地兜底): the office of ");
                Wording.appendEnglishArea(sb, tree, territory).append('.');
            }

            @Override
            void handlingOnly(StringBuilder sb, Level level, Cycle cycle) {
                Wording.appendEnglish(sb.append(" Handling level: "), level, cycle).append('.');
            }

            @Override
            void matched(StringBuilder sb, boolean first, int index, Entry e, Level level) {
                sb.append("entries[").append(index).append("] matched")
                        .append(first ? " the first key tried: " : ": ").append(e.category()).append(" at ")
                        .append(e.area()).append(" (").append(level.name()).append("), ").append(e.kind().english());
            }

            @Override
            void ownList(StringBuilder sb, String start) {
                sb.append(" — the first list up from ").append(start);
            }

            @Override
            void higherArea(StringBuilder sb, GridTree tree, int ownList, Level level, String broaderCategory) {
                sb.append(" — a fallback from the ").append(tree.level(ownList).name()).append(" list of ")
                        .append(tree.code(ownList)).append(" to a ").append(level.name()).append(" entry");
                if (broaderCategory != null) {
                    sb.append(" for the broader category ").append(broaderCategory);
                }
            }

            @Override
            void broaderCategory(StringBuilder sb, boolean ownListNoted, String broaderCategory) {
                sb.append(ownListNoted ? "; a fallback" : " — a fallback").append(" to the broader category ")
                        .append(broaderCategory);
            }

            @Override
            void result(StringBuilder sb, Entry e, Level level, Cycle cycle) {
                sb.append(". Main responsibility: ").append(e.main()).append("; cooperating: ");
                List<String> cooperating = e.cooperating();
                for (int i = 0; i < cooperating.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(cooperating.get(i));
                }
                Wording.appendEnglish(sb.append(cooperating.isEmpty() ? "none" : "").append("; time limit: "),
                        e.timeLimit());
                if (level != null) {
                    Wording.appendEnglish(sb.append("; handling level: "), level, cycle);
                }
                sb.append('.');
            }
        },
        CHINESE {
            @Override
            int capacity(int steps) {
                return 160 + 20 * steps; // Zhangzhou's mix: 238 characters on average, at most 314
            }

            @Override
            void caseWords(StringBuilder sb, Decision d) {
                sb.append(Wording.chinese(d.priority())).append(Wording.chinese(d.caseKind()));
            }

            @Override
            void routeHead(StringBuilder sb, Decision d) {
                Wording.appendChineseArea(sb, d.router().tree(), d.areaNode()).append("的");
                Wording.appendChineseCategory(sb, d.router().taxonomy(), d.categoryIndex()).append('（');
                caseWords(sb, d);
                sb.append("）：");
            }

            @Override
            void dispatchHead(StringBuilder sb, Decision d) {
                Wording.appendChineseArea(sb, d.router().tree(), d.areaNode()).append("就");
                Wording.appendChineseCategory(sb, d.router().taxonomy(), d.categoryIndex()).append('（');
                caseWords(sb, d);
                sb.append("）吹哨：");
            }

            @Override
            void noDispatchRule(StringBuilder sb, GridTree tree, int territory) {
                sb.append("没有从").append(tree.level(territory).localName()).append("层级出发的派遣规则，属地兜底：由");
                Wording.appendChineseArea(sb, tree, territory).append("负责。");
            }

            @Override
            void dispatchTo(StringBuilder sb, Level level, GridTree tree, int area) {
                Wording.appendChineseArea(sb.append("由"), tree, area).append("的").append(level.localName())
                        .append("级清单报到；");
            }

            @Override
            void triedStart(StringBuilder sb) {
                sb.append("依次查找");
            }

            @Override
            void group(StringBuilder sb, Step[] steps, int from, int to) {
                sb.append(steps[from].area()).append("的");
                for (int k = from; k < to; k++) {
                    sb.append(k == from ? "" : "、").append(steps[k].category());
                }
            }

            @Override
            void nextGroup(StringBuilder sb) {
                sb.append("，再查找");
            }

            @Override
            void triedEnd(StringBuilder sb) {
                sb.append("，均未命中；");
            }

            @Override
            void notApplicable(StringBuilder sb, int count, Decision d) {
                sb.append("不适用于");
                caseWords(sb, d);
                sb.append("；");
            }

            @Override
            void territory(StringBuilder sb, GridTree tree, int territory) {
                Wording.appendChineseArea(sb.append("没有条目覆盖，属地兜底：由"), tree, territory).append("负责。");
            }

            @Override
            void handlingOnly(StringBuilder sb, Level level, Cycle cycle) {
                Wording.appendChinese(sb.append("处置层级："), level, cycle).append("。");
            }

            @Override
            void matched(StringBuilder sb, boolean first, int index, Entry e, Level level) {
                sb.append(first ? "首个查找即命中" : "命中").append("entries[").append(index).append("]：")
                        .append(e.area()).append("（").append(level.localName()).append("）的").append(e.category())
                        .append("，").append(e.kind().chinese());
            }

            @Override
            void ownList(StringBuilder sb, String start) {
                sb.append("——").append(start).append("向上最近的清单");
            }

            @Override
            void higherArea(StringBuilder sb, GridTree tree, int ownList, Level level, String broaderCategory) {
                sb.append("——从").append(tree.code(ownList)).append("的").append(tree.level(ownList).localName())
                        .append("级清单回退到").append(level.localName()).append("级条目");
                if (broaderCategory != null) {
                    sb.append("，上级类别").append(broaderCategory);
                }
            }

            @Override
            void broaderCategory(StringBuilder sb, boolean ownListNoted, String broaderCategory) {
                sb.append(ownListNoted ? "，回退到上级类别" : "——回退到上级类别").append(broaderCategory);
            }

            @Override
            void result(StringBuilder sb, Entry e, Level level, Cycle cycle) {
                sb.append("。主责：").append(e.main()).append("；配合：");
                List<String> cooperating = e.cooperating();
                for (int i = 0; i < cooperating.size(); i++) {
                    sb.append(i == 0 ? "" : "、").append(cooperating.get(i));
                }
                Wording.appendChinese(sb.append(cooperating.isEmpty() ? "无" : "").append("；办理时限："), e.timeLimit());
                if (level != null) {
                    Wording.appendChinese(sb.append("；处置层级："), level, cycle);
                }
                sb.append("。");
            }
        };

        /** A capacity that holds the sentence of a decision with {@code steps} steps, as a rule without growing. */
        abstract int capacity(int steps);

        abstract void caseWords(StringBuilder sb, Decision d);

        abstract void routeHead(StringBuilder sb, Decision d);

        abstract void dispatchHead(StringBuilder sb, Decision d);

        abstract void noDispatchRule(StringBuilder sb, GridTree tree, int territory);

        abstract void dispatchTo(StringBuilder sb, Level level, GridTree tree, int area);

        abstract void triedStart(StringBuilder sb);

        abstract void group(StringBuilder sb, Step[] steps, int from, int to);

        abstract void nextGroup(StringBuilder sb);

        abstract void triedEnd(StringBuilder sb);

        /** After the entry numbers: "do not apply to a routine complaint; ". */
        abstract void notApplicable(StringBuilder sb, int count, Decision d);

        abstract void territory(StringBuilder sb, GridTree tree, int territory);

        abstract void handlingOnly(StringBuilder sb, Level level, Cycle cycle);

        abstract void matched(StringBuilder sb, boolean first, int index, Entry e, Level level);

        /** A match on the case's own list above the walk's start (not a fallback). */
        abstract void ownList(StringBuilder sb, String start);

        abstract void higherArea(StringBuilder sb, GridTree tree, int ownList, Level level, String broaderCategory);

        abstract void broaderCategory(StringBuilder sb, boolean ownListNoted, String broaderCategory);

        abstract void result(StringBuilder sb, Entry e, Level level, Cycle cycle);
    }
}
