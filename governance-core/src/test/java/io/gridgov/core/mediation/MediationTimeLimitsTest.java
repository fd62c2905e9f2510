package io.gridgov.core.mediation;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.mediation.MediationLimit.Expiry;
import io.gridgov.core.mediation.MediationLimit.Start;
import io.gridgov.core.mediation.MediationTimeLimits.Selector;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.gridgov.core.mediation.CourtProcedure.NONE;
import static io.gridgov.core.mediation.CourtProcedure.ORDINARY;
import static io.gridgov.core.mediation.CourtProcedure.SUMMARY;
import static io.gridgov.core.mediation.MediationCategory.ADMINISTRATIVE;
import static io.gridgov.core.mediation.MediationCategory.INDUSTRY_PROFESSIONAL;
import static io.gridgov.core.mediation.MediationCategory.JUDICIAL;
import static io.gridgov.core.mediation.MediationCategory.PEOPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Mediation time limits")
class MediationTimeLimitsTest {
    static final MediationTimeLimits STANDARD = MediationTimeLimits.standard();
    static final MediationLimit MONTH = new MediationLimit(TimeLimit.calendarMonths(1), Start.ACCEPTANCE, true, Expiry.WARNS);
    static final MediationLimit LABOUR = new MediationLimit(TimeLimit.calendarDays(15), Start.APPLICATION, false,
            Expiry.PARTIES_MAY_LEAVE);
    static final MediationLimit MEDICAL = new MediationLimit(TimeLimit.workingDays(30), Start.ACCEPTANCE, true,
            Expiry.FAILS);
    static final MediationLimit TRAFFIC = new MediationLimit(TimeLimit.calendarDays(10), Start.ACCEPTANCE, false,
            Expiry.FAILS);
    static final MediationLimit PRE_LITIGATION_30 = new MediationLimit(TimeLimit.calendarDays(30), Start.ACCEPTANCE, true,
            Expiry.FAILS);
    static final MediationLimit ORDINARY_15 = new MediationLimit(TimeLimit.calendarDays(15), Start.ACCEPTANCE, true,
            Expiry.FAILS);
    static final MediationLimit SUMMARY_7 = new MediationLimit(TimeLimit.calendarDays(7), Start.ACCEPTANCE, true,
            Expiry.FAILS);

    static MediationLimit days(int n) {
        return new MediationLimit(TimeLimit.calendarDays(n), Start.ACCEPTANCE, true, Expiry.WARNS);
    }

    @Nested
    @DisplayName("The standard table")
    class Standard {
        @Test
        @DisplayName("lists its rules most specific first: the five category-and-domain rules as given, then the court's two, then pre-litigation")
        void order() {
            assertThat(STANDARD.limits()).extracting(e -> e.getKey() + " -> " + e.getValue()).containsExactly(
                    "[category=PEOPLES, domain=labour] -> " + LABOUR,
                    "[category=PEOPLES, domain=medical] -> " + MEDICAL,
                    "[category=INDUSTRY_PROFESSIONAL, domain=labour] -> " + LABOUR,
                    "[category=INDUSTRY_PROFESSIONAL, domain=medical] -> " + MEDICAL,
                    "[category=ADMINISTRATIVE, domain=traffic] -> " + TRAFFIC,
                    "[category=JUDICIAL, procedure=ORDINARY] -> " + ORDINARY_15,
                    "[category=JUDICIAL, procedure=SUMMARY] -> " + SUMMARY_7,
                    "[category=PRE_LITIGATION] -> " + PRE_LITIGATION_30);
            assertThat(STANDARD.otherwise()).isEqualTo(MONTH);
            assertThat(STANDARD.confirmationWindow()).isEqualTo(TimeLimit.calendarDays(30));
            assertThat(STANDARD.toString()).isEqualTo("MediationTimeLimits[8 rules, otherwise " + MONTH + "]");
            assertThat(MONTH.toString()).isEqualTo("1 CALENDAR_MONTHS from ACCEPTANCE, extendable, WARNS");
        }

