package io.gridgov.spi.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.WorkCalendar;
import io.gridgov.spi.conformance.TrackingNumbersContract;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The daily-sequence tracking numbers")
class DailySequenceTrackingNumbersTest extends TrackingNumbersContract {
    private static final String COMMUNITY = "370402003001";

    @Override
    protected TrackingNumbers create() {
        return DailySequenceTrackingNumbers.create();
    }

    @Nested
    @DisplayName("format")
    class Format {
        @Test
        @DisplayName("{area}-{yyyyMMdd}-{seq} with a 6-digit sequence counting from 1 per area and day")
        void format() {
            TrackingNumbers n = DailySequenceTrackingNumbers.create();
            assertThat(n.next(COMMUNITY, NOW)).isEqualTo("370402003001-20240105-000001");
            assertThat(n.next(COMMUNITY, NOW)).isEqualTo("370402003001-20240105-000002");
            assertThat(n.next("370402003002", NOW)).isEqualTo("370402003002-20240105-000001");
            assertThat(n.next(COMMUNITY, NOW.plus(Duration.ofDays(1)))).isEqualTo("370402003001-20240106-000001");
            assertThat(n.next(COMMUNITY, NOW)).isEqualTo("370402003001-20240105-000003");
        }

        @Test
        @DisplayName("takes the day in Asia/Shanghai by default: 16:00 UTC is already the next day")
        void shanghaiDay() {
            TrackingNumbers n = DailySequenceTrackingNumbers.create();
            assertThat(n.next(COMMUNITY, Instant.parse("2024-01-05T15:59:59Z"))).isEqualTo("370402003001-20240105-000001");
            assertThat(n.next(COMMUNITY, Instant.parse("2024-01-05T16:00:00Z"))).isEqualTo("370402003001-20240106-000001");
        }

        @Test
        @DisplayName("takes the day in the zone configured")
        void otherZone() {
            DailySequenceTrackingNumbers n = DailySequenceTrackingNumbers.builder().zone(ZoneOffset.UTC)
                    .sequenceDigits(4).build();
            assertThat(n.next(COMMUNITY, Instant.parse("2024-01-05T16:00:00Z"))).isEqualTo("370402003001-20240105-0001");
            assertThat(n.zone()).isEqualTo(ZoneOffset.UTC);
            assertThat(n.sequenceDigits()).isEqualTo(4);
            assertThat(n).hasToString("DailySequenceTrackingNumbers[zone=Z, digits=4, retainedDays=2]");
        }

        @Test
        @DisplayName("is at most 53 characters: a 34-digit area and a 9-digit sequence")
        void longest() {
            String n = DailySequenceTrackingNumbers.builder().sequenceDigits(9).build().next("9".repeat(34), NOW);
            assertThat(n).hasSize(53).endsWith("-20240105-000000001");
        }

        @Test
        @DisplayName("is accepted by the case lifecycle as the tracking number of a report in a 12-digit community")
        void acceptedByCaseLifecycle() {
            LevelScheme cn = LevelScheme.chinaNational();
            GridTree tree = GridTree.of(cn, List.of(
                    Area.of("370000", "山东省", cn.level("province"), null),
                    Area.of("370400", "枣庄市", cn.level("prefecture"), "370000"),
                    Area.of("370402", "市中区", cn.level("county"), "370400"),
                    Area.of("370402003", "龙山路街道", cn.level("township"), "370402"),
                    Area.of(COMMUNITY, "龙山社区", cn.level("village"), "370402003"),
                    Area.grid("370402003001001", "龙山社区第1网格", cn, GridKind.BASIC, COMMUNITY)));
            CategoryTaxonomy taxonomy = CategoryTaxonomy.urbanAndSocial();
            CaseLifecycle lifecycle = CaseLifecycle.builder().grid(tree)
                    .calendar(WorkCalendar.china(List.of(HolidaySchedule.china2025())))
                    .timeLimits(TimeLimitPolicy.standard(taxonomy, cn)).build();
            TrackingNumbers numbers = DailySequenceTrackingNumbers.create();
            Instant now = Instant.parse("2025-03-03T02:00:00Z");
            for (int i = 1; i <= 3; i++) {
                String number = numbers.next(COMMUNITY, now);
                CaseReport report = new CaseReport(CommandId.of("cmd-" + i), Actor.of("r-1", Role.RESIDENT, "residents",
                        "370402"), CaseId.of("case-" + i), number, CaseKind.HELP, "C0201", Channel.APP, Priority.ROUTINE,
                        Location.inArea("370402003001001"), Reporter.anonymous(), FreeText.of("路面破损"),
                        "longshan-centre", COMMUNITY);
                assertThat(lifecycle.report(report, now).next().trackingNumber())
                        .isEqualTo("370402003001-20250303-00000" + i);
            }
        }
    }

