package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Category;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.time.TimeLimit;

import java.util.Locale;

/** The words explanations and messages are made of, in English and Chinese. */
final class Wording {
    private static final int ECHO_LIMIT = 40;
    private static final String[] ENGLISH_KINDS = lowerCaseNames(CaseKind.values());
    private static final String[] ENGLISH_PRIORITIES = lowerCaseNames(Priority.values());

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
        return appendEnglish(new StringBuilder(24), limit).toString();
    }

    /** Appends {@code 3 working days}. */
    static StringBuilder appendEnglish(StringBuilder sb, TimeLimit limit) {
        long n = limit.amount();
        String unit = switch (limit.unit()) {
            case NATURAL_HOURS -> "hour";
            case NATURAL_DAYS -> "day";
            case WORKING_DAYS -> "working day";
            case WORKING_HOURS -> "working hour";
            case CALENDAR_DAYS -> "calendar day";
            case CALENDAR_MONTHS -> "month";
        };
        sb.append(n).append(' ').append(unit);
        return n == 1 ? sb : sb.append('s');
    }

    static String chinese(TimeLimit limit) {
        return appendChinese(new StringBuilder(12), limit).toString();
    }

    /** Appends {@code 3个工作日}. */
    static StringBuilder appendChinese(StringBuilder sb, TimeLimit limit) {
        String unit = switch (limit.unit()) {
            case NATURAL_HOURS -> "小时";
            case NATURAL_DAYS -> "天";
            case WORKING_DAYS -> "个工作日";
            case WORKING_HOURS -> "个工作小时";
            case CALENDAR_DAYS -> "日";
            case CALENDAR_MONTHS -> "个月";
        };
        return sb.append(limit.amount()).append(unit);
    }

    static String english(CaseKind kind) {
        return ENGLISH_KINDS[kind.ordinal()];
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
        return ENGLISH_PRIORITIES[priority.ordinal()];
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
        return appendEnglishArea(new StringBuilder(48), tree, node).toString();
    }

    static StringBuilder appendEnglishArea(StringBuilder sb, GridTree tree, int node) {
        return sb.append(tree.code(node)).append(" (").append(tree.name(node)).append(", ")
                .append(tree.level(node).name()).append(')');
    }

    /** {@code 350603001（芝山街道，乡镇/街道）}. */
    static String chineseArea(GridTree tree, int node) {
        return appendChineseArea(new StringBuilder(32), tree, node).toString();
    }

    static StringBuilder appendChineseArea(StringBuilder sb, GridTree tree, int node) {
        return sb.append(tree.code(node)).append('（').append(tree.name(node)).append('，')
                .append(tree.level(node).localName()).append('）');
    }

    /** {@code C0201 (road surface damage)}. */
    static String englishCategory(CategoryTaxonomy taxonomy, int category) {
        return appendEnglishCategory(new StringBuilder(32), taxonomy, category).toString();
    }

    static StringBuilder appendEnglishCategory(StringBuilder sb, CategoryTaxonomy taxonomy, int category) {
        Category c = taxonomy.category(category);
        return sb.append(c.code()).append(" (").append(c.englishName()).append(')');
    }

    /** {@code C0201（道路破损）}. */
    static String chineseCategory(CategoryTaxonomy taxonomy, int category) {
        return appendChineseCategory(new StringBuilder(16), taxonomy, category).toString();
    }

    static StringBuilder appendChineseCategory(StringBuilder sb, CategoryTaxonomy taxonomy, int category) {
        Category c = taxonomy.category(category);
        return sb.append(c.code()).append('（').append(c.name()).append('）');
    }

    /** {@code township / street (small cycle)}, the cycle only if there is one. */
    static String english(Level level, Cycle cycle) {
        return appendEnglish(new StringBuilder(40), level, cycle).toString();
    }

    static StringBuilder appendEnglish(StringBuilder sb, Level level, Cycle cycle) {
        sb.append(level.name());
        return cycle == null ? sb : sb.append(" (").append(cycle.english()).append(')');
    }

    /** {@code 乡镇/街道（小循环）}. */
    static String chinese(Level level, Cycle cycle) {
        return appendChinese(new StringBuilder(16), level, cycle).toString();
    }

    static StringBuilder appendChinese(StringBuilder sb, Level level, Cycle cycle) {
        sb.append(level.localName());
        return cycle == null ? sb : sb.append('（').append(cycle.chinese()).append('）');
    }

    private static String[] lowerCaseNames(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (Enum<?> v : values) {
            names[v.ordinal()] = v.name().toLowerCase(Locale.ROOT);
        }
        return names;
    }
}
