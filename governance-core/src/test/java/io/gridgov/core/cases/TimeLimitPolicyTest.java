package io.gridgov.core.cases;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gridgov.core.cases.CaseFixtures.CN;
import static io.gridgov.core.cases.CaseFixtures.TAXONOMY;
import static io.gridgov.core.cases.TimeLimitPolicy.Selector.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A time-limit policy")
class TimeLimitPolicyTest {
    private static TimeLimitPolicy.Builder defaults() {
        TimeLimitPolicy.Builder b = TimeLimitPolicy.builder(TAXONOMY, CN);
        for (Stage s : Stage.values()) {
            b.limit(s, all(), TimeLimit.workingDays(10));
        }
        return b;
    }

    @Test
    @DisplayName("picks the most specific category first, then the priority, then the level")
    void precedence() {
        TimeLimitPolicy p = defaults()
                .limit(Stage.HANDLE, all().category("C"), TimeLimit.workingDays(8))
                .limit(Stage.HANDLE, all().category("C02"), TimeLimit.workingDays(5))
                .limit(Stage.HANDLE, all().priority(Priority.URGENT), TimeLimit.naturalHours(48))
                .limit(Stage.HANDLE, all().category("C02").level("county"), TimeLimit.workingDays(4))
                .limit(Stage.HANDLE, all().category("C02").priority(Priority.URGENT), TimeLimit.naturalHours(24))
                .build();
        assertThat(p.limit(Stage.HANDLE, "C0201", Priority.ROUTINE, "township")).isEqualTo(TimeLimit.workingDays(5));
        assertThat(p.limit(Stage.HANDLE, "C0201", Priority.ROUTINE, "county")).isEqualTo(TimeLimit.workingDays(4));
        // priority beats level at the same category
        assertThat(p.limit(Stage.HANDLE, "C0201", Priority.URGENT, "county")).isEqualTo(TimeLimit.naturalHours(24));
        // the category beats the priority: C0101 is under C, which has a limit; any-category URGENT comes later
        assertThat(p.limit(Stage.HANDLE, "C0101", Priority.URGENT, "township")).isEqualTo(TimeLimit.workingDays(8));
        assertThat(p.limit(Stage.HANDLE, "S0101", Priority.URGENT, "township")).isEqualTo(TimeLimit.naturalHours(48));
        assertThat(p.limit(Stage.HANDLE, "S0101", Priority.ROUTINE, "township")).isEqualTo(TimeLimit.workingDays(10));
        assertThat(p.limit(Stage.VERIFY, "C0201", Priority.URGENT, "county")).isEqualTo(TimeLimit.workingDays(10));
    }

    @Test
    @DisplayName("reports every problem at once: unknown category and level, duplicates, missing defaults")
    void problems() {
        TimeLimitPolicy.Builder b = TimeLimitPolicy.builder(TAXONOMY, CN)
                .limit(Stage.HANDLE, all(), TimeLimit.workingDays(15))
                .limit(Stage.HANDLE, all(), TimeLimit.workingDays(10))
                .limit(Stage.HANDLE, all().category("Z9"), TimeLimit.workingDays(3))
                .limit(Stage.HANDLE, all().level("galaxy"), TimeLimit.workingDays(3));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessage()).startsWith("GOV-017: ");
            assertThat(e.problems()).extracting(Problem::where).containsExactly(
                    "HANDLE [category=any, priority=any, level=any]",
                    "HANDLE [category=Z9, priority=any, level=any]",
                    "HANDLE [category=any, priority=any, level=galaxy]",
                    "REGISTER", "DISPATCH", "SIGN_FOR", "VERIFY");
        });
    }

    @Test
    @DisplayName("an unknown category at look-up is a NotFoundException naming the taxonomy")
    void unknownCategory() {
        TimeLimitPolicy p = TimeLimitPolicy.standard(TAXONOMY, CN);
        assertThatThrownBy(() -> p.limit(Stage.HANDLE, "NOPE", Priority.ROUTINE, "township"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("cn-urban-social");
    }

    @Test
    @DisplayName("the standard policy gives every stage a limit for every priority")
    void standard() {
        TimeLimitPolicy p = TimeLimitPolicy.standard(TAXONOMY, CN);
        assertThat(p.limit(Stage.HANDLE, "C0201", Priority.ROUTINE, "county")).isEqualTo(TimeLimit.workingDays(15));
        assertThat(p.limit(Stage.HANDLE, "C0201", Priority.EMERGENCY, "county")).isEqualTo(TimeLimit.naturalHours(24));
        assertThat(p.limits().get(Stage.REGISTER)).hasSize(3);
    }
}
