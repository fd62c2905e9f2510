package io.gridgov.spi.directory;

/** What an {@link Organisation} is, which decides the look-ups that find it. */
public enum OrganisationKind {
    /**
     * The office that owns an area: a grid station (网格工作站), a community workstation (社区工作站), a
     * street or township comprehensive-governance centre (综治中心), a district or city centre. At most one
     * per area; the area's level (from the grid tree's level scheme) says which of these it is.
     */
    OFFICE,
    /**
     * A functional department (职能部门) serving some categories of cases: a district's housing or urban
     * management bureau, a highway maintenance centre, a water company taking part in the list.
     */
    DEPARTMENT,
    /**
     * A mediation committee (调解委员会) or another body that mediates: a community's people's mediation
     * committee, an industry committee for medical or labour disputes, a court's mediation office.
     */
    MEDIATION_COMMITTEE
}
