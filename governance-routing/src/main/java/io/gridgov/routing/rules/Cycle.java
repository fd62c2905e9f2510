package io.gridgov.routing.rules;

/**
 * How far a case travels (the three nested loops of the closed loop). Which levels belong to which cycle
 * is data of the rule set ({@link RuleSet#cycles()}), never inferred from level names.
 */
public enum Cycle {
    /** The micro cycle (微循环): the grid member fixes it on the spot. */
    MICRO("micro cycle", "微循环"),
    /** The small cycle (小循环): the community or street resolves it with its own forces. */
    SMALL("small cycle", "小循环"),
    /** The large cycle (大循环): the district or city centre dispatches it to functional departments. */
    LARGE("large cycle", "大循环");

    private final String english;
    private final String chinese;

    Cycle(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The English wording, e.g. {@code small cycle}. */
    public String english() {
        return english;
    }

    /** The Chinese wording, e.g. {@code 小循环}. */
    public String chinese() {
        return chinese;
    }
}
