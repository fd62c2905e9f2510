package io.gridgov.routing.rules;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.time.WarningLevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The escalation ladders, compiled: the ladder of each category, and the climb. */
final class Ladders {
    private final GridTree tree;
    private final CategoryTaxonomy taxonomy;
    private final List<EscalationLadder> ladders;
    /** Per category: the ladder that applies (the most specific category's, else the default), or -1. */
    private final int[] ladderOf;
    private final Level[][] rungs;

    Ladders(RuleSet rules) {
        this.tree = rules.tree();
        this.taxonomy = rules.taxonomy();
        this.ladders = rules.ladders();
        Map<String, Integer> byCategory = new HashMap<>();
        int fallback = -1;
        rungs = new Level[ladders.size()][];
        for (int i = 0; i < ladders.size(); i++) {
            EscalationLadder l = ladders.get(i);
            if (l.category() == null) {
                fallback = i;
            } else {
                byCategory.put(l.category(), i);
            }
            rungs[i] = l.rungs().stream().map(tree.scheme()::level).toArray(Level[]::new);
        }
        ladderOf = new int[taxonomy.size()];
        for (int c = 0; c < taxonomy.size(); c++) {
            ladderOf[c] = fallback;
            for (int x = c; x >= 0; x = taxonomy.parentIndex(x)) {
                Integer l = byCategory.get(taxonomy.category(x).code());
                if (l != null) {
                    ladderOf[c] = l;
                    break;
                }
            }
        }
    }

    Escalation escalate(Router router, int category, int area, Priority priority, Level current, int returns,
            WarningLevel warning) {
        int home = router.climb(area, current.index());
        String head = Wording.englishCategory(taxonomy, category) + " in " + Wording.englishArea(tree, area)
                + ", at the " + current.name() + " level: ";
        String headZh = Wording.chineseArea(tree, area) + "的" + Wording.chineseCategory(taxonomy, category) + "（当前在"
                + current.localName() + "层级）：";
        int l = ladderOf[category];
        if (l < 0) {
            return stay(current, home, null, head + "no escalation ladder covers this category, so the territory"
                    + " keeps it (属地兜底): the office of " + Wording.englishArea(tree, home) + ".",
                    headZh + "没有适用的上报阶梯，属地兜底：由" + Wording.chineseArea(tree, home) + "负责。");
        }
        EscalationLadder ladder = ladders.get(l);
        String name = ladder.category() == null ? "the default ladder" : "the ladder for " + ladder.category();
        String nameZh = ladder.category() == null ? "默认上报阶梯" : ladder.category() + "的上报阶梯";
        Level next = null;
        for (Level rung : rungs[l]) {
            if (rung.index() < current.index() && exists(router, area, rung)) {
                next = rung;
                break;
            }
        }
        if (next == null) {
            return stay(current, home, ladder, head + "already at the top of " + name + " (" + rungNames(l, false)
                    + "), so the territory at its level keeps it (属地兜底): the office of "
                    + Wording.englishArea(tree, home) + ".",
                    headZh + "已在" + nameZh + "（" + rungNames(l, true) + "）顶端，属地兜底：由"
                            + Wording.chineseArea(tree, home) + "负责。");
        }
        Level to = next;
        SkipRule skip = null;
        for (SkipRule s : ladder.skips()) {
            Level target = tree.scheme().level(s.to());
            if (target.index() < to.index() && holds(s, category, priority, returns, warning)
                    && exists(router, area, target)) {
                to = target;
                skip = s;
            }
        }
        List<Level> skipped = new ArrayList<>();
        for (Level rung : rungs[l]) {
            if (rung.index() < current.index() && rung.index() > to.index()) {
                skipped.add(rung);
            }
        }
        int target = router.climb(area, to.index());
        String targetEn = Wording.englishArea(tree, target);
        String targetZh = Wording.chineseArea(tree, target);
        String english;
        String chinese;
        if (skip == null) {
            english = head + "climbs one rung of " + name + " (" + rungNames(l, false) + ") to " + targetEn + ".";
            chinese = headZh + "按" + nameZh + "（" + rungNames(l, true) + "）上报一级，至" + targetZh + "。";
        } else {
            english = head + "skips " + levels(skipped, false) + " on " + name + " (" + rungNames(l, false)
                    + ") because of " + reason(skip, false) + ", and goes to " + targetEn + ".";
            chinese = headZh + "因" + reason(skip, true) + "，按" + nameZh + "（" + rungNames(l, true) + "）越过"
                    + levels(skipped, true) + "，直接上报至" + targetZh + "。";
        }
        return new Escalation(current, to, tree.code(target), skipped, skip, ladder, new Sentences(english, chinese));
    }

    private Escalation stay(Level current, int home, EscalationLadder ladder, String english, String chinese) {
        return new Escalation(current, current, tree.code(home), List.of(), null, ladder,
                new Sentences(english, chinese));
    }

    /** Whether the case's area has an enclosing area at exactly this level. */
    private static boolean exists(Router router, int area, Level level) {
        int x = router.climb(area, level.index());
        return router.levelIndex(x) == level.index();
    }

    private boolean holds(SkipRule s, int category, Priority priority, int returns, WarningLevel warning) {
        return switch (s.trigger()) {
            case EMERGENCY_PRIORITY -> priority == Priority.EMERGENCY;
            case RETURNED_TIMES -> returns >= s.returnedTimes();
            case RED_WARNING -> warning == WarningLevel.RED;
            case LISTED_CATEGORY -> s.categories().stream()
                    .anyMatch(code -> isAncestorOrSelf(taxonomy.indexOf(code), category));
        };
    }

    private boolean isAncestorOrSelf(int ancestor, int category) {
        for (int x = category; x >= 0; x = taxonomy.parentIndex(x)) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private String rungNames(int ladder, boolean chinese) {
        return join(List.of(rungs[ladder]), chinese, " → ");
    }

    private static String levels(List<Level> levels, boolean chinese) {
        return join(levels, chinese, chinese ? "、" : ", ");
    }

    private static String join(List<Level> levels, boolean chinese, String separator) {
        List<String> names = new ArrayList<>(levels.size());
        for (Level l : levels) {
            names.add(chinese ? l.localName() : l.name());
        }
        return String.join(separator, names);
    }

    private static String reason(SkipRule s, boolean chinese) {
        return switch (s.trigger()) {
            case EMERGENCY_PRIORITY -> chinese ? "特急" : "emergency priority";
            case LISTED_CATEGORY -> (chinese ? "类别属于越级清单 " : "a listed category (")
                    + String.join(", ", s.categories()) + (chinese ? "" : ")");
            case RETURNED_TIMES -> chinese ? "退回已达" + s.returnedTimes() + "次"
                    : "being returned " + s.returnedTimes() + " times or more";
            case RED_WARNING -> chinese ? "红色预警" : "a red warning";
        };
    }
}
