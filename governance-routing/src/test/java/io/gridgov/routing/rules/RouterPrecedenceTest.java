package io.gridgov.routing.rules;

import io.gridgov.core.NotFoundException;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.gridgov.core.cases.CaseKind.COMPLAINT;
import static io.gridgov.core.cases.CaseKind.HAZARD;
import static io.gridgov.core.cases.Priority.EMERGENCY;
import static io.gridgov.core.cases.Priority.ROUTINE;
import static io.gridgov.routing.rules.ZhangzhouWorld.GRID;
import static io.gridgov.routing.rules.ZhangzhouWorld.LANTIAN;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG_COMMUNITY;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIANGCHENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIQIAO;
import static io.gridgov.routing.rules.ZhangzhouWorld.ZHANGZHOU;
import static io.gridgov.routing.rules.ZhangzhouWorld.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Router: who is responsible, by the documented precedence")
class RouterPrecedenceTest {
    private static final TimeLimit THREE_DAYS = TimeLimit.workingDays(3);

    private static Entry entry(String category, String area, String main) {
        return Entry.of(category, area, EntryKind.BASIC_DUTY, main, THREE_DAYS);
    }

    @Nested
    @DisplayName("the most specific area wins")
    class AreaFirst {
        @Test
        @DisplayName("a street entry for a broad category beats a district entry for the exact category")
        void areaBeforeCategory() {
            Router r = builder()
                    .entry(entry("C0201", XIANGCHENG, "xc-highway"))
                    .entry(entry("C", NANKENG, "nk-street"))
                    .build().compile();

            Decision d = r.route("C0201", GRID, COMPLAINT, ROUTINE);

            assertThat(d.entryIndex()).isEqualTo(1);
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("nk-street"));
            assertThat(d.fallback()).as("the street's list is the grid's own list").isEqualTo(Fallback.BROADER_CATEGORY);
        }

        @Test
        @DisplayName("then the most specific category at that area")
        void categoryNext() {
            Router r = builder()
                    .entry(entry("C", NANKENG, "xc-urban"))
                    .entry(entry("C02", NANKENG, "xc-highway"))
                    .entry(entry("C0201", NANKENG, "nk-street"))
                    .build().compile();

            assertThat(r.route("C0201", NANKENG, COMPLAINT, ROUTINE).entryIndex()).isEqualTo(2);
            assertThat(r.route("C0202", NANKENG, COMPLAINT, ROUTINE).entryIndex()).isEqualTo(1);
            assertThat(r.route("C0101", NANKENG, COMPLAINT, ROUTINE).entryIndex()).isZero();
            assertThat(r.route("C0202", NANKENG, COMPLAINT, ROUTINE).fallback()).isEqualTo(Fallback.BROADER_CATEGORY);
            assertThat(r.route("C0201", NANKENG, COMPLAINT, ROUTINE).fallback()).isEqualTo(Fallback.NONE);
        }

        @Test
        @DisplayName("then the higher rank, among entries whose conditions hold")
        void rankLast() {
            Router r = builder()
                    .entry(entry("C02", XIANGCHENG, "xc-highway"))
                    .entry(entry("C02", XIANGCHENG, "xc-urban").withPriorities(EMERGENCY).withRank(5))
                    .entry(entry("C02", XIANGCHENG, "xc-housing").withKinds(HAZARD).withRank(1))
                    .build().compile();

            assertThat(r.route("C0201", GRID, COMPLAINT, ROUTINE).entryIndex()).isZero();
            assertThat(r.route("C0201", GRID, COMPLAINT, EMERGENCY).entryIndex()).isEqualTo(1);
            assertThat(r.route("C0201", GRID, HAZARD, ROUTINE).entryIndex()).isEqualTo(2);
            assertThat(r.route("C0201", GRID, HAZARD, EMERGENCY).entryIndex()).isEqualTo(1);
        }

