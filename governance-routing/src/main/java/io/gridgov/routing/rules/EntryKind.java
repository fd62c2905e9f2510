package io.gridgov.routing.rules;

/**
 * What kind of duty an entry of a territorial responsibility list (属地管理事项清单) records, following the
 * township duty lists.
 */
public enum EntryKind {
    /** A basic duty (基本履职事项): the township must do it and bears full responsibility. */
    BASIC_DUTY("basic duty", "基本履职"),
    /** A cooperating duty (配合履职事项): a county department leads, the township assists. */
    COOPERATING_DUTY("cooperating duty", "配合履职"),
    /** A matter taken back (上级部门收回事项): a higher department took it back; route it to that department. */
    TAKEN_BACK("matter taken back by a higher department", "上级部门收回事项");

    private final String english;
    private final String chinese;

    EntryKind(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The English wording used in explanations, e.g. {@code basic duty}. */
    public String english() {
        return english;
    }

    /** The Chinese wording used in explanations, e.g. {@code 基本履职}. */
    public String chinese() {
        return chinese;
    }
}
