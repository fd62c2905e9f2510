package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.time.TimeLimit;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static io.gridgov.core.mediation.MediationFixtures.CENTRE;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.LABOUR_COMMITTEE;
import static io.gridgov.core.mediation.MediationFixtures.WORKSTATION;

/**
 * Random but plausible lifecycles of one dispute, for the property and personal-data tests. A walk
 * applies for a dispute in one of several scenarios (an industry committee's or a people's committee's
 * medical dispute, a labour dispute, a traffic accident mediated by the police with its determination
 * received some days before, a court's own mediation under the ordinary or summary procedure, a
 * pre-litigation mediation, a neighbourhood quarrel that a court or the police may already have taken
 * up), with two or three parties whose names are drawn from a list, then applies up to a given number of
 * commands of every type at non-decreasing times (minutes to weeks apart, rarely one before the
 * dispute's last change), within 2025 (the calendar knows 2022 and 2025 only). Most of the time it picks
 * a command the state allows, an actor who holds the row's permit, and valid content, so that walks go
 * deep; the rest is noise: any command, any actor, party ids that are not parties or look like phone or
 * identity numbers, missing signatures and consents, routes to a court for a labour dispute, lawyers
 * leading a mediation, diversions to the dispute itself. A diversion's opened dispute is handed to the
 * listener; the walk sometimes goes on with it.
 *
 * <p>The walk asserts nothing. A seed gives the same walk every time.
 */
final class RandomDisputeWalk {
    static final String TRAFFIC_POLICE = "dingcheng-traffic-police";
    static final Actor POLICE_MEDIATOR = Actor.of("tp-1", Role.MEDIATOR, TRAFFIC_POLICE, ChangdeWorld.DINGCHENG);
    /** A mediator of Wuling, whose scope does not contain the village where every walk's dispute arises. */
    static final Actor WULING_MEDIATOR = Actor.of("m-w", Role.MEDIATOR, CENTRE, ChangdeWorld.WULING);

    /** The fixture's actors, a court's and the police's mediators, and one out of scope. */
    static final List<Actor> ACTORS = Stream.concat(MediationFixtures.ACTORS.stream(),
            Stream.of(DisputeStates.COURT_MEDIATOR, POLICE_MEDIATOR, WULING_MEDIATOR)).toList();

    static final List<String> COMMITTEES = List.of(CENTRE, WORKSTATION, LABOUR_COMMITTEE, COURT, TRAFFIC_POLICE,
            "wuling-court");

    static final List<DisputeCommandType> COMMANDS = Arrays.stream(DisputeCommandType.values())
            .filter(t -> t != DisputeCommandType.APPLY).toList();

    /** Names of parties (every one must be masked wherever it appears). */
    static final List<String> NAMES = List.of("李四", "王秀英", "欧阳明", "鼎城区某医院", "张建军");

