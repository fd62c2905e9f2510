package io.gridgov.core.stats;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.CourtProcedure;
import io.gridgov.core.mediation.DeclineReason;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.core.mediation.MediationAgreement;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLifecycle;
import io.gridgov.core.mediation.Mediator;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Party;
import io.gridgov.core.mediation.PriorProceeding;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.gridgov.core.ChangdeWorld.CHANGDE;

/**
 * Drives disputes through {@link MediationLifecycle}, by its public API only, to the ends the statistics
 * tests need: each {@link Fate} is a way a dispute can go, from declined to an agreement confirmed,
 * performed and closed. Committees and mediators follow from the category, domain and area, as a city's
 * directory would give them.
 */
final class Mediations {
    static final MediationLifecycle LIFECYCLE = MediationLifecycle.builder().grid(ChangdeWorld.TREE)
            .calendar(ChangdeWorld.CALENDAR).build();
    static final Actor SYSTEM = Actor.of("engine", Role.SYSTEM, "gridgov", CHANGDE);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** How a dispute goes. The first five reach an agreement; the next five conclude without one; the rest never conclude. */
    enum Fate {
        /** Agreement, performed, closed. */
        PERFORMED(true),
        /** Agreement, judicially confirmed, performed, closed (not for a court's own mediation). */
        CONFIRMED(true),
        /** Agreement, not yet performed. */
        AGREED(true),
        /** Agreement not performed; the obligee sued; closed. */
        SUED(true),
        /** Agreement, the court refused to confirm it, mediated again and agreed anew: still one success. */
        REMEDIATED(true),
        /** The mediator finds the parties cannot agree; closed with the route taken. */
        FAILED(false),
        /** Failed, then diverted to pre-litigation mediation: a new dispute, left applied. */
        DIVERTED(false),
        /** A party ends the mediation (terminated). */
        TERMINATED(false),
        /** The limit expired where the law deems that a failure (pre-litigation, 30 days). */
        EXPIRED(false),
        /** Labour: a party leaves for arbitration after the 15 days. */
        LEFT_FOR_ARBITRATION(false),
        /** Declined by the committee: not a concluded mediation. */
        DECLINED(false),
        /** Withdrawn before it was accepted: not a concluded mediation. */
        WITHDRAWN_UNACCEPTED(false),
        /** Accepted and still being mediated. */
        MEDIATING(false);

        final boolean agreement;

        Fate(boolean agreement) {
            this.agreement = agreement;
        }

        boolean concludes() {
            return agreement || compareTo(LEFT_FOR_ARBITRATION) <= 0;
        }
    }

    /** One dispute to build. */
    record Plan(int n, MediationCategory category, DisputeDomain domain, String area, Fate fate, Instant applied) {
    }

    private final GridTree tree = ChangdeWorld.TREE;
    private final String prefix;
    private long commands;

