package io.gridgov.core.grid;

/**
 * The roles people hold in an area: the "three heads and three members" (三长三员) of a grid and the
 * professional forces that enter it.
 */
public enum StaffRole {
    /** 网格长: heads the grid, usually the community party secretary. */
    GRID_LEADER("网格长", false),
    /** 网格指导员: a street-level cadre who guides the grid. */
    GRID_INSTRUCTOR("网格指导员", false),
    /** 专职网格员: walks the grid, visits households, collects information and reports. */
    FULL_TIME_GRID_MEMBER("专职网格员", false),
    /** 兼职网格员: a part-time grid member from the community staff. */
    PART_TIME_GRID_MEMBER("兼职网格员", false),
    /** 志愿网格员: a volunteer grid member. */
    VOLUNTEER_GRID_MEMBER("志愿网格员", false),
    /** 楼栋长: the "red building leader" of one building. */
    BUILDING_LEADER("楼栋长", false),
    /** 社区民警: community police, a professional force. */
    COMMUNITY_POLICE("社区民警", true),
    /** 法律顾问: legal adviser, a professional force. */
    LEGAL_ADVISER("法律顾问", true),
    /** 执法人员: administrative law enforcement, a professional force. */
    LAW_ENFORCEMENT("执法人员", true),
    /** 应急管理: emergency management, a professional force. */
    EMERGENCY_MANAGEMENT("应急管理人员", true);

    private final String localName;
    private final boolean professionalForce;

    StaffRole(String localName, boolean professionalForce) {
        this.localName = localName;
        this.professionalForce = professionalForce;
    }

    /** The Chinese name, e.g. {@code 网格长}. */
    public String localName() {
        return localName;
    }

    /** Whether this is a professional force entering the grid (police, law, enforcement, emergency). */
    public boolean isProfessionalForce() {
        return professionalForce;
    }
}
