package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.time.TimeLimit;

/** The words explanations and messages are made of, in English and Chinese. */
final class Wording {
    private static final int ECHO_LIMIT = 40;

    private Wording() {
    }

    /** A value as a message may repeat it: at most 40 characters, control characters replaced. */
    static String echo(String value) {
        String shown = value.length() > ECHO_LIMIT ? value.substring(0, ECHO_LIMIT) + "…" : value;
        StringBuilder sb = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> sb.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return sb.toString();
    }

    static String english(TimeLimit limit) {
        long n = limit.amount();
        String unit = switch (limit.unit()) {
            case NATURAL_HOURS -> "hour";
            case NATURAL_DAYS -> "day";
            case WORKING_DAYS -> "working day";
            case WORKING_HOURS -> "working hour";
            case CALENDAR_DAYS -> "calendar day";
            case CALENDAR_MONTHS -> "month";
        };
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String chinese(TimeLimit limit) {
        String unit = switch (limit.unit()) {
            case NATURAL_HOURS -> "小时";
            case NATURAL_DAYS -> "天";
            case WORKING_DAYS -> "个工作日";
            case WORKING_HOURS -> "个工作小时";
            case CALENDAR_DAYS -> "日";
            case CALENDAR_MONTHS -> "个月";
        };
        return limit.amount() + unit;
    }

    static String english(CaseKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String chinese(CaseKind kind) {
        return switch (kind) {
            case CONSULTATION -> "咨询";
            case HELP -> "求助";
            case COMPLAINT -> "投诉";
            case REPORT -> "举报";
            case SUGGESTION -> "建议";
            case HAZARD -> "安全隐患";
            case DISPUTE -> "矛盾纠纷";
            case ALERT -> "告警";
        };
    }

    static String english(Priority priority) {
        return priority.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String chinese(Priority priority) {
        return switch (priority) {
            case ROUTINE -> "一般";
            case URGENT -> "紧急";
            case EMERGENCY -> "特急";
        };
    }

    /** {@code 350603001 (Zhishan Street, township / street)}. */
    static String englishArea(GridTree tree, int node) {
        return tree.code(node) + " (" + tree.name(node) + ", " + tree.level(node).name() + ")";
    }

    /** {@code 350603001（芝山街道，乡镇/街道）}. */
    static String chineseArea(GridTree tree, int node) {
        return tree.code(node) + "（" + tree.name(node) + "，" + tree.level(node).localName() + "）";
    }

    /** {@code C0201 (road surface damage)}. */
    static String englishCategory(CategoryTaxonomy taxonomy, int category) {
        return taxonomy.category(category).code() + " (" + taxonomy.category(category).englishName() + ")";
    }

    /** {@code C0201（道路破损）}. */
    static String chineseCategory(CategoryTaxonomy taxonomy, int category) {
        return taxonomy.category(category).code() + "（" + taxonomy.category(category).name() + "）";
    }

    /** {@code township / street (small cycle)}, the cycle only if there is one. */
    static String english(Level level, Cycle cycle) {
        return level.name() + (cycle == null ? "" : " (" + cycle.english() + ")");
    }

    /** {@code 乡镇/街道（小循环）}. */
    static String chinese(Level level, Cycle cycle) {
        return level.localName() + (cycle == null ? "" : "（" + cycle.chinese() + "）");
    }
}
