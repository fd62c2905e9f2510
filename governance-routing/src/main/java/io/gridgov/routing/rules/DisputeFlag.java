package io.gridgov.routing.rules;

/** A feature of a dispute that mediation routing may require of the disputes a rule takes. */
public enum DisputeFlag {
    /** Many parties (群体性纠纷), e.g. a whole building against its developer. */
    MANY_PARTIES("many parties", "多方当事人"),
    /** A risk that the dispute escalates (可能激化), e.g. threats or a history of violence. */
    ESCALATION_RISK("risk of escalation", "有激化风险"),
    /** The parties live or act in different areas (跨区域). */
    CROSS_AREA("parties in different areas", "跨区域");

    private final String english;
    private final String chinese;

    DisputeFlag(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The English wording. */
    public String english() {
        return english;
    }

    /** The Chinese wording. */
    public String chinese() {
        return chinese;
    }
}
