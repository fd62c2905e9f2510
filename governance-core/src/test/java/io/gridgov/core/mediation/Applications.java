package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.personal.FreeText;

import java.time.LocalDate;
import java.util.List;

import static io.gridgov.core.mediation.MediationFixtures.cid;

/**
 * Applications for the focused tests, built one setting at a time from a default (the fixtures' two
 * parties, the village area, no prior proceeding, no basis day), so a test says only what it is about.
 * Not thread-safe; build one per application.
 */
final class Applications {
    private final String id;
    private MediationCategory category = MediationCategory.PEOPLES;
    private DisputeDomain domain = DisputeDomain.NEIGHBOURHOOD;
    private CourtProcedure procedure = CourtProcedure.NONE;
    private List<Party> parties = MediationFixtures.parties();
    private String areaCode = ChangdeWorld.VILLAGE;
    private String committee = MediationFixtures.WORKSTATION;
    private Actor actor = MediationFixtures.APPLICANT;
    private PriorProceeding prior = PriorProceeding.NONE;
    private LocalDate basisReceivedOn;

    private Applications(String id) {
        this.id = id;
    }

    /** An application with dispute id {@code id} and tracking number {@code CD-id}. */
    static Applications dispute(String id) {
        return new Applications(id);
    }

    Applications in(MediationCategory c, DisputeDomain d) {
        this.category = c;
        this.domain = d;
        return this;
    }

    Applications procedure(CourtProcedure p) {
        this.procedure = p;
        return this;
    }

    Applications parties(List<Party> p) {
        this.parties = p;
        return this;
    }

    Applications area(String code) {
        this.areaCode = code;
        return this;
    }

    Applications to(String receivingCommittee) {
        this.committee = receivingCommittee;
        return this;
    }

    Applications by(Actor a) {
        this.actor = a;
        return this;
    }

    Applications prior(PriorProceeding p) {
        this.prior = p;
        return this;
    }

    Applications basisReceivedOn(LocalDate day) {
        this.basisReceivedOn = day;
        return this;
    }

    DisputeApplication build() {
        return new DisputeApplication(cid(), actor, DisputeId.of(id), "CD-" + id, category, domain, procedure, parties,
                areaCode, committee, Money.yuan(5_000), FreeText.of("争议事项"), prior, basisReceivedOn);
    }
}
