package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.gridgov.core.grid.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffingTest {
    private final GridTree tree = Fixtures.tree();
    private final Network safety = Network.PUBLIC_SAFETY;
    private final Network livelihood = Network.LIVELIHOOD;

    private final Staffing staffing = Staffing.of(tree, List.of(
            new StaffAssignment("P-001", FULONG_1, StaffRole.FULL_TIME_GRID_MEMBER, Set.of(safety, livelihood)),
            new StaffAssignment("P-002", FULONG_1, StaffRole.FULL_TIME_GRID_MEMBER, Set.of(livelihood)),
            new StaffAssignment("P-003", FULONG, StaffRole.COMMUNITY_POLICE, Set.of(safety)),
            new StaffAssignment("P-004", LONGSHAN, StaffRole.LEGAL_ADVISER, Set.of(safety, livelihood)),
            new StaffAssignment("P-001", FULONG_2, StaffRole.GRID_LEADER, Set.of(Network.PARTY_BUILDING)),
            new StaffAssignment("P-005", BUILDING_1, StaffRole.BUILDING_LEADER, Set.of(livelihood))));

    @Test
    @DisplayName("finds the holders in the area itself, only those serving the network")
    void here() {
        assertThat(staffing.holders(StaffRole.FULL_TIME_GRID_MEMBER, safety, FULONG_1)).get().satisfies(m -> {
            assertThat(m.area().code()).isEqualTo(FULONG_1);
            assertThat(m.levelsUp()).isZero();
            assertThat(m.isInherited()).isFalse();
            assertThat(m.holders()).extracting(StaffAssignment::personId).containsExactly("P-001");
        });
        assertThat(staffing.holders(StaffRole.FULL_TIME_GRID_MEMBER, livelihood, FULONG_1)).get()
                .satisfies(m -> assertThat(m.holders()).extracting(StaffAssignment::personId).containsExactly("P-001", "P-002"));
    }

    @Test
    @DisplayName("falls back up the tree when nobody holds the role at the area")
    void fallsBack() {
        assertThat(staffing.holders(StaffRole.COMMUNITY_POLICE, safety, BUILDING_2)).get().satisfies(m -> {
            assertThat(m.area().code()).isEqualTo(FULONG);
            assertThat(m.levelsUp()).isEqualTo(2);
            assertThat(m.isInherited()).isTrue();
        });
        assertThat(staffing.holders(StaffRole.LEGAL_ADVISER, livelihood, GUANGMING_1)).get()
                .satisfies(m -> assertThat(m.area().code()).isEqualTo(LONGSHAN));
    }

    @Test
    @DisplayName("finds nobody when no area up to the top holds the role for that network")
    void nobody() {
        assertThat(staffing.holders(StaffRole.COMMUNITY_POLICE, livelihood, FULONG_1)).isEmpty();
        assertThat(staffing.holders(StaffRole.COMMUNITY_POLICE, safety, WENHUA_1)).isEmpty();
        assertThat(staffing.holders(StaffRole.EMERGENCY_MANAGEMENT, safety, BUILDING_1)).isEmpty();
    }

    @Test
    @DisplayName("lists what one person holds and what is assigned directly in an area")
    void lists() {
        assertThat(staffing.ofPerson("P-001")).extracting(StaffAssignment::role)
                .containsExactly(StaffRole.FULL_TIME_GRID_MEMBER, StaffRole.GRID_LEADER);
        assertThat(staffing.ofPerson("P-999")).isEmpty();
        assertThat(staffing.at(FULONG_1)).hasSize(2);
        assertThat(staffing.at(WENHUA_1)).isEmpty();
        assertThatThrownBy(() -> staffing.at("370402009")).isInstanceOf(NotFoundException.class);
        assertThat(staffing.toString()).isEqualTo("Staffing[assignments=6, people=5]");
    }

    @Test
    @DisplayName("an unknown area and a repeated assignment are both reported")
    void invalid() {
        assertThatThrownBy(() -> Staffing.of(tree, List.of(
                new StaffAssignment("P-1", "370402001001009", StaffRole.GRID_LEADER, Set.of(safety)),
                new StaffAssignment("P-2", FULONG_1, StaffRole.GRID_LEADER, Set.of(safety)),
                new StaffAssignment("P-2", FULONG_1, StaffRole.GRID_LEADER, Set.of(livelihood)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STAFFING);
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0).where()).isEqualTo("assignments[0].areaCode");
                    assertThat(e.problems().get(0).message()).contains("not in the grid tree");
                    assertThat(e.problems().get(1).where()).isEqualTo("assignments[2]");
                    assertThat(e.problems().get(1).message()).contains("already assigned as GRID_LEADER")
                            .contains("at assignments[1]");
                    assertThat(e.getMessage()).as("person ids never appear: a host may use phone numbers")
                            .doesNotContain("P-1").doesNotContain("P-2");
                });
    }

    @Test
    @DisplayName("an assignment needs a person and at least one network; the set of networks is open")
    void assignment() {
        assertThatThrownBy(() -> new StaffAssignment(" ", FULONG_1, StaffRole.GRID_LEADER, Set.of(safety)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("personId: it is blank");
        assertThatThrownBy(() -> new StaffAssignment("P-1", FULONG_1, StaffRole.GRID_LEADER, Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("serves no network");
        Network fire = Network.of("fire", "fire safety", "消防");
        StaffAssignment a = new StaffAssignment("P-1", FULONG_1, StaffRole.VOLUNTEER_GRID_MEMBER, Set.of(fire, safety));
        assertThat(a.serves(fire)).isTrue();
        assertThat(new StaffAssignment("P-1", FULONG_1, StaffRole.GRID_LEADER,
                Set.of(fire, Network.CIVILISATION, Network.of("ai", "x", "x"), Network.PARTY_BUILDING)).networks())
                .as("standard networks first in their usual order, then others by key")
                .containsExactly(Network.PARTY_BUILDING, Network.CIVILISATION, Network.of("ai", "x", "x"), fire);
        assertThat(Network.standard()).hasSize(5).doesNotContain(fire);
        assertThat(StaffRole.COMMUNITY_POLICE.isProfessionalForce()).isTrue();
        assertThat(StaffRole.GRID_LEADER.isProfessionalForce()).isFalse();
    }
}
