package io.gridgov.examples.scenarios;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The main example, Longshan Road Street")
class LongshanStreetTest {
    private static final String COMPLAINT = "370402003001001-20250929-000001";
    private static final String UNSIGNED = "370402003002003-20250930-000001";
    private static final String PATROL = "370402003001001-20251013-000001";
    private static final String LEAK = "37040200300100300001-20251103-000001";

    private static String out;

    @BeforeAll
    static void runOnce() {
        out = output();
    }

    @Test
    @DisplayName("prints the same trace on every run (every instant is fixed)")
    void deterministic() {
        assertThat(output()).isEqualTo(out);
    }

    @Test
    @DisplayName("loads the sample street and answers the grid's questions")
    void grid() {
        assertThat(out)
                .contains("grids: 44 basic, 8 exclusive")
                .containsPattern("building \\(楼栋\\)\\s+453")
                .contains("370402003001 龙山社区: 8 grids, 67 buildings")
                .contains("street 370402003 is a street (街道)")
                .contains("its street     370402003 龙山路街道")
                .containsPattern("COMMUNITY_POLICE 社区民警 for 平安 in \\d{20}: P-\\d{4} \\(from .*社区, 2 levels up\\)")
                .contains("FULL_TIME_GRID_MEMBER 专职网格员 for 平安 in 370402003001001: P-")
                .containsPattern("an open case filed under building \\d{20} now belongs to \\[370402003001001\\d{5}\\]")
                .contains("grids now: 51 (was 52)")
                .contains("locator over 65 boundaries; directory of 68 organisations; rule set longshan-2025 (3 list entries)");
    }

    @Nested
    @DisplayName("takes the 12345 complaint through the host")
    class Complaint {
        private final String section = between("-- A 12345 complaint", "-- Another complaint");

        @Test
        @DisplayName("locates the caller's position in a grid and numbers the case by grid and day")
        void locatesAndNumbers() {
            assertThat(section)
                    .contains("the caller's position lies in grid 370402003001001")
                    .contains("tracking number " + COMPLAINT);
        }

        @Test
        @DisplayName("routes it by the responsibility list to the street's squad and explains why in English and Chinese")
        void routes() {
            assertThat(section)
                    .contains("routed to longshan-urban (BASIC_DUTY, fallback HIGHER_AREA), limit 3 WORKING_DAYS,"
                            + " handling level street, SMALL cycle")
                    .contains("EN: E0501 (unlicensed street vendor) in 370402003001001 (龙山社区第1网格, grid), a routine"
                            + " complaint: tried E0501, E05, E at 370402003001001,")
                    .contains("entries[0] matched: E05 at 370402003 (street), basic duty")
                    .contains("ZH: 370402003001001（龙山社区第1网格，网格）的E0501（无照经营游商）（一般投诉）")
                    .contains("命中entries[0]：370402003（街道）的E05，基本履职");
        }

        @Test
        @DisplayName("commits every step and delivers the dispatch notice to the owning organisation")
        void commitsAndNotifies() {
            assertThat(section)
                    .containsPattern("case {4}v1  Reported {15}by op-07 {10}at 2025-09-29T09:15")
                    .contains("case    v3  Dispatched             by op-07          at 2025-09-29T09:55\n"
                            + "           -> case.dispatched to longshan-urban: delivered")
                    .contains("refused: GOV-020: case " + COMPLAINT + " cannot take FEED_BACK while DISPATCHED");
        }

        @Test
        @DisplayName("refuses a commit from a stale version, and replays a retried command without writing anything")
        void conflictAndReplay() {
            assertThat(section)
                    .contains("case    v4  SignedFor              by um-31")
                    .contains("stale commit refused: GOV-030: case ls-0001 is at version 4, not 3 as the commit expected;"
                            + " nothing was written")
                    .contains("case    v5  Urged                  by resident-8841  at 2025-09-30T09:00\n"
                            + "           -> case.urged to longshan-urban: delivered")
                    .contains("retry of app-urge-8841-1: replayed true, stored v5 returned; events 5 -> 5, deliveries 2 -> 2")
                    .contains("handle by 2025-10-29T00:00");
            assertThat(section).doesNotContain("v6");
        }

        @Test
        @DisplayName("closes the loop and asks the reporter, by id, to evaluate")
        void closes() {
            assertThat(between("-- The complaint is handled", "-- The micro cycle"))
                    .contains("case    v7  Closed                 by op-07          at 2025-10-11T16:00\n"
                            + "           -> case.evaluation-requested to resident-8841: delivered")
                    .contains("case    v8  Evaluated              by resident-8841")
                    .contains("Case[" + COMPLAINT + ", EVALUATED, v8, E0501, area 370402003001001]");
        }
    }

