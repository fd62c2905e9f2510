package io.gridgov.routing.rules;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a {@link Decision} came out as it did: every key tried in the documented order up to the match
 * ({@link #steps()}), the fallback used, and the result, rendered as sentences in English
 * ({@link #toEnglish()}) or Chinese ({@link #toChinese()}). Derived from the decision's few numbers when
 * asked, by walking the same keys again. Immutable and thread-safe.
 */
public final class RouteExplanation implements Explanation {
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
     * they were tried and missed.
     */
    public List<Step> steps() {
        Router router = decision.router();
        GridTree tree = router.tree();
        CategoryTaxonomy taxonomy = router.taxonomy();
        List<Step> steps = new ArrayList<>();
        for (int a = decision.startNode(); a >= 0; a = tree.parent(a)) {
            for (int c = decision.categoryIndex(); c >= 0; c = taxonomy.parentIndex(c)) {
                List<Integer> skipped = new ArrayList<>();
                boolean matched = false;
                int[] bucket = router.bucket(c, a);
                for (int e : bucket) {
                    if (e == decision.entryIndex()) {
                        matched = true;
                        break;
                    }
                    if (!router.applies(e, decision.caseKind(), decision.priority())) {
                        skipped.add(e);
                    }
                }
                Step.Outcome outcome = matched ? Step.Outcome.MATCHED
                        : bucket.length == 0 ? Step.Outcome.NO_ENTRY : Step.Outcome.CONDITIONS_NOT_MET;
                steps.add(new Step(tree.code(a), taxonomy.category(c).code(), outcome, skipped));
                if (matched) {
                    return List.copyOf(steps);
                }
            }
        }
        return List.copyOf(steps);
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

    private String render(Language l) {
        Router router = decision.router();
        GridTree tree = router.tree();
        CategoryTaxonomy taxonomy = router.taxonomy();
        StringBuilder sb = new StringBuilder(256);
        String category = l.category(taxonomy, decision.categoryIndex());
        String caseWords = l.caseWords(decision);
        if (decision.isDispatch()) {
            DispatchRule rule = decision.dispatchRule() < 0 ? null
                    : router.ruleSet().dispatchRules().get(decision.dispatchRule());
            l.dispatchHead(sb, l.area(tree, decision.areaNode()), category, caseWords);
            if (decision.startNode() < 0) {
                Level level = tree.level(decision.territoryNode());
                l.noDispatchRule(sb, level, l.area(tree, decision.territoryNode()));
                return sb.toString();
            }
            l.dispatchTo(sb, tree.scheme().level(rule.to()), l.area(tree, decision.startNode()));
        } else {
            l.routeHead(sb, category, l.area(tree, decision.areaNode()), caseWords);
        }
        List<Step> steps = steps();
        int tried = decision.isTerritoryDefault() ? steps.size() : steps.size() - 1;
        List<Integer> notApplicable = new ArrayList<>();
        for (Step s : steps) {
            notApplicable.addAll(s.notApplicable());
        }
        if (tried > 0) {
            l.tried(sb, groups(steps.subList(0, tried), l));
        }
        if (!notApplicable.isEmpty()) {
            l.notApplicable(sb, notApplicable, decision);
        }
        if (decision.isTerritoryDefault()) {
            l.territory(sb, l.area(tree, decision.territoryNode()));
            Level level = decision.handlingLevelOrNull();
            if (level != null) {
                l.handlingOnly(sb, level, router.cycleOf(level));
            }
            return sb.toString();
        }
        Entry entry = decision.entry().orElseThrow();
        int entryArea = router.entryArea(decision.entryIndex());
        l.matched(sb, tried == 0, decision.entryIndex(), entry, tree.level(entryArea));
        switch (decision.fallback()) {
            case HIGHER_AREA -> l.higherArea(sb, tree.level(entryArea),
                    router.entryCategory(decision.entryIndex()) == decision.categoryIndex() ? null : entry.category());
            case BROADER_CATEGORY -> l.broaderCategory(sb, entry.category());
            case NONE, TERRITORY -> {
            }
        }
        Level level = decision.handlingLevelOrNull();
        l.result(sb, entry, level, level == null ? null : router.cycleOf(level));
        return sb.toString();
    }

    /** Consecutive steps at one area, as "C0201, C02, C at 350603001" (or its Chinese form). */
    private static List<String> groups(List<Step> steps, Language l) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            String area = steps.get(i).area();
            List<String> categories = new ArrayList<>();
            while (i < steps.size() && steps.get(i).area().equals(area)) {
                categories.add(steps.get(i).category());
                i++;
            }
            out.add(l.group(categories, area));
        }
        return out;
    }

    /** The phrases of one language; the sentence structure is shared. */
    private enum Language {
        ENGLISH {
            @Override
            String category(CategoryTaxonomy taxonomy, int c) {
                return Wording.englishCategory(taxonomy, c);
            }

            @Override
            String area(GridTree tree, int node) {
                return Wording.englishArea(tree, node);
            }

            @Override
            String caseWords(Decision d) {
                String words = Wording.english(d.priority()) + " " + Wording.english(d.caseKind());
                return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
            }

            @Override
            void routeHead(StringBuilder sb, String category, String area, String caseWords) {
                sb.append(category).append(" in ").append(area).append(", ").append(caseWords).append(": ");
            }

            @Override
            void dispatchHead(StringBuilder sb, String area, String category, String caseWords) {
                sb.append("Whistle from ").append(area).append(" for ").append(category).append(", ")
                        .append(caseWords).append(": ");
            }

            @Override
            void noDispatchRule(StringBuilder sb, Level level, String territory) {
                sb.append("no dispatch rule starts at the ").append(level.name())
                        .append(" level, so the territory keeps it (属地兜底): the office of ").append(territory)
                        .append('.');
            }

            @Override
            void dispatchTo(StringBuilder sb, Level level, String area) {
                sb.append("the ").append(level.name()).append(" list of ").append(area).append(" answers; ");
            }

            @Override
            String group(List<String> categories, String area) {
                return String.join(", ", categories) + " at " + area;
            }

            @Override
            void tried(StringBuilder sb, List<String> groups) {
                sb.append("tried ").append(String.join(", then ", groups)).append(" without a match; ");
            }

            @Override
            void notApplicable(StringBuilder sb, List<Integer> entries, Decision d) {
                sb.append(entries(entries)).append(entries.size() == 1 ? " does" : " do").append(" not apply to ")
                        .append(caseWords(d)).append("; ");
            }

            @Override
            void territory(StringBuilder sb, String territory) {
                sb.append("no entry covers it, so the territory owns it (属地兜底): the office of ").append(territory)
                        .append('.');
            }

            @Override
            void handlingOnly(StringBuilder sb, Level level, Cycle cycle) {
                sb.append(" Handling level: ").append(Wording.english(level, cycle)).append('.');
            }

            @Override
            void matched(StringBuilder sb, boolean first, int index, Entry e, Level level) {
                sb.append("entries[").append(index).append("] matched")
                        .append(first ? " the first key tried: " : ": ").append(e.category()).append(" at ")
                        .append(e.area()).append(" (").append(level.name()).append("), ").append(e.kind().english());
            }

            @Override
            void higherArea(StringBuilder sb, Level level, String broaderCategory) {
                sb.append(" — a fallback to a ").append(level.name()).append(" entry");
                if (broaderCategory != null) {
                    sb.append(" for the broader category ").append(broaderCategory);
                }
            }

            @Override
            void broaderCategory(StringBuilder sb, String broaderCategory) {
                sb.append(" — a fallback to the broader category ").append(broaderCategory);
            }

            @Override
            void result(StringBuilder sb, Entry e, Level level, Cycle cycle) {
                sb.append(". Main responsibility: ").append(e.main()).append("; cooperating: ")
                        .append(e.cooperating().isEmpty() ? "none" : String.join(", ", e.cooperating()))
                        .append("; time limit: ").append(Wording.english(e.timeLimit()));
                if (level != null) {
                    sb.append("; handling level: ").append(Wording.english(level, cycle));
                }
                sb.append('.');
            }
        },
        CHINESE {
            @Override
            String category(CategoryTaxonomy taxonomy, int c) {
                return Wording.chineseCategory(taxonomy, c);
            }

            @Override
            String area(GridTree tree, int node) {
                return Wording.chineseArea(tree, node);
            }

            @Override
            String caseWords(Decision d) {
                return Wording.chinese(d.priority()) + Wording.chinese(d.caseKind());
            }

            @Override
            void routeHead(StringBuilder sb, String category, String area, String caseWords) {
                sb.append(area).append("的").append(category).append("（").append(caseWords).append("）：");
            }

            @Override
            void dispatchHead(StringBuilder sb, String area, String category, String caseWords) {
                sb.append(area).append("就").append(category).append("（").append(caseWords).append("）吹哨：");
            }

            @Override
            void noDispatchRule(StringBuilder sb, Level level, String territory) {
                sb.append("没有从").append(level.localName()).append("层级出发的派遣规则，属地兜底：由")
                        .append(territory).append("负责。");
            }

            @Override
            void dispatchTo(StringBuilder sb, Level level, String area) {
                sb.append("由").append(area).append("的").append(level.localName()).append("级清单报到；");
            }

            @Override
            String group(List<String> categories, String area) {
                return area + "的" + String.join("、", categories);
            }

            @Override
            void tried(StringBuilder sb, List<String> groups) {
                sb.append("依次查找").append(String.join("，再查找", groups)).append("，均未命中；");
            }

            @Override
            void notApplicable(StringBuilder sb, List<Integer> entries, Decision d) {
                sb.append(entries(entries)).append("不适用于").append(caseWords(d)).append("；");
            }

            @Override
            void territory(StringBuilder sb, String territory) {
                sb.append("没有条目覆盖，属地兜底：由").append(territory).append("负责。");
            }

            @Override
            void handlingOnly(StringBuilder sb, Level level, Cycle cycle) {
                sb.append("处置层级：").append(Wording.chinese(level, cycle)).append("。");
            }

            @Override
            void matched(StringBuilder sb, boolean first, int index, Entry e, Level level) {
                sb.append(first ? "首个查找即命中" : "命中").append("entries[").append(index).append("]：")
                        .append(e.area()).append("（").append(level.localName()).append("）的").append(e.category())
                        .append("，").append(e.kind().chinese());
            }

            @Override
            void higherArea(StringBuilder sb, Level level, String broaderCategory) {
                sb.append("——回退到").append(level.localName()).append("级条目");
                if (broaderCategory != null) {
                    sb.append("，上级类别").append(broaderCategory);
                }
            }

            @Override
            void broaderCategory(StringBuilder sb, String broaderCategory) {
                sb.append("——回退到上级类别").append(broaderCategory);
            }

            @Override
            void result(StringBuilder sb, Entry e, Level level, Cycle cycle) {
                sb.append("。主责：").append(e.main()).append("；配合：")
                        .append(e.cooperating().isEmpty() ? "无" : String.join("、", e.cooperating()))
                        .append("；办理时限：").append(Wording.chinese(e.timeLimit()));
                if (level != null) {
                    sb.append("；处置层级：").append(Wording.chinese(level, cycle));
                }
                sb.append("。");
            }
        };

        abstract String category(CategoryTaxonomy taxonomy, int c);

        abstract String area(GridTree tree, int node);

        abstract String caseWords(Decision d);

        abstract void routeHead(StringBuilder sb, String category, String area, String caseWords);

        abstract void dispatchHead(StringBuilder sb, String area, String category, String caseWords);

        abstract void noDispatchRule(StringBuilder sb, Level level, String territory);

        abstract void dispatchTo(StringBuilder sb, Level level, String area);

        abstract String group(List<String> categories, String area);

        abstract void tried(StringBuilder sb, List<String> groups);

        abstract void notApplicable(StringBuilder sb, List<Integer> entries, Decision d);

        abstract void territory(StringBuilder sb, String territory);

        abstract void handlingOnly(StringBuilder sb, Level level, Cycle cycle);

        abstract void matched(StringBuilder sb, boolean first, int index, Entry e, Level level);

        abstract void higherArea(StringBuilder sb, Level level, String broaderCategory);

        abstract void broaderCategory(StringBuilder sb, String broaderCategory);

        abstract void result(StringBuilder sb, Entry e, Level level, Cycle cycle);

        static String entries(List<Integer> numbers) {
            List<String> out = new ArrayList<>(numbers.size());
            for (int n : numbers) {
                out.add("entries[" + n + "]");
            }
            return String.join(", ", out);
        }
    }
}
