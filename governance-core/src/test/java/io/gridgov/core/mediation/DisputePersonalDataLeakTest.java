package io.gridgov.core.mediation;

import io.gridgov.core.LeakScan;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static io.gridgov.core.mediation.MediationFixtures.APPLICANT;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.T0;
import static io.gridgov.core.mediation.MediationFixtures.WORKSTATION;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data never leaks out of the mediation lifecycle: every seed of the property test's walks runs
 * again, and then deliberately bad applications and commands carrying names, phone numbers and identity
 * numbers (in texts, and as party, mediator, court and tracking ids). Every dispute, event, command,
 * transition and refusal produced is rendered and scanned for an unmasked mobile number, an 18-character
 * identity number, or any raw name, phone or identity number used.
 */
class DisputePersonalDataLeakTest {

    @Test
    @DisplayName("no dispute, event, command, transition or refusal of any walk or bad input shows personal data")
    void walksAndRefusalsShowNoPersonalData() {
        Scan scan = new Scan();
        for (long seed = 0; seed < MediationLifecyclePropertiesTest.SEEDS; seed++) {
            scan.secrets.clear();
            scan.secrets.addAll(RandomDisputeWalk.secretsOf(seed).raw());
            RandomDisputeWalk.run(seed, RandomDisputeWalk.lifecycleFor(seed), MediationLifecyclePropertiesTest.MAX_LENGTH,
                    scan);
        }
        badInput(scan);
        assertThat(scan.refusals).as("refusals scanned").isGreaterThan(1000);
        assertThat(scan.scanned).as("texts scanned").isGreaterThan(20_000);
        assertThat(scan.findings).as("personal data found in rendered output").isEmpty();
    }

    @Test
    @DisplayName("the scan finds unmasked phone numbers, identity numbers and names")
    void theScanCanFail() {
        Scan scan = new Scan();
        String id = RandomDisputeWalk.idNumber(new Random(1));
        scan.secrets.add("王秀英");
        for (String leak : List.of("party 13812345678 is not a party", "tel:138-1234-5678", "id " + id,
                "Party[p-1, 王秀英]")) {
            int before = scan.findings.size();
            scan.text("probe", leak);
            assertThat(scan.findings.size()).as("a finding in '%s'", leak).isGreaterThan(before);
        }
        Scan clean = new Scan();
        clean.text("codes", DisputeStates.in(DisputeStates.MEDICAL, DisputeState.AGREED) + " at " + T0);
        assertThat(clean.findings).isEmpty();
    }