    @Test
    @DisplayName("queries open cases by area subtree and sweeps the overdue one, raising a warning its owner hears of")
    void queriesAndSweeps() {
        assertThat(between("-- Another complaint", "-- The complaint is handled"))
                .contains("located in grid 370402003002003; tracking number " + UNSIGNED)
                .contains("routed to community-370402003002 (fallback BROADER_CATEGORY, cooperating [longshan-sanitation])")
                .contains("sign for by 2025-10-10T00:00")
                .contains("open in the street: " + COMPLAINT + " IN_PROGRESS, " + UNSIGNED + " DISPATCHED")
                .contains("open in Longshan Community: " + COMPLAINT + " IN_PROGRESS\n")
                .contains("overdue (due before 2025-10-10T09:00): " + UNSIGNED + " DISPATCHED\n")
                .contains("case    v4  WarningRaised          by sweeper        at 2025-10-10T09:00\n"
                        + "           -> case.warning to community-370402003002: delivered");
    }

    @Test
    @DisplayName("resolves a patrol find on the spot; with no list entry the grid's own station owns it")
    void microCycle() {
        assertThat(between("-- The micro cycle", "== A neighbourhood dispute"))
                .contains("no list entry: owner grid-370402003001001 (fallback TERRITORY), handling level grid, MICRO cycle")
                .contains("case    v2  ResolvedOnSpot         by gm-001")
                .contains("Case[" + PATROL + ", CLOSED, v3, E0101, area 370402003001001]");
    }

    @Test
    @DisplayName("mediates a dispute opened from a case through the dispute store, and its outcome closes the case")
    void mediates() {
        assertThat(between("== A neighbourhood dispute", "== The store at the end"))
                .contains("routed to longshan-pmc (fallback BROADER_CATEGORY)")
                .contains("case    v4  SignedFor              by med-11")
                .contains("mediated by longshan-pmc (PEOPLES, community level)")
                .contains("dispute v1  Applied                by med-11         at 2025-11-03T11:30")
                .contains("case    v5  Suspended              by op-07")
                .contains("dispute v2  Accepted               by med-11         at 2025-11-03T12:30\n"
                        + "           -> dispute.accepted to resident-2207: delivered\n"
                        + "           -> dispute.accepted to resident-2307: delivered")
                .contains("LS-TJ-20251103-01: 1 CALENDAR_MONTHS from ACCEPTANCE, extendable, WARNS; mediate by 2025-12-04T00:00")
                .contains("dispute v4  AgreementReached")
                .contains("judicial confirmation may be applied for until 2025-12-09T00:00")
                .contains("Dispute[LS-TJ-20251103-01, CLOSED, v6, PEOPLES/neighbourhood, area 370402003001003]:"
                        + " outcome AGREEMENT_PERFORMED")
                .contains("case    v6  ConcludedByMediation   by engine")
                .contains("Case[" + LEAK + ", EVALUATED, v7, S0102, area 37040200300100300001], outcome RESOLVED,"
                        + " concluded by dispute LS-TJ-20251103-01")
                .contains("mediation success rate in 龙山路街道: 1/1 (100.0%) over the 1 stored disputes");
    }

    @Test
    @DisplayName("leaves the store holding every case, one still open and red, and every notification delivered")
    void storeAtTheEnd() {
        assertThat(between("== The store at the end", "== The JSON storage form"))
                .contains("cases stored: " + COMPLAINT + " EVALUATED, " + UNSIGNED + " DISPATCHED, " + PATROL + " CLOSED, "
                        + LEAK + " EVALUATED")
                .contains("still open: " + UNSIGNED + " DISPATCHED RED")
                .contains("notifications delivered: 11 {case.dispatched=3, case.evaluation-requested=2, case.urged=1,"
                        + " case.warning=1, dispute.accepted=2, dispute.agreement-reached=2}");
    }

    @Test
    @DisplayName("writes the complaint's JSON storage form and reads back an equal case, showing only its size")
    void json() {
        assertThat(out.substring(out.indexOf("== The JSON storage form")))
                .containsPattern("case " + COMPLAINT + ": \\d{3,5} bytes of JSON; restored equal: true");
    }

    @Test
    @DisplayName("never prints personal data: names, phone numbers, addresses, descriptions")
    void noPersonalData() {
        for (String personal : List.of("李桂兰", "王秀英", "赵建国", "张伟", "13905321234", "13705321188", "13805321777",
                "人行道", "2单元201室", "商业街北口", "流动摊贩", "油污", "漏水", "一千五百", "李**", "139****")) {
            assertThat(out).as("the trace shows %s", personal).doesNotContain(personal);
        }
    }

    private static String between(String from, String to) {
        int start = out.indexOf(from);
        int end = out.indexOf(to, start);
        assertThat(start).as("'%s' in the trace", from).isNotNegative();
        assertThat(end).as("'%s' after '%s' in the trace", to, from).isGreaterThan(start);
        return out.substring(start, end);
    }

    /** What the main example prints. */
    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LongshanStreet.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