        @Test
        @DisplayName("the explanation's steps are an unmodifiable list of values, equal to steps made from codes")
        void stepsAreValues() {
            Router r = builder().entry(entry("C0201", NANKENG, "nk-street")).build().compile();

            List<Step> steps = r.route("C0201", GRID, COMPLAINT, ROUTINE).explanation().steps();

            Step first = new Step(GRID, "C0201", Step.Outcome.NO_ENTRY, List.of());
            assertThat(steps).hasSize(7).startsWith(first)
                    .endsWith(new Step(NANKENG, "C0201", Step.Outcome.MATCHED, List.of()));
            assertThat(steps.get(0)).hasSameHashCodeAs(first).hasToString(first.toString())
                    .hasToString("Step[area=350602001001001, category=C0201, outcome=NO_ENTRY, notApplicable=[]]");
            assertThat(steps.get(3)).isEqualTo(new Step(NANKENG_COMMUNITY, "C0201", Step.Outcome.NO_ENTRY, List.of()));
            assertThatThrownBy(() -> steps.add(first)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> steps.set(0, first)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("an entry whose conditions fail passes the case on to broader keys")
        void conditionsPassOn() {
            Router r = builder()
                    .entry(entry("C0201", NANKENG, "nk-street").withKinds(HAZARD))
                    .entry(entry("C02", ZHANGZHOU, "zz-water"))
                    .build().compile();

            Decision d = r.route("C0201", GRID, COMPLAINT, ROUTINE);

            assertThat(d.entryIndex()).isEqualTo(1);
            assertThat(d.explanation().steps()).filteredOn(s -> s.outcome() == Step.Outcome.CONDITIONS_NOT_MET)
                    .containsExactly(new Step(NANKENG, "C0201", Step.Outcome.CONDITIONS_NOT_MET, List.of(0)));
        }
    }

    @Nested
    @DisplayName("fallbacks")
    class Fallbacks {
        private final Router router = builder()
                .entry(entry("C0201", NANKENG, "nk-street"))
                .entry(Entry.of("C02", XIANGCHENG, EntryKind.COOPERATING_DUTY, "xc-highway", TimeLimit.workingDays(5))
                        .withCooperating("nk-street", "xq-street"))
                .entry(Entry.of("S06", ZHANGZHOU, EntryKind.TAKEN_BACK, "zz-water", TimeLimit.naturalHours(24)))
                .entry(entry("E0101", XIQIAO, "xq-street"))
                .handling(HandlingRule.of("C", "township"))
                .handling(new HandlingRule("C", EMERGENCY, "county"))
                .cycle("township", Cycle.SMALL)
                .cycle("county", Cycle.LARGE)
                .dispatch(new DispatchRule("township", "county"))
                .build().compile();

        @Test
        @DisplayName("none: the exact key")
        void exact() {
            Decision d = router.route("C0201", NANKENG, COMPLAINT, ROUTINE);
            assertThat(d.fallback()).isEqualTo(Fallback.NONE);
            assertThat(d.explanation().steps()).hasSize(1);
            assertThat(d.timeLimit()).contains(THREE_DAYS);
            assertThat(d.handlingLevel().orElseThrow().key()).isEqualTo("township");
            assertThat(d.cycle()).contains(Cycle.SMALL);
        }

        @Test
        @DisplayName("none for a case in a grid that matches its street's entry: the street's list is the grid's own")
        void ownListAbove() {
            Decision d = router.route("C0201", GRID, COMPLAINT, ROUTINE);
            assertThat(d.entryIndex()).isZero();
            assertThat(d.fallback()).isEqualTo(Fallback.NONE);
            assertThat(d.explanation().fallback()).isEqualTo(Fallback.NONE);
        }

        @Test
        @DisplayName("to a county entry, from a street that has a list, with its cooperating organisations")
        void county() {
            Decision d = router.route("C0205", XIQIAO, COMPLAINT, ROUTINE);
            assertThat(d.fallback()).isEqualTo(Fallback.HIGHER_AREA);
            assertThat(d.entryKind()).contains(EntryKind.COOPERATING_DUTY);
            assertThat(d.cooperating()).containsExactly("nk-street", "xq-street");
        }

        @Test
        @DisplayName("to a city entry for a matter taken back")
        void city() {
            Decision d = router.route("S0601", LANTIAN, HAZARD, EMERGENCY);
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("zz-water"));
            assertThat(d.entryKind()).contains(EntryKind.TAKEN_BACK);
            assertThat(d.handlingLevel()).isEmpty();
            assertThat(d.fallback()).as("Lantian and Longwen publish no list: the city's is their own")
                    .isEqualTo(Fallback.BROADER_CATEGORY);
            assertThat(router.route("S0601", NANKENG, HAZARD, EMERGENCY).fallback()).as("Nankeng has a list")
                    .isEqualTo(Fallback.HIGHER_AREA);
        }


        @Test
        @DisplayName("to the territory: the office of the case's own area, or of its area at its current level")
        void territory() {
            Decision own = router.route("E0101", GRID, COMPLAINT, ROUTINE);
            assertThat(own.isTerritoryDefault()).isTrue();
            assertThat(own.fallback()).isEqualTo(Fallback.TERRITORY);
            assertThat(own.owner()).isEqualTo(new Owner.Territory(GRID, "grid"));
            assertThat(own.entry()).isEmpty();
            assertThat(own.cooperating()).isEmpty();
            assertThat(own.timeLimit()).isEmpty();
            assertThat(own.explanation().steps()).hasSize(18); // 6 areas x 3 categories, none skipped in the story

            Decision atStreet = router.route("E0101", GRID, COMPLAINT, ROUTINE, "township");
            assertThat(atStreet.owner()).isEqualTo(new Owner.Territory(NANKENG, "township"));
        }

        @Test
        @DisplayName("a whistle from a street reaches the district department the list names")
        void dispatch() {
            Decision d = router.dispatch("C0201", GRID, COMPLAINT, ROUTINE, "township");
            assertThat(d.isDispatch()).isTrue();
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("xc-highway"));
            assertThat(d.fallback()).isEqualTo(Fallback.BROADER_CATEGORY);

            Decision none = router.dispatch("E0101", GRID, COMPLAINT, ROUTINE, "township");
            assertThat(none.owner()).isEqualTo(new Owner.Territory(XIANGCHENG, "county"));

            Decision noRule = router.dispatch("C0201", GRID, COMPLAINT, ROUTINE, "village");
            assertThat(noRule.owner()).isEqualTo(new Owner.Territory(NANKENG_COMMUNITY, "village"));
            assertThat(noRule.explanation().steps()).isEmpty();
        }
    }

    @Nested
    @DisplayName("explanations, word for word")
    class Explanations {
        private final Router router = builder()
                .entry(entry("C0201", NANKENG, "nk-street"))
                .entry(Entry.of("C02", XIANGCHENG, EntryKind.COOPERATING_DUTY, "xc-highway", TimeLimit.workingDays(5))
                        .withCooperating("nk-street").withHandlingLevel("county"))
                .entry(Entry.of("C02", XIANGCHENG, EntryKind.TAKEN_BACK, "xc-urban", TimeLimit.naturalHours(4))
                        .withPriorities(EMERGENCY).withRank(1))
                .cycle("county", Cycle.LARGE)
                .dispatch(new DispatchRule("township", "county"))
                .build().compile();

        @Test
        @DisplayName("a match on the first key")
        void first() {
            Decision d = router.route("C0201", NANKENG, COMPLAINT, ROUTINE);
            assertThat(d.explanation().toEnglish()).isEqualTo("C0201 (road surface damage) in 350602001 (南坑街道,"
                    + " township / street), a routine complaint: entries[0] matched the first key tried: C0201 at"
                    + " 350602001 (township / street), basic duty. Main responsibility: nk-street; cooperating: none;"
                    + " time limit: 3 working days.");
            assertThat(d.explanation().toChinese()).isEqualTo("350602001（南坑街道，乡镇/街道）的C0201（道路破损）"
                    + "（一般投诉）：首个查找即命中entries[0]：350602001（乡镇/街道）的C0201，基本履职。主责：nk-street；"
                    + "配合：无；办理时限：3个工作日。");
            assertThat(d).hasToString(d.explanation().toEnglish());
        }

        @Test
        @DisplayName("a county fallback for a broader category, past an entry whose conditions fail")
        void county() {
            Decision d = router.route("C0202", NANKENG, CaseKind.COMPLAINT, Priority.ROUTINE);
            assertThat(d.explanation().toEnglish()).isEqualTo("C0202 (traffic light) in 350602001 (南坑街道,"
                    + " township / street), a routine complaint: tried C0202, C02, C at 350602001, then C0202 at 350602"
                    + " without a match; entries[2] does not apply to a routine complaint; entries[1] matched: C02 at"
                    + " 350602 (county / district), cooperating duty — a fallback from the township / street list of"
                    + " 350602001 to a county / district entry for the broader category C02. Main responsibility: xc-highway; cooperating: nk-street; time limit:"
                    + " 5 working days; handling level: county / district (large cycle).");
            assertThat(d.explanation().toChinese()).isEqualTo("350602001（南坑街道，乡镇/街道）的C0202（交通信号灯）"
                    + "（一般投诉）：依次查找350602001的C0202、C02、C，再查找350602的C0202，均未命中；entries[2]不适用于一般投诉；"
                    + "命中entries[1]：350602（县/区）的C02，配合履职——从350602001的乡镇/街道级清单回退到县/区级条目，上级类别C02。主责：xc-highway；"
                    + "配合：nk-street；办理时限：5个工作日；处置层级：县/区（大循环）。");
        }

        @Test
        @DisplayName("a case in a grid matching its street's list: no fallback, and the sentence says whose list")
        void ownListAbove() {
            Decision d = router.route("C0201", GRID, COMPLAINT, ROUTINE);
            assertThat(d.explanation().toEnglish()).isEqualTo("C0201 (road surface damage) in 350602001001001"
                    + " (南坑社区第1网格, grid), a routine complaint: tried C0201, C02, C at 350602001001001, then C0201,"
                    + " C02, C at 350602001001 without a match; entries[0] matched: C0201 at 350602001 (township /"
                    + " street), basic duty — the first list up from 350602001001001. Main responsibility: nk-street;"
                    + " cooperating: none; time limit: 3 working days.");
            assertThat(d.explanation().toChinese()).isEqualTo("350602001001001（南坑社区第1网格，网格）的C0201（道路破损）"
                    + "（一般投诉）：依次查找350602001001001的C0201、C02、C，再查找350602001001的C0201、C02、C，均未命中；"
                    + "命中entries[0]：350602001（乡镇/街道）的C0201，基本履职——350602001001001向上最近的清单。主责：nk-street；"
                    + "配合：无；办理时限：3个工作日。");
        }

        @Test
        @DisplayName("a street with no list of its own: the district's list is its own, so only the category falls back")
        void ownListBroader() {
            Decision d = router.route("C0202", XIQIAO, COMPLAINT, ROUTINE);
            assertThat(d.fallback()).isEqualTo(Fallback.BROADER_CATEGORY);
            assertThat(d.explanation().toEnglish()).isEqualTo("C0202 (traffic light) in 350602002 (西桥街道,"
                    + " township / street), a routine complaint: tried C0202, C02, C at 350602002, then C0202 at 350602"
                    + " without a match; entries[2] does not apply to a routine complaint; entries[1] matched: C02 at"
                    + " 350602 (county / district), cooperating duty — the first list up from 350602002; a fallback to"
                    + " the broader category C02. Main responsibility: xc-highway; cooperating: nk-street; time limit:"
                    + " 5 working days; handling level: county / district (large cycle).");
            assertThat(d.explanation().toChinese()).isEqualTo("350602002（西桥街道，乡镇/街道）的C0202（交通信号灯）"
                    + "（一般投诉）：依次查找350602002的C0202、C02、C，再查找350602的C0202，均未命中；entries[2]不适用于一般投诉；"
                    + "命中entries[1]：350602（县/区）的C02，配合履职——350602002向上最近的清单，回退到上级类别C02。"
                    + "主责：xc-highway；配合：nk-street；办理时限：5个工作日；处置层级：县/区（大循环）。");
        }

        @Test
        @DisplayName("the territory default")
        void territory() {
            Decision d = router.route("E0101", NANKENG, CaseKind.HAZARD, Priority.URGENT);
            assertThat(d.explanation().toEnglish()).isEqualTo("E0101 (exposed rubbish) in 350602001 (南坑街道,"
                    + " township / street), an urgent hazard: tried E0101, E01, E at 350602001, then E0101, E01, E at"
                    + " 350602, then E0101, E01, E at 350600, then E0101, E01, E at 350000 without a match; no entry"
                    + " covers it, so the territory owns it (属地兜底): the office of 350602001 (南坑街道, township /"
                    + " street).");
            assertThat(d.explanation().toChinese()).isEqualTo("350602001（南坑街道，乡镇/街道）的E0101（暴露垃圾）"
                    + "（紧急安全隐患）：依次查找350602001的E0101、E01、E，再查找350602的E0101、E01、E，再查找350600的"
                    + "E0101、E01、E，再查找350000的E0101、E01、E，均未命中；没有条目覆盖，属地兜底：由350602001（南坑街道，"
                    + "乡镇/街道）负责。");
        }

        @Test
        @DisplayName("a whistle from a street")
        void whistle() {
            Decision d = router.dispatch("C0201", NANKENG, CaseKind.COMPLAINT, EMERGENCY, "township");
            assertThat(d.explanation().toEnglish()).isEqualTo("Whistle from 350602001 (南坑街道, township / street)"
                    + " for C0201 (road surface damage), an emergency complaint: the county / district list of 350602"
                    + " (芗城区, county / district) answers; tried C0201 at 350602 without a match; entries[2] matched:"
                    + " C02 at 350602 (county / district), matter taken back by a higher department — a fallback to the broader"
                    + " category C02. Main responsibility: xc-urban; cooperating: none; time limit: 4 hours.");
            assertThat(d.explanation().toChinese()).isEqualTo("350602001（南坑街道，乡镇/街道）就C0201（道路破损）"
                    + "（特急投诉）吹哨：由350602（芗城区，县/区）的县/区级清单报到；依次查找350602的C0201，均未命中；"
                    + "命中entries[2]：350602（县/区）的C02，上级部门收回事项——回退到上级类别C02。主责：xc-urban；配合：无；"
                    + "办理时限：4小时。");
        }
    }

    @Test
    @DisplayName("an unknown category or area is refused with a NotFoundException naming it")
    void unknownCodes() {
        Router r = builder().build().compile();
        assertThatThrownBy(() -> r.route("X9", GRID, COMPLAINT, ROUTINE)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no category 'X9'");
        assertThatThrownBy(() -> r.route("C0201", "350699", COMPLAINT, ROUTINE)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no area '350699'");
        assertThatThrownBy(() -> r.route("C0201", GRID, COMPLAINT, ROUTINE, "hamlet"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no level 'hamlet'");
    }
}
