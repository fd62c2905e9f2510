package io.gridgov.spi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Staffing;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.spi.conformance.DirectoryContract;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The in-memory directory")
class InMemoryDirectoryTest extends DirectoryContract {
    private static final String STREET = "370402003";
    private static final String COMMUNITY = "370402003001";
    private static final String GRID = "370402003001001";

    @Override
    protected Directory createDirectory(Staffing staffing, List<Organisation> organisations, List<RoleAssignment> roles) {
        return InMemoryDirectory.builder(staffing).addAll(organisations).assignAll(roles).build();
    }

    private static InMemoryDirectory.Builder longshanBuilder() {
        return InMemoryDirectory.builder(LONGSHAN.staffing());
    }

    private static List<Problem> problems(InMemoryDirectory.Builder b) {
        try {
            b.build();
        } catch (InvalidInputException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DIRECTORY);
            return e.problems();
        }
        throw new AssertionError("the builder accepted the input");
    }

    @Nested
    @DisplayName("takes the levels from the scheme, not from a fixed five")
    class Levels {
        @Test
        @DisplayName("a Changde-like city, county, township, village, grid scheme has an office at each level")
        void changde() {
            LevelScheme changde = LevelScheme.builder("changde", "Changde").rootPrefixDigits(2)
                    .level("city", "city", "市", 2, 4)
                    .level("county", "county", "县", 2, 6)
                    .level("township", "township", "乡镇", 3, 9)
                    .level("village", "village", "村", 3, 12)
                    .level("grid", "grid", "网格", 3, 15).grid()
                    .build();
            GridTree tree = GridTree.of(changde, List.of(
                    Area.of("4307", "常德市", changde.level("city"), null),
                    Area.of("430703", "鼎城区", changde.level("county"), "4307"),
                    Area.of("430703101", "某镇", changde.level("township"), "430703"),
                    Area.of("430703101201", "某村", changde.level("village"), "430703101"),
                    Area.grid("430703101201001", "第1网格", changde, GridKind.BASIC, "430703101201")));
            InMemoryDirectory d = InMemoryDirectory.builder(tree).add(
                    Organisation.office("city-centre", "常德市社会治理中心", "4307"),
                    Organisation.office("county-centre", "鼎城区综治中心", "430703"),
                    Organisation.office("town-centre", "镇综治中心", "430703101"),
                    Organisation.office("village-station", "村服务站", "430703101201"),
                    Organisation.office("grid-station", "网格工作站", "430703101201001")).build();
            for (var level : changde.levels()) {
                assertThat(d.officeAt("430703101201001", level)).as("level %s", level).isPresent()
                        .hasValueSatisfying(o -> assertThat(tree.level(tree.require(o.areaCode()))).isEqualTo(level));
            }
            assertThat(d.officesUp("430703101201001")).hasSize(5);
            assertThat(d).hasToString("InMemoryDirectory[organisations=5, roleAssignments=0, areas=5]");
        }
    }

    @Nested
    @DisplayName("refuses to build, listing every problem at once,")
    class Validation {
        @Test
        @DisplayName("when areas are unknown, ids repeat, an area has two offices, and role assignments do not fit")
        void everything() {
            InMemoryDirectory.Builder b = longshanBuilder().add(
                    Organisation.office("centre", "街道中心", STREET),
                    Organisation.office("centre", "又一个中心", COMMUNITY),
                    Organisation.office("second-centre", "第二中心", STREET),
                    Organisation.department("nowhere", "无处部门", "370402003999", Set.of("C02")))
                    .assign(new RoleAssignment("p-1", Role.DISPATCHER, "ghost", STREET),
                            new RoleAssignment("p-1", Role.DISPATCHER, "centre", "370402003999"),
                            new RoleAssignment("p-2", Role.HANDLER, "second-centre", STREET),
                            new RoleAssignment("p-2", Role.HANDLER, "second-centre", STREET));
            List<Problem> problems = problems(b);
            assertThat(problems).extracting(Problem::where).containsExactly(
                    "organisations[1].id", "organisations[2]", "organisations[3].areaCode",
                    "roles[0].organisationId", "roles[1].areaCode", "roles[3]");
            assertThat(problems.get(0).message()).isEqualTo("organisation id 'centre' is already used by"
                    + " organisations[0] (街道中心); ids must be unique, rename one or remove the repeated entry");
            assertThat(problems.get(1).message()).isEqualTo("area 370402003 (龙山路街道) already has an office, centre at"
                    + " organisations[0]; an area has at most one owning office, make the other a DEPARTMENT or move it");
            assertThat(problems.get(2).message()).contains("area 370402003999 of nowhere is not in the grid tree");
            assertThat(problems.get(3).message()).contains("organisation 'ghost', which the directory does not hold");
            assertThat(problems.get(5).message()).isEqualTo("the same person already holds HANDLER for second-centre in"
                    + " 370402003 at roles[2]; remove the repeated entry");
        }

        @Test
        @DisplayName("when a person acts for an organisation outside its area, without naming the person")
        void outsideOrganisationArea() {
            List<Problem> problems = problems(longshanBuilder()
                    .add(Organisation.office("cw", "龙山社区工作站", COMMUNITY))
                    .assign(new RoleAssignment("secret-person", Role.HANDLER, "cw", STREET)));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.where()).isEqualTo("roles[0].areaCode");
                assertThat(p.message()).isEqualTo("area 370402003 of the HANDLER assignment lies outside area"
                        + " 370402003001 of its organisation cw; a person acts for an organisation only inside the"
                        + " organisation's area").doesNotContain("secret-person");
            });
        }

        @Test
        @DisplayName("but accepts a person acting in an area inside the organisation's")
        void insideOrganisationArea() {
            InMemoryDirectory d = longshanBuilder().add(Organisation.office("centre", "中心", STREET))
                    .assign(new RoleAssignment("p-1", Role.HANDLER, "centre", GRID)).build();
            assertThat(d.holders(Role.HANDLER, GRID)).hasSize(1);
        }
    }

    @Nested
    @DisplayName("values")
    class Values {
        @Test
        @DisplayName("an organisation checks its parts against its kind and reports every problem")
        void organisationParts() {
            assertThatThrownBy(() -> new Organisation("13812345678", " ", OrganisationKind.OFFICE, "37a",
                    Set.of("c02"), MediationCategory.PEOPLES, Set.of(DisputeDomain.LABOUR)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DIRECTORY);
                        assertThat(e.problems()).extracting(Problem::where).containsExactly("organisation.id",
                                "organisation.name", "organisation.areaCode", "organisation.categories",
                                "organisation.categories", "organisation.mediationCategory",
                                "organisation.disputeDomains");
                        assertThat(e.getMessage()).doesNotContain("13812345678");
                    });
            assertThatThrownBy(() -> Organisation.department("d", "部门", STREET, Set.of()))
                    .hasMessageContaining("a department serves at least one case category");
            assertThatThrownBy(() -> Organisation.mediationCommittee("m", "调委会", STREET, MediationCategory.PEOPLES,
                    Set.of())).hasMessageContaining("takes at least one dispute domain");
        }

        @Test
        @DisplayName("a department serves a category and its subtree; a committee lists its domains in the standard order")
        void serveAndTake() {
            Organisation d = Organisation.department("d", "部门", STREET, Set.of("S03", "C02"));
            assertThat(d.categories()).containsExactly("C02", "S03");
            assertThat(d.serves("C0201")).isTrue();
            assertThat(d.serves("C0")).isFalse();
            assertThat(d.takes(DisputeDomain.LABOUR)).isFalse();
            Organisation m = Organisation.mediationCommittee("m", "调委会", STREET, MediationCategory.PEOPLES,
                    Set.of(DisputeDomain.of("tourism"), DisputeDomain.LABOUR, DisputeDomain.NEIGHBOURHOOD));
            assertThat(m.disputeDomains()).containsExactly(DisputeDomain.NEIGHBOURHOOD, DisputeDomain.LABOUR,
                    DisputeDomain.of("tourism"));
            assertThat(m).hasToString("Organisation[m, MEDIATION_COMMITTEE PEOPLES, area 370402003, 调委会]");
            assertThat(m.serves("C02")).isFalse();
        }

        @Test
        @DisplayName("a role assignment refuses ids shaped like phone or identity numbers without repeating them")
        void assignmentIds() {
            assertThatThrownBy(() -> new RoleAssignment("13812345678", Role.HANDLER, "11010519491231002X", "x"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::where)
                                .containsExactly("personId", "organisationId", "areaCode");
                        assertThat(e.getMessage()).doesNotContain("13812345678").doesNotContain("11010519491231002X");
                    });
        }
    }
}