    /** Applications and commands that must be refused, carrying personal data wherever they can. */
    private static void badInput(Scan scan) {
        String phone = "13912345678";
        String id = RandomDisputeWalk.idNumber(new Random(42));
        String name = "钱多多";
        scan.secrets.clear();
        scan.secrets.addAll(List.of(phone, id, name));
        FreeText loaded = FreeText.of("联系人" + name + "，电话" + phone + "，身份证" + id);
        Instant day = T0.plus(Duration.ofDays(1));
        for (MediationLifecycle l : List.of(RandomDisputeWalk.PLAIN, RandomDisputeWalk.VALIDATING)) {
            DisputeApplication a = DisputeStates.application(DisputeStates.MEDICAL, "leak-" + scan.refusals);
            List<Party> byPhone = List.of(Party.applicant(phone, PersonName.of(name)), Party.respondent(id,
                    PersonName.of(name)));
            scan.refused(() -> l.apply(new DisputeApplication(a.id(), APPLICANT, a.disputeId(), phone, a.category(),
                    a.domain(), a.procedure(), byPhone, a.areaCode(), id, a.amountInDispute(), loaded, a.prior(), null), T0));
            scan.refused(() -> l.apply(new DisputeApplication(a.id(), Actor.of(phone, Role.RESIDENT, id, "430703"),
                    a.disputeId(), a.trackingNumber(), a.category(), a.domain(), a.procedure(), a.parties(), phone,
                    a.committee(), a.amountInDispute(), loaded, a.prior(), null), T0));
            scan.refused(() -> l.apply(new DisputeApplication(a.id(), APPLICANT, a.disputeId(), a.trackingNumber(),
                    MediationCategory.ADMINISTRATIVE, DisputeDomain.TRAFFIC, a.procedure(), a.parties(), a.areaCode(),
                    a.committee(), a.amountInDispute(), loaded, a.prior(), LocalDate.of(2025, 1, 2)), T0));

            Dispute applied = scan.accepted(l.apply(a, T0));
            scan.refused(() -> l.apply(applied, new DisputeCommand.Refuse(cid(), APPLICANT, phone, loaded), day));
            scan.refused(() -> l.apply(applied, new DisputeCommand.Withdraw(cid(), MEDIATOR, id, loaded), day));
            scan.refused(() -> l.apply(applied, new DisputeCommand.Transfer(cid(), MEDIATOR, phone,
                    MediationCategory.PEOPLES, loaded), day));
            scan.refused(() -> l.apply(applied, new DisputeCommand.Accept(cid(), Actor.of(id, Role.MEDIATOR, WORKSTATION,
                    "430703")), day));
            scan.refused(() -> l.apply(applied, new DisputeCommand.Decline(cid(), MEDIATOR, DeclineReason.OTHER,
                    List.of(Route.ENFORCEMENT), loaded), day));
            Dispute mediating = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.MEDIATING);
            scan.refused(() -> l.apply(mediating, new DisputeCommand.Assign(cid(), MEDIATOR,
                    List.of(new Mediator(phone, Mediator.Kind.MEDIATOR), new Mediator(id, Mediator.Kind.EXPERT))), day));
            MediationAgreement good = MediationFixtures.agreement(LocalDate.of(2025, 3, 31));
            scan.refused(() -> l.apply(mediating, new DisputeCommand.ReachAgreement(cid(), MEDIATOR,
                    new MediationAgreement(List.of("p-family", phone), loaded, loaded, loaded, loaded, loaded,
                            good.performBy(), good.amount())), day));
            scan.refused(() -> l.apply(mediating, new DisputeCommand.Extend(cid(), MEDIATOR,
                    io.gridgov.core.time.TimeLimit.calendarDays(5), List.of(id, "p-family"), loaded), day));
            Dispute agreed = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.AGREED);
            scan.refused(() -> l.apply(agreed, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, phone,
                    List.of("p-family", "p-hospital")), day));
            scan.refused(() -> l.apply(agreed, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT,
                    List.of("p-family", id)), day));
            Dispute failed = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.FAILED);
            scan.refused(() -> l.apply(failed, new DisputeCommand.Divert(cid(), MEDIATOR, DisputeId.of("leak-d"), phone,
                    MediationCategory.PEOPLES, CourtProcedure.NONE, id, loaded), day));
            scan.refused(() -> l.apply(failed, new DisputeCommand.Close(cid(), MEDIATOR, List.of(), loaded),
                    T0.minus(Duration.ofDays(1))));
        }
        scan.refused(() -> DisputeId.of(phone));
        scan.refused(() -> DisputeId.of(id));
    }

    /** Scans everything a walk or a bad input produces. */
    static final class Scan extends LeakScan implements RandomDisputeWalk.Listener {
        @Override
        public void applied(DisputeApplication a, Instant now, DisputeTransition t, RuntimeException refused) {
            if (t != null) {
                transition("application", t);
            } else {
                exception("application", refused);
            }
        }

        @Override
        public void step(RandomDisputeWalk.Step s) {
            text("dispute", s.before().toString());
            if (s.isAccepted()) {
                text("command", s.command().toString());
                transition("step", s.accepted());
            } else {
                exception("step", s.refused());
                // a refused command's record shows the ids it was given, phone-shaped or not; its texts stay masked
                names("refused command", s.command().toString());
            }
        }

        void names(String where, String s) {
            scanned++;
            for (String secret : secrets) {
                if (!secret.chars().allMatch(c -> c < 128) && s.contains(secret)) {
                    finding(where, "raw '" + secret + "'", s);
                }
            }
        }

        Dispute accepted(DisputeTransition t) {
            transition("accepted", t);
            return t.next();
        }

        void transition(String where, DisputeTransition t) {
            text(where + " transition", t.toString());
            for (DisputeEvent e : t.events()) {
                text(where + " event", e.toString());
            }
            Dispute d = t.next();
            text(where + " dispute", d.toString());
            text(where + " parties", d.parties().toString());
            text(where + " matter", d.matter().toString());
            text(where + " agreement", d.agreement().toString());
            t.opened().ifPresent(o -> transition(where + " opened", o));
        }



    }
}