    @Nested
    @DisplayName("overflow")
    class Overflow {
        @Test
        @DisplayName("refuses with GOV-061 once the day's sequence is used up, and goes on refusing; other areas and days go on")
        void exhausted() {
            TrackingNumbers n = DailySequenceTrackingNumbers.builder().sequenceDigits(1).build();
            for (int i = 1; i <= 9; i++) {
                assertThat(n.next(COMMUNITY, NOW)).endsWith("-" + i);
            }
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> n.next(COMMUNITY, NOW)).isInstanceOfSatisfying(GovernanceException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TRACKING_SEQUENCE_EXHAUSTED))
                        .hasMessage("GOV-061: area 370402003001 has used all 9 tracking numbers of 2024-01-05"
                                + " (Asia/Shanghai): the sequence has 1 digits; build the generator with a wider"
                                + " sequence, e.g. DailySequenceTrackingNumbers.builder().sequenceDigits(3)");
            }
            assertThat(n.next("370402003002", NOW)).isEqualTo("370402003002-20240105-1");
            assertThat(n.next(COMMUNITY, NOW.plus(Duration.ofDays(1)))).isEqualTo("370402003001-20240106-1");
        }
    }

    @Nested
    @DisplayName("memory")
    class Memory {
        @Test
        @DisplayName("keeps counters for the newest day and the day before, and refuses older days with GOV-062")
        void closedDays() {
            DailySequenceTrackingNumbers n = DailySequenceTrackingNumbers.create();
            Instant d1 = NOW;
            Instant d2 = NOW.plus(Duration.ofDays(1));
            Instant d3 = NOW.plus(Duration.ofDays(2));
            assertThat(n.next(COMMUNITY, d1)).endsWith("20240105-000001");
            assertThat(n.next(COMMUNITY, d2)).endsWith("20240106-000001");
            assertThat(n.next(COMMUNITY, d1)).endsWith("20240105-000002"); // yesterday is still open
            assertThat(n.next(COMMUNITY, d3)).endsWith("20240107-000001");
            assertThatThrownBy(() -> n.next(COMMUNITY, d1)).isInstanceOfSatisfying(GovernanceException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.TRACKING_DAY_CLOSED))
                    .hasMessageContaining("GOV-062: tracking numbers for area 370402003001 on 2024-01-05 (Asia/Shanghai)"
                            + " can no longer be issued")
                    .hasMessageContaining("retainedDays(...)");
            assertThatThrownBy(() -> n.next("370402003009", d1)).isInstanceOf(GovernanceException.class);
            assertThat(n.next(COMMUNITY, d2)).endsWith("20240106-000002");
        }

        @Test
        @DisplayName("holds one counter per busy area and kept day, however many days pass")
        void bounded() {
            DailySequenceTrackingNumbers n = DailySequenceTrackingNumbers.create();
            for (int day = 0; day < 100; day++) {
                for (int area = 1; area <= 10; area++) {
                    n.next("3704020030" + (10 + area), NOW.plus(Duration.ofDays(day)));
                }
            }
            assertThat(n.countersHeld()).isLessThanOrEqualTo(20);
        }

        @Test
        @DisplayName("keeps as many days as configured")
        void retained() {
            DailySequenceTrackingNumbers n = DailySequenceTrackingNumbers.builder().retainedDays(30).build();
            n.next(COMMUNITY, NOW.plus(Duration.ofDays(29)));
            assertThat(n.next(COMMUNITY, NOW)).endsWith("20240105-000001");
            assertThatThrownBy(() -> n.next(COMMUNITY, NOW.minus(Duration.ofDays(1))))
                    .isInstanceOf(GovernanceException.class);
            assertThat(n.retainedDays()).isEqualTo(30);
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refusals {
        @ParameterizedTest(name = "{0} sequence digits")
        @ValueSource(ints = {0, -1, 10})
        @DisplayName("a sequence width outside 1 to 9")
        void width(int digits) {
            assertThatThrownBy(() -> DailySequenceTrackingNumbers.builder().sequenceDigits(digits))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("sequenceDigits: it is " + digits);
        }

        @ParameterizedTest(name = "{0} days")
        @ValueSource(ints = {0, 3661})
        @DisplayName("a retention outside 1 to 3660 days")
        void retention(int days) {
            assertThatThrownBy(() -> DailySequenceTrackingNumbers.builder().retainedDays(days))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("retainedDays: it is " + days);
        }

        @Test
        @DisplayName("an instant whose day has no four-digit year, naming it")
        void farInstant() {
            assertThatThrownBy(() -> DailySequenceTrackingNumbers.create().next(COMMUNITY, Instant.MAX))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside the years 1 to 9999");
            assertThatThrownBy(() -> DailySequenceTrackingNumbers.create().next(COMMUNITY,
                    Instant.parse("-0001-06-01T00:00:00Z"))).isInstanceOf(InvalidInputException.class);
        }

        @Test
        @DisplayName("an area code without repeating it when it might be personal data: only its length")
        void areaNotEchoed() {
            assertThatThrownBy(() -> DailySequenceTrackingNumbers.create().next("138-0013-8000", NOW))
                    .hasMessageNotContaining("138-0013-8000").hasMessageContaining("13 characters");
        }

        @Test
        @DisplayName("a null zone")
        void nullZone() {
            assertThatThrownBy(() -> DailySequenceTrackingNumbers.builder().zone((ZoneId) null))
                    .isInstanceOf(NullPointerException.class);
        }
    }
}