    /** How often a command the state allows is picked, relative to the others (default 4). */
    static final Map<DisputeCommandType, Integer> WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(DisputeCommandType.TRANSFER, 1), Map.entry(DisputeCommandType.REFUSE, 1),
            Map.entry(DisputeCommandType.DECLINE, 1), Map.entry(DisputeCommandType.WITHDRAW, 1),
            Map.entry(DisputeCommandType.EXPIRE, 2), Map.entry(DisputeCommandType.RAISE_WARNING, 2),
            Map.entry(DisputeCommandType.EXTEND, 2), Map.entry(DisputeCommandType.FAIL, 2),
            Map.entry(DisputeCommandType.DIVERT, 3), Map.entry(DisputeCommandType.REQUEST_CONFIRMATION, 6),
            Map.entry(DisputeCommandType.REACH_AGREEMENT, 6)));

    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    static final MediationLifecycle PLAIN = MediationFixtures.LIFECYCLE;
    static final MediationLifecycle VALIDATING = MediationLifecycle.builder().grid(ChangdeWorld.TREE)
            .calendar(ChangdeWorld.CALENDAR).validator(VALIDATOR).build();

    /** The last instant a walk uses, so that every deadline stays within 2025. */
    static final Instant END = ChangdeWorld.at(2025, 10, 31, 18, 0);

    /** A scenario: the application's category, domain, procedure and committee. */
    record Scenario(String name, MediationCategory category, DisputeDomain domain, CourtProcedure procedure,
            String committee) {
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("medical-industry", MediationCategory.INDUSTRY_PROFESSIONAL, DisputeDomain.MEDICAL,
                    CourtProcedure.NONE, WORKSTATION),
            new Scenario("medical-peoples", MediationCategory.PEOPLES, DisputeDomain.MEDICAL, CourtProcedure.NONE, CENTRE),
            new Scenario("labour", MediationCategory.PEOPLES, DisputeDomain.LABOUR, CourtProcedure.NONE, LABOUR_COMMITTEE),
            new Scenario("traffic", MediationCategory.ADMINISTRATIVE, DisputeDomain.TRAFFIC, CourtProcedure.NONE,
                    TRAFFIC_POLICE),
            new Scenario("judicial-ordinary", MediationCategory.JUDICIAL, DisputeDomain.CONTRACT, CourtProcedure.ORDINARY,
                    COURT),
            new Scenario("judicial-summary", MediationCategory.JUDICIAL, DisputeDomain.MARRIAGE_FAMILY,
                    CourtProcedure.SUMMARY, COURT),
            new Scenario("pre-litigation", MediationCategory.PRE_LITIGATION, DisputeDomain.CONTRACT, CourtProcedure.NONE,
                    COURT),
            new Scenario("neighbourhood", MediationCategory.PEOPLES, DisputeDomain.NEIGHBOURHOOD, CourtProcedure.NONE,
                    CENTRE));

    /** One command applied to a dispute: accepted (with its transition) or refused (with the exception). */
    record Step(int index, Dispute before, Dispute snapshot, DisputeCommand command, Instant now,
            MediationLifecycle lifecycle, DisputeTransition accepted, RuntimeException refused) {
        boolean isAccepted() {
            return accepted != null;
        }

        @Override
        public String toString() {
            return "step " + index + ": " + command + " by " + command.actor().personId() + " " + command.actor().roles()
                    + " of " + command.actor().organisation() + " on " + before + " (" + before.committee() + ") at "
                    + now + (accepted != null ? ", accepted" : ", refused: " + refused);
        }
    }

    /** Receives what a walk does. */
    interface Listener {
        /** An application, accepted (transition) or refused (exception). */
        void applied(DisputeApplication application, Instant now, DisputeTransition accepted, RuntimeException refused);

        /** A command applied to the dispute. */
        void step(Step step);
    }

    /** What the walks reached, and how often each command was accepted. */
    record Reach(Set<DisputeState> states, Map<DisputeCommandType, Integer> accepted) {
    }

    /** The personal data a walk puts into names and texts, and the phone- and ID-shaped ids it passes. */
    record Secrets(List<String> phones, List<String> idNumbers, List<String> names) {
        List<String> raw() {
            List<String> all = new ArrayList<>(phones);
            all.addAll(idNumbers);
            all.addAll(names);
            return all;
        }
    }

    private final long seed;
    private final Random rnd;
    private final MediationLifecycle lifecycle;
    private final int length;
    private final Listener listener;
    private final Secrets secrets;
    private int commands;
    private Dispute d;
    private Instant clock;

    private RandomDisputeWalk(long seed, MediationLifecycle lifecycle, int length, Listener listener) {
        this.seed = seed;
        this.rnd = new Random(seed);
        this.lifecycle = lifecycle;
        this.length = length;
        this.listener = listener;
        this.secrets = secretsOf(seed);
    }

    /** Runs one walk and says what it reached. */
    static Reach run(long seed, MediationLifecycle lifecycle, int length, Listener listener) {
        return new RandomDisputeWalk(seed, lifecycle, length, listener).walk();
    }

    /** A seed's lifecycle: every third seed runs Bean Validation too. */
    static MediationLifecycle lifecycleFor(long seed) {
        return seed % 3 == 2 ? VALIDATING : PLAIN;
    }

    /** The secrets of a seed's walk: one phone, one identity number, and the names of its parties. */
    static Secrets secretsOf(long seed) {
        Random r = new Random(~seed);
        String phone = "1" + (3 + r.nextInt(7)) + digits(r, 9);
        return new Secrets(List.of(phone), List.of(idNumber(r)), NAMES);
    }

    /** A valid-looking identity number: area, birth date, sequence and the ISO 7064 check character. */
    static String idNumber(Random r) {
        String body = "430703" + (1950 + r.nextInt(50)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + digits(r, 3);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private Reach walk() {
        Set<DisputeState> states = EnumSet.of(DisputeState.APPLIED);
        Map<DisputeCommandType, Integer> accepted = new EnumMap<>(DisputeCommandType.class);
        clock = ChangdeWorld.at(2025, 1, 6, 9, 0).plus(Duration.ofHours(rnd.nextInt(24 * 90)));
        d = open();
        for (int i = 0; i < length; i++) {
            if (MediationLifecycle.table().allowedIn(d.state()).isEmpty()) {
                for (DisputeCommandType type : COMMANDS) {
                    apply(i, command(type, pick(ACTORS), false), nextTime());
                }
                break;
            }
            boolean noise = rnd.nextInt(4) == 0;
            DisputeCommandType type = noise ? pick(COMMANDS) : type();
            Step s = apply(i, command(type, noise ? pick(ACTORS) : actor(type), noise || rnd.nextInt(8) == 0), nextTime());
            if (s.isAccepted()) {
                accepted.merge(type, 1, Integer::sum);
                d = s.accepted().next();
                states.add(d.state());
                if (s.accepted().opened().isPresent() && rnd.nextBoolean()) {
                    d = s.accepted().opened().get().next();
                }
            }
        }
        return new Reach(states, accepted);
    }

    private Step apply(int index, DisputeCommand command, Instant now) {
        Dispute snapshot = d.draft().build();
        Step s;
        try {
            s = new Step(index, d, snapshot, command, now, lifecycle, lifecycle.apply(d, command, now), null);
        } catch (RuntimeException e) {
            s = new Step(index, d, snapshot, command, now, lifecycle, null, e);
        }
        listener.step(s);
        return s;
    }

    // ---- the application ----------------------------------------------------------------------------

    private Dispute open() {
        Scenario sc = pick(SCENARIOS);
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt == 2;
            DisputeApplication a = application(sc, last);
            try {
                DisputeTransition t = lifecycle.apply(a, clock);
                listener.applied(a, clock, t, null);
                return t.next();
            } catch (RuntimeException e) {
                listener.applied(a, clock, null, e);
                if (last) {
                    throw new AssertionError("seed " + seed + ": a valid application was refused: " + a, e);
                }
            }
        }
    }

    private DisputeApplication application(Scenario sc, boolean valid) {
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, rnd);
        List<Party> parties = new ArrayList<>(List.of(Party.applicant("p-family", PersonName.of(names.get(0))),
                Party.respondent("p-hospital", PersonName.of(names.get(1)))));
        if (rnd.nextInt(3) == 0) {
            parties.add(new Party("p-other", rnd.nextBoolean() ? PartySide.APPLICANT : PartySide.RESPONDENT,
                    PersonName.of(names.get(2))));
        }
        Collections.shuffle(parties, rnd);
        Actor actor = valid ? MediationFixtures.APPLICANT : pick(List.of(MediationFixtures.APPLICANT,
                MediationFixtures.APPLICANT, MediationFixtures.DISPATCHER, MediationFixtures.JUDGE, member(sc.committee()),
                pick(ACTORS)));
        PriorProceeding prior = sc.name().equals("neighbourhood") && rnd.nextInt(3) == 0
                ? pick(Arrays.asList(PriorProceeding.values())) : PriorProceeding.NONE;
        LocalDate today = clock.atZone(ChangdeWorld.CALENDAR.zone()).toLocalDate();
        LocalDate basis = !sc.domain().equals(DisputeDomain.TRAFFIC) ? null
                : valid ? today : today.minusDays(rnd.nextInt(16));
        String id = "w" + seed + "-" + rnd.nextInt(1000);
        return new DisputeApplication(id(), actor, DisputeId.of(id), "TJ-" + id, sc.category(), sc.domain(),
                sc.procedure(), parties, ChangdeWorld.VILLAGE, sc.committee(), Money.yuan(rnd.nextInt(200_000)),
                matter(), prior, basis);
    }

    private FreeText matter() {
        return FreeText.of(pick(secrets.names()) + "称对方拖欠赔偿，电话" + secrets.phones().get(0) + "，身份证"
                + secrets.idNumbers().get(0));
    }

    // ---- choosing commands, actors, times ------------------------------------------------------------

    private DisputeCommandType type() {
        List<DisputeCommandType> allowed = MediationLifecycle.table().allowedIn(d.state());
        int total = allowed.stream().mapToInt(t -> WEIGHTS.getOrDefault(t, 4)).sum();
        int r = rnd.nextInt(total);
        for (DisputeCommandType t : allowed) {
            r -= WEIGHTS.getOrDefault(t, 4);
            if (r < 0) {
                return t;
            }
        }
        throw new AssertionError();
    }

    /** Mostly someone who holds a permit of the row (as far as the command's content does not decide it). */
    private Actor actor(DisputeCommandType type) {
        Rule<DisputeState, DisputeCommandType> rule = MediationLifecycle.table().rule(d.state(), type).orElse(null);
        if (rule == null || rnd.nextInt(6) == 0) {
            return pick(ACTORS);
        }
        List<Actor> able = ACTORS.stream().filter(a -> rule.permits().stream().anyMatch(p -> a.hasRole(p.role())
                && holdsIgnoringContent(p, a, d))).toList();
        return able.isEmpty() ? pick(ACTORS) : pick(able);
    }

    /** A permit's party condition, restated from its description, where the command and time do not matter. */
    static boolean holdsIgnoringContent(Permit p, Actor a, Dispute d) {
        return switch ((DisputeParty) p.party()) {
            case IN_SCOPE -> true;
            case COMMITTEE, RECEIVING -> a.organisation().equals(d.committee());
            case ASSIGNED -> a.organisation().equals(d.committee()) && d.isMediator(a.personId());
            case PARTY, NAMED_PARTY, PARTY_AFTER_LIMIT -> d.isParty(a.personId());
            case COURT -> d.court().map(a.organisation()::equals).orElse(false);
            case APPLICANT -> d.parties().stream().anyMatch(x -> x.side() == PartySide.APPLICANT
                    && x.partyId().equals(a.personId()));
        };
    }

    private Instant nextTime() {
        int r = rnd.nextInt(100);
        if (r < 2) {
            return d.updatedAt().minus(Duration.ofMinutes(1 + rnd.nextInt(600)));
        }
        Duration step;
        if (r < 5) {
            step = Duration.ZERO;
        } else if (r < 55) {
            step = Duration.ofMinutes(1 + rnd.nextInt(600));
        } else if (r < 85) {
            step = Duration.ofHours(24 + rnd.nextInt(48));
        } else if (r < 97) {
            step = Duration.ofDays(4 + rnd.nextInt(11));
        } else {
            step = Duration.ofDays(15 + rnd.nextInt(25));
        }
        Instant next = clock.plus(step);
        clock = next.isAfter(END) ? clock : next;
        return clock;
    }

    // ---- commands ------------------------------------------------------------------------------------

    private DisputeCommand command(DisputeCommandType type, Actor by, boolean bad) {
        CommandId id = id();
        List<String> everyone = d.parties().stream().map(Party::partyId).toList();
        return switch (type) {
            case TRANSFER -> new DisputeCommand.Transfer(id, by, bad ? oneOf(d.committee(), phone()) : pick(COMMITTEES),
                    bad ? oneOf(d.category(), MediationCategory.JUDICIAL) : nonJudicial(), text());
            case REFUSE -> new DisputeCommand.Refuse(id, by, partyId(by, bad), text());
            case ACCEPT -> new DisputeCommand.Accept(id, by);
            case DECLINE -> new DisputeCommand.Decline(id, by, pick(Arrays.asList(DeclineReason.values())), routes(bad),
                    text());
            case ASSIGN -> new DisputeCommand.Assign(id, by, mediators(by, bad));
            case SUSPEND_FOR_APPRAISAL -> new DisputeCommand.SuspendForAppraisal(id, by, bad ? FreeText.of(" ") : text());
            case RESUME -> new DisputeCommand.Resume(id, by);
            case EXTEND -> new DisputeCommand.Extend(id, by, pick(List.of(TimeLimit.calendarDays(1 + rnd.nextInt(30)),
                    TimeLimit.workingDays(5), TimeLimit.calendarMonths(1))), parties(everyone, bad), text());
            case REACH_AGREEMENT -> new DisputeCommand.ReachAgreement(id, by, agreement(everyone, bad));
            case FAIL -> new DisputeCommand.Fail(id, by, routes(bad), text());
            case EXPIRE -> new DisputeCommand.Expire(id, by);
            case WITHDRAW -> new DisputeCommand.Withdraw(id, by, partyId(by, bad), text());
            case REQUEST_CONFIRMATION -> new DisputeCommand.RequestConfirmation(id, by,
                    bad && rnd.nextInt(3) == 0 ? phone() : pick(List.of(COURT, COURT, "wuling-court")), parties(everyone, bad));
            case CONFIRM -> new DisputeCommand.Confirm(id, by, text());
            case REFUSE_CONFIRMATION -> new DisputeCommand.RefuseConfirmation(id, by, text());
            case REMEDIATE -> new DisputeCommand.Remediate(id, by, text());
            case RECORD_PERFORMANCE -> new DisputeCommand.RecordPerformance(id, by, text());
            case DIVERT -> divert(id, by, bad);
            case CLOSE -> new DisputeCommand.Close(id, by, closingRoutes(bad), text());
            case RAISE_WARNING -> new DisputeCommand.RaiseWarning(id, by);
            case APPLY -> throw new AssertionError("APPLY is not a command on a dispute");
        };
    }

    private DisputeCommand divert(CommandId id, Actor by, boolean bad) {
        MediationCategory category = pick(Arrays.asList(MediationCategory.values()));
        CourtProcedure procedure = category == MediationCategory.JUDICIAL
                ? pick(List.of(CourtProcedure.ORDINARY, CourtProcedure.SUMMARY)) : CourtProcedure.NONE;
        String newId = d.id() + "-" + (++commands);
        int noise = bad ? rnd.nextInt(4) : -1;
        return new DisputeCommand.Divert(id, by, noise == 0 ? d.id() : DisputeId.of(newId),
                noise == 1 ? phone() : "TJ-" + newId, noise == 2 ? d.category() : category,
                noise == 3 ? pick(List.of(CourtProcedure.NONE, CourtProcedure.SUMMARY)) : noise == 2 ? d.procedure()
                        : procedure, noise == 2 ? d.committee() : pick(COMMITTEES), text());
    }

    private MediationCategory nonJudicial() {
        return pick(List.of(MediationCategory.PEOPLES, MediationCategory.INDUSTRY_PROFESSIONAL,
                MediationCategory.ADMINISTRATIVE, MediationCategory.PRE_LITIGATION));
    }

    private String partyId(Actor by, boolean bad) {
        if (bad) {
            return oneOf("p-nobody", phone(), secrets.idNumbers().get(0));
        }
        return d.isParty(by.personId()) ? by.personId() : pick(d.parties()).partyId();
    }

    private List<String> parties(List<String> everyone, boolean bad) {
        List<String> ids = new ArrayList<>(everyone);
        Collections.shuffle(ids, rnd);
        if (bad) {
            switch (rnd.nextInt(4)) {
                case 0 -> ids.remove(0);
                case 1 -> ids.set(0, phone());
                case 2 -> ids.add(ids.get(0));
                default -> ids.add("p-nobody");
            }
        }
        return ids;
    }

    private List<Mediator> mediators(Actor by, boolean bad) {
        List<Mediator> team = new ArrayList<>(List.of(Mediator.mediator(by.personId())));
        if (rnd.nextBoolean()) {
            team.add(pick(List.of(Mediator.lawyer("l-1"), new Mediator("x-1", Mediator.Kind.EXPERT),
                    Mediator.mediator("m-2"))));
        }
        if (bad) {
            switch (rnd.nextInt(4)) {
                case 0 -> team.add(0, Mediator.lawyer("l-1"));
                case 1 -> team.add(new Mediator(phone(), Mediator.Kind.EXPERT));
                case 2 -> team.add(team.get(0));
                default -> team.clear();
            }
        }
        return team;
    }

    private MediationAgreement agreement(List<String> everyone, boolean bad) {
        LocalDate today = clock.atZone(ChangdeWorld.CALENDAR.zone()).toLocalDate();
        boolean early = bad && rnd.nextBoolean();
        return new MediationAgreement(parties(everyone, bad && !early), text(), text(), text(),
                FreeText.of(pick(secrets.names()) + "于期限内支付赔偿"), text(),
                early ? today.minusDays(1 + rnd.nextInt(10)) : today.plusDays(rnd.nextInt(60)),
                Money.yuan(rnd.nextInt(100_000)));
    }

    private List<Route> routes(boolean bad) {
        if (!bad) {
            return rnd.nextBoolean() ? List.of() : MediationLifecycle.defaultRoutes(d.category(), d.domain());
        }
        return pick(List.of(List.of(Route.LITIGATION), List.of(Route.ENFORCEMENT), List.of(Route.ARBITRATION,
                Route.ARBITRATION), List.of(Route.OTHER_MEDIATION, Route.LITIGATION)));
    }

    private List<Route> closingRoutes(boolean bad) {
        if (bad) {
            return pick(List.of(List.of(), List.of(Route.OTHER_MEDIATION), List.of(Route.LITIGATION)));
        }
        return switch (d.state()) {
            case CONFIRMED -> List.of(Route.ENFORCEMENT);
            case AGREED -> List.of(Route.LITIGATION);
            default -> rnd.nextBoolean() ? List.of() : List.of(pick(Arrays.asList(Route.values())));
        };
    }

    private FreeText text() {
        return switch (rnd.nextInt(4)) {
            case 0 -> FreeText.of(pick(secrets.names()) + "表示同意");
            case 1 -> FreeText.of("联系电话" + secrets.phones().get(0));
            case 2 -> FreeText.of("身份证号" + secrets.idNumbers().get(0));
            default -> FreeText.of("双方协商");
        };
    }

    private String phone() {
        return secrets.phones().get(0);
    }

    /** The member of a committee among the actors, or a random actor. */
    private Actor member(String committee) {
        List<Actor> members = ACTORS.stream().filter(a -> a.organisation().equals(committee)
                && a.hasRole(Role.MEDIATOR)).toList();
        return members.isEmpty() ? pick(ACTORS) : pick(members);
    }

    private CommandId id() {
        return CommandId.of("w" + seed + "-c" + (++commands));
    }

    @SafeVarargs
    private <T> T oneOf(T... values) {
        return values[rnd.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    /** Whether a dispute in an area can be acted on by an actor (its scope contains the area). */
    static boolean inScope(Actor a, String area) {
        return a.areaScope().stream().anyMatch(s -> ChangdeWorld.TREE.isAncestor(s, area) || s.equals(area));
    }

    /** A calendar question about a year the calendar lacks: not a refusal of the walk's making. */
    static boolean outsideCalendar(RuntimeException e) {
        return e instanceof NotFoundException && e.getMessage().contains("holiday schedule");
    }
}
