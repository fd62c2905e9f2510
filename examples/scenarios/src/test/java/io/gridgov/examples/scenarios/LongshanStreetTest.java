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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LongshanStreet.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
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
}