        @ParameterizedTest(name = "{0} x {1} x {2} -> {3}")
        @CsvSource({
                "PEOPLES, labour, NONE, LABOUR",
                "INDUSTRY_PROFESSIONAL, labour, NONE, LABOUR",
                "PEOPLES, medical, NONE, MEDICAL",
                "INDUSTRY_PROFESSIONAL, medical, NONE, MEDICAL",
                "ADMINISTRATIVE, traffic, NONE, TRAFFIC",
                "PRE_LITIGATION, other, NONE, PRE_LITIGATION",
                "PRE_LITIGATION, labour, NONE, PRE_LITIGATION",
                "PRE_LITIGATION, medical, NONE, PRE_LITIGATION",
                "JUDICIAL, labour, ORDINARY, ORDINARY",
                "JUDICIAL, medical, ORDINARY, ORDINARY",
                "JUDICIAL, neighbourhood, SUMMARY, SUMMARY",
                "PEOPLES, neighbourhood, NONE, MONTH",
                "PEOPLES, traffic, NONE, MONTH",
                "INDUSTRY_PROFESSIONAL, finance, NONE, MONTH",
                "ADMINISTRATIVE, labour, NONE, MONTH",
                "ADMINISTRATIVE, medical, NONE, MONTH",
                "PEOPLES, tourism, NONE, MONTH"})
        @DisplayName("gives each mediation the law's limit")
        void everyRow(MediationCategory category, String domain, CourtProcedure procedure, String expected) {
            MediationLimit want = Map.of("LABOUR", LABOUR, "MEDICAL", MEDICAL, "TRAFFIC", TRAFFIC, "PRE_LITIGATION",
                    PRE_LITIGATION_30, "ORDINARY", ORDINARY_15, "SUMMARY", SUMMARY_7, "MONTH", MONTH).get(expected);
            assertThat(STANDARD.limitFor(category, DisputeDomain.of(domain), procedure)).isEqualTo(want);
        }

