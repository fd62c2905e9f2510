package io.gridgov.routing.rules;

/** How a community deliberates a matter (Lanzhou's community Social Work Committee). */
public enum DeliberationMode {
    /** Simplified discussion between the two parties, with resident volunteers (neighbourhood contradictions). */
    SIMPLIFIED("simplified discussion", "简易议事"),
    /** On-site discussion, resolved at the scene (environmental hygiene). */
    ON_SITE("on-site discussion", "现场议事"),
    /** Regular discussion at the monthly meeting (public services). */
    REGULAR("regular discussion", "定期议事"),
    /** Immediate discussion and a report to the competent authority at once (safety and health). */
    IMMEDIATE("immediate discussion", "即时议事"),
    /** Multi-round discussion until resolved (urban construction facilities). */
    MULTI_ROUND("multi-round discussion", "多轮议事");

    private final String english;
    private final String chinese;

    DeliberationMode(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The English wording, e.g. {@code on-site discussion}. */
    public String english() {
        return english;
    }

    /** The Chinese wording, e.g. {@code 现场议事}. */
    public String chinese() {
        return chinese;
    }
}
