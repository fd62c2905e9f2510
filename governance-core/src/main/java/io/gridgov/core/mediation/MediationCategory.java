package io.gridgov.core.mediation;

/**
 * Which kind of mediation a dispute is in: who mediates and under which law. The category decides the
 * rules a {@link MediationLifecycle} enforces (a people's mediation committee declines a matter a court,
 * the police or an administrative body already took up; a court's mediation in a lawsuit needs no
 * judicial confirmation) and, with the domain, the default time limit ({@link MediationTimeLimits}).
 */
public enum MediationCategory {
    /** People's mediation (人民调解) by a village, community, township or street people's mediation committee. */
    PEOPLES("人民调解"),
    /** Administrative mediation (行政调解) by an administrative body, e.g. the traffic police after an accident. */
    ADMINISTRATIVE("行政调解"),
    /** Judicial mediation (司法调解) by a court in a lawsuit it has accepted. */
    JUDICIAL("司法调解"),
    /** Pre-litigation mediation (诉前调解): a court refers a suit, before filing it, to a mediator. */
    PRE_LITIGATION("诉前调解"),
    /**
     * Industry and professional mediation (行业性专业性调解): people's mediation committees specialised in
     * medical, labour, traffic, property, finance or other disputes, like Changde's "He Ning" workstations.
     */
    INDUSTRY_PROFESSIONAL("行业性专业性调解");

    private final String chinese;

    MediationCategory(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese name, e.g. {@code 人民调解}. */
    public String chinese() {
        return chinese;
    }

    /**
     * Whether the People's Mediation Law (2010) governs it: people's mediation and the industry and
     * professional committees, which are people's mediation committees too.
     */
    public boolean isPeoplesMediation() {
        return switch (this) {
            case PEOPLES, INDUSTRY_PROFESSIONAL -> true;
            case ADMINISTRATIVE, JUDICIAL, PRE_LITIGATION -> false;
        };
    }
}