        @Test
        @DisplayName("sets one application window: 10 calendar days for the traffic police's mediation of an accident")
        void applicationWindow() {
            assertThat(STANDARD.applicationWindows()).extracting(e -> e.getKey() + " -> " + e.getValue())
                    .containsExactly("[category=ADMINISTRATIVE, domain=traffic] -> 10 CALENDAR_DAYS");
            assertThat(STANDARD.applicationWindow(ADMINISTRATIVE, DisputeDomain.TRAFFIC, NONE))
                    .contains(TimeLimit.calendarDays(10));
            assertThat(STANDARD.applicationWindow(PEOPLES, DisputeDomain.TRAFFIC, NONE)).isEmpty();
            assertThat(STANDARD.applicationWindow(ADMINISTRATIVE, DisputeDomain.MEDICAL, NONE)).isEmpty();
            assertThat(STANDARD.applicationWindow(JUDICIAL, DisputeDomain.TRAFFIC, ORDINARY)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Precedence")
    class Precedence {
        final MediationTimeLimits oneKey = MediationTimeLimits.builder().otherwise(MONTH)
                .confirmationWindow(TimeLimit.calendarDays(30))
                .limit(Selector.any().category(PEOPLES), days(1))
                .limit(Selector.any().procedure(NONE), days(2))
                .limit(Selector.any().domain(DisputeDomain.LABOUR), days(3))
                .build();

        @Test
        @DisplayName("between selectors naming one key, the domain beats the procedure, which beats the category")
        void domainOverProcedureOverCategory() {
            assertThat(oneKey.limits()).extracting(e -> e.getKey().toString())
                    .containsExactly("[domain=labour]", "[procedure=NONE]", "[category=PEOPLES]");
            assertThat(oneKey.limitFor(PEOPLES, DisputeDomain.LABOUR, NONE)).isEqualTo(days(3));
            assertThat(oneKey.limitFor(PEOPLES, DisputeDomain.MEDICAL, NONE)).isEqualTo(days(2));
            assertThat(oneKey.limitFor(JUDICIAL, DisputeDomain.MEDICAL, ORDINARY)).isEqualTo(MONTH);
            assertThat(oneKey.limitFor(PEOPLES, DisputeDomain.MEDICAL, ORDINARY)).isEqualTo(days(1));
        }

        @Test
        @DisplayName("a selector naming more keys beats any naming fewer; among two keys, domain-and-procedure beats category-and-domain beats category-and-procedure")
        void moreKeysFirst() {
            MediationTimeLimits p = MediationTimeLimits.builder().otherwise(MONTH)
                    .confirmationWindow(TimeLimit.calendarDays(30))
                    .limit(Selector.any().domain(DisputeDomain.LABOUR), days(1))
                    .limit(Selector.any().category(PEOPLES).procedure(NONE), days(2))
                    .limit(Selector.any().category(PEOPLES).domain(DisputeDomain.LABOUR), days(3))
                    .limit(Selector.any().domain(DisputeDomain.LABOUR).procedure(NONE), days(4))
                    .limit(Selector.any().category(PEOPLES).domain(DisputeDomain.LABOUR).procedure(NONE), days(5))
                    .build();
            assertThat(p.limits()).extracting(e -> e.getValue().limit().amount()).containsExactly(5L, 4L, 3L, 2L, 1L);
            assertThat(p.limitFor(PEOPLES, DisputeDomain.LABOUR, NONE)).isEqualTo(days(5));
            assertThat(p.limitFor(INDUSTRY_PROFESSIONAL, DisputeDomain.LABOUR, NONE)).isEqualTo(days(4));
            assertThat(p.limitFor(PEOPLES, DisputeDomain.LABOUR, ORDINARY)).isEqualTo(days(3));
            assertThat(p.limitFor(PEOPLES, DisputeDomain.MEDICAL, NONE)).isEqualTo(days(2));
            assertThat(p.limitFor(JUDICIAL, DisputeDomain.LABOUR, ORDINARY)).isEqualTo(days(1));
            assertThat(p.limitFor(JUDICIAL, DisputeDomain.MEDICAL, SUMMARY)).isEqualTo(MONTH);
        }

        @Test
        @DisplayName("in the standard table a labour dispute in people's mediation takes 15 days over the month, and in a lawsuit the court's days")
        void standardPrecedence() {
            assertThat(STANDARD.limitFor(PEOPLES, DisputeDomain.LABOUR, NONE)).isEqualTo(LABOUR);
            assertThat(STANDARD.limitFor(JUDICIAL, DisputeDomain.LABOUR, SUMMARY)).isEqualTo(SUMMARY_7);
        }
    }

    @Nested
    @DisplayName("The builder")
    class TheBuilder {
        @Test
        @DisplayName("reports every problem at once with GOV-017: a duplicate selector, a procedure on a non-JUDICIAL selector, a missing fallback and confirmation window")
        void everyProblem() {
            MediationTimeLimits.Builder b = MediationTimeLimits.builder()
                    .limit(Selector.any().domain(DisputeDomain.LABOUR), days(1))
                    .limit(Selector.any().domain(DisputeDomain.LABOUR), days(2))
                    .limit(Selector.any().category(PEOPLES).procedure(ORDINARY), days(3))
                    .applicationWindow(Selector.any().procedure(SUMMARY), TimeLimit.calendarDays(10))
                    .applicationWindow(Selector.any().domain(DisputeDomain.TRAFFIC), TimeLimit.calendarDays(10))
                    .applicationWindow(Selector.any().domain(DisputeDomain.TRAFFIC), TimeLimit.calendarDays(5));
            assertThatThrownBy(b::build)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TIME_LIMIT_POLICY);
                        assertThat(e.problems()).extracting(Problem::where).containsExactly("limits[domain=labour]",
                                "limits[category=PEOPLES, procedure=ORDINARY]", "applicationWindows[procedure=SUMMARY]",
                                "applicationWindows[domain=traffic]", "otherwise", "confirmationWindow");
                    })
                    .hasMessage("GOV-017: mediation time limits cannot be built (6 problems)"
                            + "\n  - limits[domain=labour]: a second limit for the same selector (" + days(2)
                            + "); keep one rule per selector"
                            + "\n  - limits[category=PEOPLES, procedure=ORDINARY]: a court procedure other than NONE is only"
                            + " ever set on JUDICIAL mediations; add category(JUDICIAL) to the selector"
                            + "\n  - applicationWindows[procedure=SUMMARY]: a court procedure other than NONE is only ever"
                            + " set on JUDICIAL mediations; add category(JUDICIAL) to the selector"
                            + "\n  - applicationWindows[domain=traffic]: a second window for the same selector"
                            + " (5 CALENDAR_DAYS); keep one rule per selector"
                            + "\n  - otherwise: missing; call otherwise(limit) with the limit for mediations no rule names"
                            + "\n  - confirmationWindow: missing; call confirmationWindow(TimeLimit.calendarDays(30))");
        }

        @Test
        @DisplayName("keeps the first of two rules for one selector only as a problem, never silently")
        void firstRuleIsNotKeptSilently() {
            assertThatThrownBy(() -> MediationTimeLimits.builder().otherwise(MONTH)
                    .confirmationWindow(TimeLimit.calendarDays(30))
                    .limit(Selector.any().category(PEOPLES), days(1))
                    .limit(Selector.any().category(PEOPLES), days(1)).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("GOV-017: mediation time limits cannot be built (1 problem)");
        }

        @Test
        @DisplayName("accepts a procedure NONE on any selector, and a minimal policy of a fallback and a window")
        void minimal() {
            MediationTimeLimits p = MediationTimeLimits.builder().otherwise(MONTH)
                    .confirmationWindow(TimeLimit.calendarDays(20))
                    .limit(Selector.any().category(PEOPLES).procedure(NONE), days(9)).build();
            assertThat(p.limitFor(PEOPLES, DisputeDomain.OTHER, NONE)).isEqualTo(days(9));
            assertThat(p.confirmationWindow()).isEqualTo(TimeLimit.calendarDays(20));
            assertThat(p.applicationWindows()).isEmpty();
            assertThat(Selector.any().toString()).isEqualTo("[any]");
        }
    }
}
