package io.gridgov.examples.scenarios;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LongshanStreetTest {
    @Test
    @DisplayName("the main example loads the sample street and answers its questions")
    void runs() {
        String out = output();
        assertThat(out)
                .contains("grids: 44 basic, 8 exclusive")
                .containsPattern("building \\(楼栋\\)\\s+453")
                .contains("street 370402003 is a street (街道)")
                .contains("its street     370402003 龙山路街道")
                .containsPattern("COMMUNITY_POLICE 社区民警 for 平安 in \\d{20}: P-\\d{4} \\(from .*社区, 2 levels up\\)")
                .contains("FULL_TIME_GRID_MEMBER 专职网格员 for 平安 in 370402003001001: P-")
                .containsPattern("an open case filed under building \\d{20} now belongs to \\[370402003001001\\d{5}\\]")
                .contains("grids now: 51 (was 52)")
                .contains("v7 Evaluated        by resident-8841")
                .contains("refused: GOV-020: case LS-20250929-0001 cannot take FEED_BACK while DISPATCHED")
                .contains("handle by 2025-10-28T00:00")
                .contains("v3 Closed           by gl-001")
                .contains("reporter shows as Reporter[resident-8841, 李**, 139****1234]")
                .doesNotContain("13905321234")
                .doesNotContain("李桂兰")
                .doesNotContain("流动摊贩");
    }

    @Test
    @DisplayName("the main example mediates a neighbourhood dispute opened from a case, and its outcome closes the case")
    void mediates() {
        String out = output();
        assertThat(out.substring(out.indexOf("== A neighbourhood dispute")))
                .contains("case    v4  SignedFor              by med-11")
                .contains("dispute v1  Applied                by med-11         at 2025-11-03T11:30")
                .contains("case    v5  Suspended              by op-07")
                .contains("LS-TJ-20251103-01: 1 CALENDAR_MONTHS from ACCEPTANCE, extendable, WARNS; mediate by 2025-12-04T00:00")
                .contains("dispute v4  AgreementReached")
                .contains("judicial confirmation may be applied for until 2025-12-09T00:00")
                .contains("Dispute[LS-TJ-20251103-01, CLOSED, v6, PEOPLES/neighbourhood, area 370402003001003]: outcome AGREEMENT_PERFORMED")
                .contains("case    v6  ConcludedByMediation   by engine")
                .contains("Case[LS-20251103-0003, EVALUATED, v7, S0102, area 37040200300100300001], outcome RESOLVED,"
                        + " concluded by dispute LS-TJ-20251103-01")
                .contains("mediation success rate in 龙山路街道: 1/1 (100.0%)")
                .contains("reporter shows as Reporter[resident-2207, 王**, 137****1188]")
                .contains("13 commands accepted")
                .doesNotContain("王秀英")
                .doesNotContain("赵建国")
                .doesNotContain("13705321188")
                .doesNotContain("漏水")
                .doesNotContain("一千五百");
    }

    /** What the main example prints. */
    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LongshanStreet.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
