package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.gridgov.core.ChangdeWorld.at;
import static io.gridgov.core.mediation.MediationFixtures.APPLICANT;
import static io.gridgov.core.mediation.MediationFixtures.CENTRE;
import static io.gridgov.core.mediation.MediationFixtures.CENTRE_MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.JUDGE;
import static io.gridgov.core.mediation.MediationFixtures.LIFECYCLE;
import static io.gridgov.core.mediation.MediationFixtures.MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.WORKSTATION;
import static io.gridgov.core.mediation.MediationFixtures.agreement;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static io.gridgov.core.mediation.MediationFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changde's "He Ning" example, replayed: a ten-year-old doctor–patient dispute is applied for at the
 * county's people's mediation guidance centre, handed to the medical-dispute mediation workstation,
 * mediated there by a mediator with a lawyer (an expert appraisal pausing the clock), settled by a
 * signed agreement, confirmed by the court and performed: the compensation was paid.
 */
@DisplayName("The He Ning medical dispute")
class HeNingMedicalDisputeTest {

    @Test
    @DisplayName("goes from the guidance centre to the workstation, through appraisal, agreement and confirmation to performance")
    void replay() {
        DisputeTransition applied = LIFECYCLE.apply(MediationFixtures.medical("he-ning-1"), at(2025, 3, 3, 9, 0));
        Dispute d = applied.next();
        assertThat(d.state()).isEqualTo(DisputeState.APPLIED);
        assertThat(d.committee()).isEqualTo(CENTRE);
        assertThat(d.mediationClock()).as("a medical mediation's clock starts at acceptance").isEmpty();

        d = LIFECYCLE.apply(d, new DisputeCommand.Transfer(cid(), CENTRE_MEDIATOR, WORKSTATION,
                MediationCategory.INDUSTRY_PROFESSIONAL, text("医疗纠纷转医调委工作站")), at(2025, 3, 3, 15, 0)).next();
        assertThat(d.committee()).isEqualTo(WORKSTATION);
        assertThat(d.category()).isEqualTo(MediationCategory.INDUSTRY_PROFESSIONAL);

        d = LIFECYCLE.apply(d, new DisputeCommand.Accept(cid(), MEDIATOR), at(2025, 3, 4, 10, 0)).next();
        assertThat(d.limit().orElseThrow().limit().toString()).isEqualTo("30 WORKING_DAYS");
        // 30 working days from Tue 4 March 2025: the Qingming holiday (4-6 April) is skipped; ends 24:00 on 16 April.
        assertThat(d.mediationClock().orElseThrow().deadline()).isEqualTo(at(2025, 4, 17, 0, 0));

        d = LIFECYCLE.apply(d, new DisputeCommand.Assign(cid(), MEDIATOR, List.of(Mediator.mediator("m-med"),
                Mediator.lawyer("l-1"))), at(2025, 3, 4, 11, 0)).next();
        assertThat(d.state()).isEqualTo(DisputeState.MEDIATING);

        d = LIFECYCLE.apply(d, new DisputeCommand.SuspendForAppraisal(cid(), MEDIATOR, text("委托医疗损害鉴定")),
                at(2025, 3, 10, 9, 0)).next();
        d = LIFECYCLE.apply(d, new DisputeCommand.Resume(cid(), MEDIATOR), at(2025, 4, 21, 9, 0)).next();
        // Used before the pause: 4 March 10:00 to 10 March 09:00, 3 days 23 hours of working-day time; the
        // 26 days 1 hour left run from 21 April (27 April is worked, 1-5 May are not) into Thursday 29 May,
        // and a working-day deadline ends at 24:00.
        assertThat(d.mediationClock().orElseThrow().deadline()).isEqualTo(at(2025, 5, 30, 0, 0));
        assertThat(LIFECYCLE.warningAt(d, at(2025, 4, 21, 9, 0))).isEqualTo(WarningLevel.NORMAL);
        assertThat(d.appraisals()).isEqualTo(1);

        d = LIFECYCLE.apply(d, new DisputeCommand.ReachAgreement(cid(), MEDIATOR, agreement(LocalDate.of(2025, 5, 31))),
                at(2025, 4, 28, 16, 0)).next();
        assertThat(d.state()).isEqualTo(DisputeState.AGREED);
        assertThat(d.isAgreementReached()).isTrue();
        // 30 calendar days from 28 April end on 28 May, a Wednesday, at 24:00.
        assertThat(d.confirmationWindow().orElseThrow().deadline()).isEqualTo(at(2025, 5, 29, 0, 0));

        d = LIFECYCLE.apply(d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT,
                List.of("p-family", "p-hospital")), at(2025, 5, 6, 10, 0)).next();
        d = LIFECYCLE.apply(d, new DisputeCommand.Confirm(cid(), JUDGE, text("（2025）湘0703民特12号")),
                at(2025, 5, 12, 10, 0)).next();
        d = LIFECYCLE.apply(d, new DisputeCommand.RecordPerformance(cid(), MEDIATOR, text("医院已转账补偿八万元")),
                at(2025, 5, 20, 10, 0)).next();
        d = LIFECYCLE.apply(d, new DisputeCommand.Close(cid(), MEDIATOR, List.of(), text("回访满意")),
                at(2025, 5, 21, 10, 0)).next();

        assertThat(d.state()).isEqualTo(DisputeState.CLOSED);
        assertThat(d.outcome()).contains(DisputeOutcome.AGREEMENT_PERFORMED);
        assertThat(d.agreement().orElseThrow().amount()).isEqualTo(Money.yuan(80_000));
        assertThat(d.version()).as("one version per command: applied, transferred, accepted, assigned, suspended, resumed, agreed, requested, confirmed, performed, closed").isEqualTo(11);
        assertThat(d.toString()).doesNotContain("李四").doesNotContain("13812345678");
        assertThat(ChangdeWorld.TREE.indexOf(d.areaCode())).isNotNegative();
    }
}