    Mediations(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Builds a plan's dispute: the dispute at its end, and, for a diversion, the dispute it was diverted to
     * after it (so both are in the result, as a store holds both).
     */
    List<Dispute> build(Plan p) {
        String committee = committee(p.category(), p.domain(), p.area());
        Actor mediator = Actor.of("m-" + committee, Role.MEDIATOR, committee, CHANGDE);
        Actor applicant = Actor.of(prefix + "-a-" + p.n(), Role.RESIDENT, "public", CHANGDE);
        Actor respondent = Actor.of(prefix + "-r-" + p.n(), Role.RESIDENT, "public", CHANGDE);
        List<String> both = List.of(applicant.personId(), respondent.personId());
        Instant t = p.applied();
        Dispute d = LIFECYCLE.apply(new DisputeApplication(cid(), mediator, DisputeId.of(prefix + "-" + p.n()),
                prefix.toUpperCase() + "-" + p.n(), p.category(),
                p.domain(), p.category() == MediationCategory.JUDICIAL
                        ? (p.n() % 2 == 0 ? CourtProcedure.ORDINARY : CourtProcedure.SUMMARY) : CourtProcedure.NONE,
                List.of(Party.applicant(applicant.personId(), PersonName.of("张三")),
                        Party.respondent(respondent.personId(), PersonName.of("李四"))),
                p.area(), committee, Money.yuan(1_000 + p.n()), FreeText.of("邻里漏水纠纷"), PriorProceeding.NONE, null),
                t).next();
        switch (p.fate()) {
            case DECLINED -> {
                return List.of(step(d, new DisputeCommand.Decline(cid(), mediator, DeclineReason.NOT_MEDIABLE,
                        List.of(), FreeText.of("不属于调解范围")), t.plus(HOUR)));
            }
            case WITHDRAWN_UNACCEPTED -> {
                return List.of(step(d, new DisputeCommand.Withdraw(cid(), applicant, applicant.personId(),
                        FreeText.of("已私下和解")), t.plus(HOUR)));
            }
            default -> { }
        }
        d = step(d, new DisputeCommand.Accept(cid(), mediator), t = t.plus(HOUR));
        d = step(d, new DisputeCommand.Assign(cid(), mediator, List.of(Mediator.mediator(mediator.personId()))),
                t = t.plus(HOUR));
        switch (p.fate()) {
            case MEDIATING -> {
                return List.of(d);
            }
            case TERMINATED -> {
                return List.of(step(d, new DisputeCommand.Withdraw(cid(), respondent, respondent.personId(),
                        FreeText.of("不愿再调")), t.plus(DAY)));
            }
            case FAILED -> {
                d = step(d, new DisputeCommand.Fail(cid(), mediator, List.of(), FreeText.of("双方分歧过大")), t = t.plus(DAY));
                return List.of(step(d, new DisputeCommand.Close(cid(), mediator, List.of(d.routesOffered().get(0)),
                        FreeText.empty()), t.plus(DAY)));
            }
            case DIVERTED -> {
                d = step(d, new DisputeCommand.Fail(cid(), mediator, List.of(), FreeText.of("双方分歧过大")), t = t.plus(DAY));
                DisputeTransition diverted = LIFECYCLE.apply(d, new DisputeCommand.Divert(cid(), mediator,
                        DisputeId.of(d.id() + "-2"), d.trackingNumber() + "-2", MediationCategory.PRE_LITIGATION,
                        CourtProcedure.NONE, "court-studio", FreeText.of("转法院诉前调解")), t.plus(DAY));
                commands++;
                return List.of(diverted.next(), diverted.opened().orElseThrow().next());
            }
            case EXPIRED -> {
                Instant after = d.mediationClock().orElseThrow().deadline().plus(HOUR);
                return List.of(step(d, new DisputeCommand.Expire(cid(), SYSTEM), after));
            }
            case LEFT_FOR_ARBITRATION -> {
                Instant after = d.mediationClock().orElseThrow().deadline().plus(HOUR);
                return List.of(step(d, new DisputeCommand.Fail(cid(), applicant, List.of(Route.ARBITRATION),
                        FreeText.of("申请仲裁")), after));
            }
            default -> { }
        }
        d = step(d, new DisputeCommand.ReachAgreement(cid(), mediator, agreement(both, t.plus(DAY))), t = t.plus(DAY));
        String court = "court-" + district(p.area());
        Actor judge = Actor.of("j-" + court, Role.JUDGE, court, CHANGDE);
        switch (p.fate()) {
            case AGREED -> {
                return List.of(d);
            }
            case SUED -> {
                return List.of(step(d, new DisputeCommand.Close(cid(), mediator, List.of(Route.LITIGATION),
                        FreeText.of("义务人未履行，权利人起诉")), t.plus(Duration.ofDays(20))));
            }
            case CONFIRMED -> {
                d = step(d, new DisputeCommand.RequestConfirmation(cid(), applicant, court, both), t = t.plus(DAY));
                d = step(d, new DisputeCommand.Confirm(cid(), judge, FreeText.of("民特")), t = t.plus(DAY));
            }
            case REMEDIATED -> {
                d = step(d, new DisputeCommand.RequestConfirmation(cid(), applicant, court, both), t = t.plus(DAY));
                d = step(d, new DisputeCommand.RefuseConfirmation(cid(), judge, FreeText.of("协议内容不明确")),
                        t = t.plus(DAY));
                d = step(d, new DisputeCommand.Remediate(cid(), mediator, FreeText.of("重新调解")), t = t.plus(DAY));
                return List.of(step(d, new DisputeCommand.ReachAgreement(cid(), mediator, agreement(both, t.plus(DAY))),
                        t.plus(DAY)));
            }
            default -> { }
        }
        d = step(d, new DisputeCommand.RecordPerformance(cid(), mediator, FreeText.of("已履行")), t = t.plus(DAY));
        return List.of(step(d, new DisputeCommand.Close(cid(), mediator, List.of(), FreeText.empty()), t.plus(HOUR)));
    }

    /** How many commands were applied, applications included. */
    long commands() {
        return commands;
    }

    /**
     * The committee that has a dispute: a court for a court's own mediation, its studio for
     * pre-litigation, the domain's workstation for industry mediation, the village's or community's
     * people's mediation committee otherwise.
     */
    String committee(MediationCategory category, DisputeDomain domain, String area) {
        return switch (category) {
            case JUDICIAL -> "court-" + district(area);
            case PRE_LITIGATION -> "court-studio-" + district(area);
            case INDUSTRY_PROFESSIONAL -> domain.code() + "-workstation";
            case PEOPLES, ADMINISTRATIVE -> category.name().toLowerCase() + "-"
                    + tree.ancestorAt(area, tree.scheme().level("village")).orElseThrow().code();
        };
    }

    private String district(String area) {
        return tree.ancestorAt(area, tree.scheme().level("county")).orElseThrow().code();
    }

    private Dispute step(Dispute d, DisputeCommand c, Instant now) {
        return LIFECYCLE.apply(d, c, now).next();
    }

    private CommandId cid() {
        return CommandId.of(prefix + "-cmd-" + ++commands);
    }

    private static MediationAgreement agreement(List<String> parties, Instant performBy) {
        LocalDate by = performBy.atZone(ChangdeWorld.CALENDAR.zone()).toLocalDate().plusDays(14);
        return new MediationAgreement(parties, FreeText.of("楼上漏水致楼下天花板受损"), FreeText.of("维修费用分担"),
                FreeText.of("楼上承担主要责任"), FreeText.of("楼上赔偿维修费"), FreeText.of("现金"), by, Money.yuan(800));
    }

    /** {@code count} disputes of one fate, their categories and domains taken in turn. */
    record Batch(int count, Fate fate, List<MediationCategory> categories, List<DisputeDomain> domains) {
    }

    /**
     * The plans of the batches, numbered from 0, the areas taken in turn, applied an hour apart from
     * {@code start} (wrapping after 2,000 hours so every date stays inside the calendar's year).
     */
    static List<Plan> plans(Instant start, List<String> areas, Batch... batches) {
        List<Plan> plans = new ArrayList<>();
        int n = 0;
        for (Batch b : batches) {
            for (int k = 0; k < b.count(); k++, n++) {
                plans.add(new Plan(n, b.categories().get(n % b.categories().size()),
                        b.domains().get(n % b.domains().size()), areas.get(n % areas.size()), b.fate(),
                        start.plus(Duration.ofHours(n % 2000))));
            }
        }
        return plans;
    }
}
