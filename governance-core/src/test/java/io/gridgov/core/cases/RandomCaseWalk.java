package io.gridgov.core.cases;

import io.gridgov.core.grid.Area;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.IdNumber;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.TimeLimit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static io.gridgov.core.cases.CaseFixtures.CHANGDE;
import static io.gridgov.core.cases.CaseFixtures.CITY_CENTRE;
import static io.gridgov.core.cases.CaseFixtures.DINGCHENG;
import static io.gridgov.core.cases.CaseFixtures.DISTRICT_CENTRE;
import static io.gridgov.core.cases.CaseFixtures.GRID;
import static io.gridgov.core.cases.CaseFixtures.GRID_2;
import static io.gridgov.core.cases.CaseFixtures.GRID_B;
import static io.gridgov.core.cases.CaseFixtures.GRID_STATION;
import static io.gridgov.core.cases.CaseFixtures.GRID_W;
import static io.gridgov.core.cases.CaseFixtures.HIGHWAY;
import static io.gridgov.core.cases.CaseFixtures.HUNAN;
import static io.gridgov.core.cases.CaseFixtures.STREET_W;
import static io.gridgov.core.cases.CaseFixtures.TOWN;
import static io.gridgov.core.cases.CaseFixtures.TOWN_B;
import static io.gridgov.core.cases.CaseFixtures.TOWN_B_CENTRE;
import static io.gridgov.core.cases.CaseFixtures.TOWN_CENTRE;
import static io.gridgov.core.cases.CaseFixtures.TREE;
import static io.gridgov.core.cases.CaseFixtures.VILLAGE;
import static io.gridgov.core.cases.CaseFixtures.WATER;
import static io.gridgov.core.cases.CaseFixtures.WULING;

/**
 * Random but plausible lifecycles of one case, for the property and personal-data tests. A walk
 * reports a case (any grid, any priority, a reporter with an account, without one, or anonymous,
 * received by the right town or district centre), then applies a sequence of commands of every type at
 * non-decreasing times (occasionally the same instant, rarely one before the case's last change),
 * from the fixture's actors and a few more (people who hold two roles, a second grid station, a
 * city-wide handler, people who act for two organisations). Most of the time it picks a command the
 * state allows and someone may issue, and an actor holding one of the row's roles (often one who
 * qualifies), so that walks reach deep states; one walk in three goes straight round the loop, the others
 * take detours and exits in proportions of their own. The rest is noise: any command, any actor, wrong
 * areas, merges into the case itself, unknown categories, duplicate handlers, dispute numbers that are not
 * identifiers, mediations concluding cases that are no dispute, blank texts. Free texts, addresses and names
 * carry phone and identity numbers, so whatever the lifecycle produces can be scanned for them.
 *
 * <p>Whenever the case waits for verification, every actor also tries to verify it, without the walk
 * taking the result: separation of duties is checked for everyone, not only for whom chance picks.
 *
 * <p>The walk asserts nothing: it hands every step, accepted or refused, to a {@link Listener}. A seed
 * gives the same walk every time (command ids are derived from it).
 */
final class RandomCaseWalk {
    static final String WULING_CENTRE = "wuling-centre";
    static final String STREET_W_CENTRE = "street-w-centre";
    static final String HUNAN_CENTRE = "hunan-centre";
    static final String GRID_W_STATION = "grid-w-station";
    static final String GRID_B_STATION = "grid-b-station";
    static final String SANITATION = "sanitation-bureau";

    static final List<Actor> EXTRA_ACTORS = List.of(
            Actor.of("wd-1", Role.DISPATCHER, WULING_CENTRE, WULING),
            Actor.of("sw-1", Role.DISPATCHER, STREET_W_CENTRE, STREET_W),
            // grid-station staff who also sign for and handle what is dispatched to the station
            new Actor("gm-w", Set.of(Role.GRID_MEMBER, Role.HANDLER), GRID_W_STATION, Set.of(GRID_W)),
            Actor.of("gl-w", Role.GRID_LEADER, GRID_W_STATION, GRID_W),
            new Actor("gm-b", Set.of(Role.GRID_MEMBER, Role.HANDLER), GRID_B_STATION, Set.of(GRID_B)),
            // a grid leader who is also a grid member: must never verify what they resolved themselves
            new Actor("gl-b", Set.of(Role.GRID_LEADER, Role.GRID_MEMBER), GRID_B_STATION, Set.of(GRID_B)),
            Actor.of("gm-2", Role.GRID_MEMBER, GRID_STATION, GRID_2),
            Actor.of("gl-v", Role.GRID_LEADER, GRID_STATION, VILLAGE),
            new Actor("gh-1", Set.of(Role.HANDLER, Role.GRID_MEMBER), GRID_STATION, Set.of(VILLAGE)),
            Actor.of("sn-1", Role.HANDLER, SANITATION, CHANGDE),
            // centre staff who dispatch and handle: the centre must not verify what it handled
            new Actor("td-2", Set.of(Role.DISPATCHER, Role.HANDLER), TOWN_CENTRE, Set.of(TOWN)),
            // highway staff who also supervise: must not verify what their organisation handled
            new Actor("hs-1", Set.of(Role.HANDLER, Role.SUPERVISOR), HIGHWAY, Set.of(DINGCHENG)),
            Actor.of("rv-2", Role.RETURN_VISITOR, DISTRICT_CENTRE, DINGCHENG),
            // people acting for a second organisation: separation of duties is per person too
            Actor.of("hw-1", Role.SUPERVISOR, "city-supervision", CHANGDE),
            Actor.of("gm-1", Role.DISPATCHER, TOWN_CENTRE, TOWN),
            Actor.of("gm-b", Role.SUPERVISOR, "city-supervision", CHANGDE));

    /** The fixture's actors and the extra ones. */
    static final List<Actor> ACTORS = Stream.concat(CaseFixtures.ACTORS.stream(), EXTRA_ACTORS.stream()).toList();

    /** Every organisation an actor acts for, and one nobody acts for. */
    static final List<String> ORGANISATIONS = Stream.concat(ACTORS.stream().map(Actor::organisation),
            Stream.of("unknown-bureau")).distinct().sorted().toList();

    /** The centre of each area that has one (escalation targets, receiving organisations). */
    static final Map<String, String> CENTRES = Map.of(TOWN, TOWN_CENTRE, TOWN_B, TOWN_B_CENTRE, DINGCHENG,
            DISTRICT_CENTRE, STREET_W, STREET_W_CENTRE, WULING, WULING_CENTRE, CHANGDE, CITY_CENTRE, HUNAN, HUNAN_CENTRE);

    /** Where cases are: every grid of the fixture. */
    static final List<String> GRIDS = List.of(GRID, GRID_2, GRID_B, GRID_W);

    static final List<String> AREAS = TREE.areas().map(Area::code).toList();

    static final List<String> CATEGORIES = CaseFixtures.TAXONOMY.categories().stream().map(Category::code).toList();

    static final List<CaseCommandType> COMMANDS = Arrays.stream(CaseCommandType.values())
            .filter(t -> t != CaseCommandType.REPORT).toList();

    /** The commands that end a case; the biased choice picks them less often so walks go deep. */
    static final Set<CaseCommandType> EXITS = EnumSet.of(CaseCommandType.REJECT, CaseCommandType.MERGE,
            CaseCommandType.WITHDRAW);

    /** The commands of the main line of the closed loop; picked more often than detours. */
    static final Set<CaseCommandType> MAIN_LINE = EnumSet.of(CaseCommandType.REGISTER, CaseCommandType.DISPATCH,
            CaseCommandType.SIGN_FOR, CaseCommandType.FEED_BACK, CaseCommandType.VERIFY_PASS, CaseCommandType.EVALUATE,
            CaseCommandType.RESUME);

    /** The commands that only record something; picked less often too. */
    static final Set<CaseCommandType> RECORDS = EnumSet.of(CaseCommandType.SUPERVISE, CaseCommandType.URGE,
            CaseCommandType.RAISE_WARNING);

    /** Names of reporters (every one must be masked wherever it appears). */
    static final List<String> NAMES = List.of("张三", "李小红", "欧阳娜娜", "王建国", "赵敏");

    /** The fixture's lifecycle, and the same one running Bean Validation on every command. */
    static final CaseLifecycle PLAIN = CaseFixtures.LIFECYCLE;
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    static final CaseLifecycle VALIDATING = CaseLifecycle.builder().grid(TREE).calendar(CaseFixtures.CALENDAR)
            .timeLimits(PLAIN.policy()).validator(VALIDATOR).build();

    /** One command applied to a case: accepted (with its transition) or refused (with the exception). */
    record Step(int index, Case before, Case snapshot, CaseCommand command, Instant now, Transition accepted,
            RuntimeException refused) {
        boolean isAccepted() {
            return accepted != null;
        }

        @Override
        public String toString() {
            return "step " + index + ": " + command.type() + " by " + command.actor().personId() + " "
                    + command.actor().roles() + " of " + command.actor().organisation() + " on " + before + " at " + now
                    + (accepted != null ? ", accepted" : ", refused: " + refused);
        }
    }

    /** Receives what a walk does. */
    interface Listener {
        /** The report that opened the case, and its transition. */
        void reported(CaseReport report, Instant now, Transition transition);

        /** A command applied to the case. */
        void step(Step step);
    }

    /** What a walk reached. */
    record Reach(Set<CaseState> states, Set<CaseCommandType> accepted) {
    }

    /** The personal data a walk puts into reports and texts. */
    record Secrets(List<String> phones, List<String> idNumbers, List<String> names) {
        /** Every raw value, for literal scans (phones also as typed with dashes). */
        List<String> raw() {
            List<String> all = new ArrayList<>(phones);
            phones.forEach(p -> all.add(p.substring(0, 3) + "-" + p.substring(3, 7) + "-" + p.substring(7)));
            all.addAll(idNumbers);
            all.addAll(names);
            return all;
        }
    }

    private final long seed;
    private final Random rnd;
    private final CaseLifecycle lifecycle;
    private final int length;
    private final Listener listener;
    private final Secrets secrets;
    private final int exitWeight;
    private final int detourWeight;
    private final boolean straight;
    private int commands;
    private Case c;
    private Instant clock;

    private RandomCaseWalk(long seed, CaseLifecycle lifecycle, int length, Listener listener) {
        this.seed = seed;
        this.rnd = new Random(seed);
        this.lifecycle = lifecycle;
        this.length = length;
        this.listener = listener;
        this.secrets = secrets(new Random(~seed));
        this.exitWeight = rnd.nextInt(4) == 0 ? 4 : 1;
        this.detourWeight = 2 + rnd.nextInt(7);
        this.straight = seed % 3 == 1;
    }

    /**
     * Runs one walk.
     *
     * @param seed      the seed
     * @param lifecycle the lifecycle to apply commands with
     * @param length    how many commands, at most (a terminal state, or an evaluation no reopen can
     *                  follow, ends the walk after every command was tried there once more)
     * @param listener  receives every step
     * @return the states visited and the commands accepted
     */
    static Reach run(long seed, CaseLifecycle lifecycle, int length, Listener listener) {
        return new RandomCaseWalk(seed, lifecycle, length, listener).walk();
    }

    /** The secrets the walk for a seed uses. */
    static Secrets secretsOf(long seed) {
        return secrets(new Random(~seed));
    }

    /** A seed's lifecycle: every third seed runs Bean Validation too. */
    static CaseLifecycle lifecycleFor(long seed) {
        return seed % 3 == 2 ? VALIDATING : PLAIN;
    }

    private Reach walk() {
        Set<CaseState> states = EnumSet.of(CaseState.REPORTED);
        Set<CaseCommandType> accepted = EnumSet.noneOf(CaseCommandType.class);
        CaseReport report = report();
        clock = start();
        Transition t = lifecycle.report(report, clock);
        listener.reported(report, clock, t);
        c = t.next();
        for (int i = 0; i < length; i++) {
            if (c.state().isTerminal() || isSettled(c)) {
                for (CaseCommandType type : COMMANDS) {
                    apply(i, command(type, actorFor(type)), nextTime());
                }
                break;
            }
            if (c.state() == CaseState.HANDLED) {
                probeVerification(i);
            }
            CaseCommandType type = type();
            Step s = apply(i, command(type, actor(type)), nextTime());
            if (s.isAccepted()) {
                accepted.add(type);
                c = s.accepted().next();
                states.add(c.state());
            }
        }
        return new Reach(states, accepted);
    }

    /**
     * Separation of duties does not depend on luck: whenever the case waits for verification, every actor
     * tries to pass and to fail it (the walk goes on with the case as it was; nothing random is used).
     */
    private void probeVerification(int index) {
        for (Actor a : ACTORS) {
            apply(index, new CaseCommand.VerifyPass(id(), a, ClosureOutcome.RESOLVED, FreeText.empty()), clock);
            apply(index, new CaseCommand.VerifyFail(id(), a, FreeText.of("probe")), clock);
        }
    }

    /** Evaluated, and no reopen can follow: only refusals are left (the walk tries everything once more). */
    private static boolean isSettled(Case c) {
        return c.state() == CaseState.EVALUATED && !c.isReopenRequested() && (c.isReopenAsked()
                || c.evaluation().orElseThrow().satisfaction() != Satisfaction.DISSATISFIED);
    }

    private Step apply(int index, CaseCommand command, Instant now) {
        Case snapshot = deepCopy(c);
        Step s;
        try {
            s = new Step(index, c, snapshot, command, now, lifecycle.apply(c, command, now), null);
        } catch (RuntimeException e) {
            s = new Step(index, c, snapshot, command, now, null, e);
        }
        listener.step(s);
        return s;
    }

    // ---- the report -------------------------------------------------------------------------------

    private CaseReport report() {
        String grid = pick(GRIDS);
        List<String> receivers = switch (grid) {
            case GRID, GRID_2 -> List.of(TOWN, DINGCHENG);
            case GRID_B -> List.of(TOWN_B, DINGCHENG);
            default -> List.of(STREET_W, WULING);
        };
        String receivingArea = pick(receivers);
        String name = pick(secrets.names());
        String phone = pick(secrets.phones());
        Reporter reporter;
        Actor actor;
        switch (rnd.nextInt(5)) {
            case 0 -> {
                reporter = Reporter.of("r-1", PersonName.of(name), PhoneNumber.parse(phone));
                actor = CaseFixtures.RESIDENT;
            }
            case 1 -> {
                reporter = Reporter.of("r-2", rnd.nextBoolean() ? PersonName.of(name) : null, PhoneNumber.parse(phone));
                actor = CaseFixtures.OTHER_RESIDENT;
            }
            case 2 -> {
                reporter = Reporter.of(null, PersonName.of(name), PhoneNumber.parse(phone));
                actor = reportingOfficial(grid);
            }
            case 3 -> {
                reporter = Reporter.anonymous();
                actor = reportingOfficial(grid);
            }
            default -> {
                reporter = Reporter.person("r-1");
                actor = CaseFixtures.RESIDENT;
            }
        }
        Priority priority = rnd.nextInt(4) == 0 ? Priority.EMERGENCY : pick(List.of(Priority.values()));
        Location location = Location.of(grid, rnd.nextBoolean() ? new GeoPoint(29.0 + rnd.nextDouble(), 111.6 + rnd.nextDouble())
                : null, text(false));
        return new CaseReport(id(), actor, CaseId.of("case-" + seed), "CD-20220704-" + String.format("%06d", seed),
                pick(List.of(CaseKind.values())), pick(CATEGORIES), pick(List.of(Channel.values())), priority, location,
                reporter, text(false), CENTRES.get(receivingArea), receivingArea);
    }

    /** Someone who may report in the grid on a resident's behalf: a grid member there, a centre, the system. */
    private Actor reportingOfficial(String grid) {
        List<Actor> officials = ACTORS.stream()
                .filter(a -> a.hasRole(Role.GRID_MEMBER) || a.hasRole(Role.DISPATCHER) || a.hasRole(Role.SYSTEM))
                .filter(a -> inScope(a, grid)).toList();
        return pick(officials);
    }

    private Instant start() {
        int year = seed % 2 == 0 ? 2022 : 2025;
        return CaseFixtures.at(year, 1, 1, 0, 0).plus(Duration.ofMinutes(rnd.nextInt(150 * 24 * 60)));
    }

    private Instant nextTime() {
        int r = rnd.nextInt(100);
        if (r < 2) {
            return c.updatedAt().minus(Duration.ofMinutes(1 + rnd.nextInt(120))); // before the last change: refused
        }
        Duration gap = r < 12 ? Duration.ZERO
                : r < 60 ? Duration.ofMinutes(1 + rnd.nextInt(180))
                : r < 90 ? Duration.ofHours(1 + rnd.nextInt(30))
                : Duration.ofDays(1 + rnd.nextInt(4)).plusMinutes(rnd.nextInt(600));
        clock = clock.plus(gap);
        return clock;
    }

    // ---- commands and actors -------------------------------------------------------------------------

    /**
     * Mostly a command the state allows and someone may issue now; exits and commands that only record
     * something (supervise, urge, warn) less often than those that move the case on.
     */
    private CaseCommandType type() {
        List<CaseCommandType> allowed = CaseLifecycle.table().allowedIn(c.state()).stream()
                .filter(t -> !qualified(CaseLifecycle.table().rule(c.state(), t).orElseThrow()).isEmpty())
                .filter(t -> rnd.nextInt(4) == 0 || isPlausible(t)).toList();
        if (allowed.isEmpty() || rnd.nextInt(10) >= 7) {
            return pick(COMMANDS);
        }
        int total = allowed.stream().mapToInt(this::weight).sum();
        if (total == 0) {
            return pick(allowed);
        }
        int x = rnd.nextInt(total);
        for (CaseCommandType t : allowed) {
            x -= weight(t);
            if (x < 0) {
                return t;
            }
        }
        throw new AssertionError("unreachable");
    }

    /** Whether the command's guards are likely to hold (a bias only: the lifecycle decides). */
    private boolean isPlausible(CaseCommandType t) {
        return switch (t) {
            case REQUEST_EXTENSION -> c.pendingExtension().isEmpty();
            case APPROVE_EXTENSION, DENY_EXTENSION -> c.pendingExtension().isPresent();
            case REQUEST_REOPEN -> !c.isReopenAsked()
                    && c.evaluation().map(Evaluation::satisfaction).orElse(null) == Satisfaction.DISSATISFIED;
            case CONFIRM_REOPEN, DECLINE_REOPEN -> c.isReopenRequested();
            case CONCLUDE_BY_MEDIATION -> c.kind() == CaseKind.DISPUTE;
            default -> true;
        };
    }

    /**
     * How often the biased choice picks a command, by the walk's style: one in three walks goes straight
     * round the loop (main line first, hardly any detours, no exits), the others mix in detours and exits
     * in proportions of their own.
     */
    private int weight(CaseCommandType t) {
        if (t == CaseCommandType.CONCLUDE_BY_MEDIATION && c.kind() == CaseKind.DISPUTE) {
            return straight ? 12 : 6; // a dispute's main line: its mediation concludes it
        }
        if (straight) {
            return EXITS.contains(t) ? 0 : MAIN_LINE.contains(t) ? 12 : t == CaseCommandType.RESOLVE_ON_SPOT ? 2 : 1;
        }
        if (t == CaseCommandType.REQUEST_EXTENSION) {
            return 5; // rare otherwise: only while handling
        }
        if (t == CaseCommandType.APPROVE_EXTENSION || t == CaseCommandType.DENY_EXTENSION) {
            return c.pendingExtension().isPresent() ? 12 : 1; // answer a request before the case moves on
        }
        if (t == CaseCommandType.RESOLVE_ON_SPOT) {
            return 2; // grid members are everywhere: without this, few cases would ever be dispatched
        }
        return EXITS.contains(t) ? exitWeight : RECORDS.contains(t) ? 1 : MAIN_LINE.contains(t) ? 6 : detourWeight;
    }

    /** Mostly someone the row lets issue the command (and often one who qualifies), else anyone. */
    private Actor actor(CaseCommandType type) {
        Rule<CaseState, CaseCommandType> rule = CaseLifecycle.table().rule(c.state(), type).orElse(null);
        if (rule == null || rnd.nextInt(10) >= 7) {
            return pick(ACTORS);
        }
        if ((type == CaseCommandType.VERIFY_PASS || type == CaseCommandType.VERIFY_FAIL) && rnd.nextInt(10) < 4) {
            // tempt separation of duties: a verifier's role, held by someone who (or whose organisation) handled it
            List<Actor> handlers = ACTORS.stream().filter(a -> rule.permits().stream().anyMatch(p -> a.hasRole(p.role())))
                    .filter(a -> c.isHandledBy(a.organisation()) || c.handledBy().equals(Optional.of(a.personId()))
                            || c.resolvedOnSpotBy().equals(Optional.of(a.personId())))
                    .toList();
            if (!handlers.isEmpty()) {
                return pick(handlers);
            }
        }
        List<Actor> roleHolders = ACTORS.stream().filter(a -> rule.permits().stream().anyMatch(p -> a.hasRole(p.role())))
                .toList();
        List<Actor> qualified = qualified(rule);
        if (!qualified.isEmpty() && rnd.nextInt(10) < 7) {
            return pick(qualified);
        }
        return roleHolders.isEmpty() ? pick(ACTORS) : pick(roleHolders);
    }

    /** The actors in scope who hold a permit of the row (guards aside). */
    private List<Actor> qualified(Rule<CaseState, CaseCommandType> rule) {
        return ACTORS.stream().filter(a -> inScope(a, c.location().areaCode()) && rule.permits().stream()
                .anyMatch(p -> a.hasRole(p.role()) && ((CaseParty) p.party()).holds(a, c))).toList();
    }

    /** For a terminal state, which has no rows: someone who may issue the command in some other state. */
    private Actor actorFor(CaseCommandType type) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Rule<CaseState, CaseCommandType> r : CaseLifecycle.table().rules()) {
            if (r.command() == type) {
                r.permits().stream().map(Permit::role).forEach(roles::add);
            }
        }
        List<Actor> holders = ACTORS.stream().filter(a -> roles.stream().anyMatch(a::hasRole))
                .filter(a -> inScope(a, c.location().areaCode())).toList();
        return holders.isEmpty() ? pick(ACTORS) : pick(holders);
    }

    private CaseCommand command(CaseCommandType type, Actor a) {
        CommandId id = id();
        return switch (type) {
            case REGISTER -> new CaseCommand.Register(id, a, pick(List.of(CaseKind.values())),
                    rnd.nextInt(12) == 0 ? "C9999" : pick(CATEGORIES),
                    rnd.nextInt(4) == 0 ? Priority.EMERGENCY : pick(List.of(Priority.values())));
            case REJECT -> new CaseCommand.Reject(id, a, text(true));
            case MERGE -> new CaseCommand.Merge(id, a, rnd.nextInt(4) == 0 ? c.id() : CaseId.of("case-" + rnd.nextInt(1000)
                    + "-survivor"), optionalText());
            case RESOLVE_ON_SPOT -> new CaseCommand.ResolveOnSpot(id, a, text(true), evidence());
            case DISPATCH -> dispatch(id, a);
            case SIGN_FOR -> new CaseCommand.SignFor(id, a);
            case RETURN -> new CaseCommand.Return(id, a, text(true));
            case ESCALATE -> escalate(id, a);
            case REQUEST_EXTENSION -> new CaseCommand.RequestExtension(id, a,
                    new TimeLimit(1 + rnd.nextInt(10), pick(List.of(TimeLimit.Unit.values()))), text(true));
            case APPROVE_EXTENSION -> new CaseCommand.ApproveExtension(id, a);
            case DENY_EXTENSION -> new CaseCommand.DenyExtension(id, a, text(true));
            case SUSPEND -> new CaseCommand.Suspend(id, a, pick(List.of(SuspensionReason.values())), text(true));
            case RESUME -> new CaseCommand.Resume(id, a);
            case FEED_BACK -> new CaseCommand.FeedBack(id, a, text(true), evidence());
            case VERIFY_PASS -> new CaseCommand.VerifyPass(id, a, pick(List.of(ClosureOutcome.values())), optionalText());
            case VERIFY_FAIL -> new CaseCommand.VerifyFail(id, a, text(true));
            case CONCLUDE_BY_MEDIATION -> new CaseCommand.ConcludeByMediation(id, a, dispute(),
                    pick(List.of(ClosureOutcome.values())), text(true));
            case EVALUATE -> new CaseCommand.Evaluate(id, a, rnd.nextInt(5) < 2 ? Satisfaction.DISSATISFIED
                    : pick(List.of(Satisfaction.values())), optionalText());
            case REQUEST_REOPEN -> new CaseCommand.RequestReopen(id, a, text(true));
            case CONFIRM_REOPEN -> new CaseCommand.ConfirmReopen(id, a);
            case DECLINE_REOPEN -> new CaseCommand.DeclineReopen(id, a, text(true));
            case WITHDRAW -> new CaseCommand.Withdraw(id, a, optionalText());
            case SUPERVISE -> new CaseCommand.Supervise(id, a, pick(List.of(Card.values())), text(true));
            case URGE -> new CaseCommand.Urge(id, a, optionalText());
            case RAISE_WARNING -> new CaseCommand.RaiseWarning(id, a);
            case REPORT -> throw new AssertionError("REPORT is not a command on a case");
        };
    }

    /**
     * Mostly an organisation with handlers where the case is, and cooperating ones; sometimes any
     * organisation, the main one again as cooperating, or a duplicate.
     */
    private CaseCommand dispatch(CommandId id, Actor a) {
        List<String> handlers = ACTORS.stream().filter(h -> h.hasRole(Role.HANDLER))
                .filter(h -> inScope(h, c.location().areaCode())).map(Actor::organisation).distinct().toList();
        String main = rnd.nextInt(4) == 0 || handlers.isEmpty() ? pick(ORGANISATIONS) : pick(handlers);
        List<String> cooperating = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            cooperating.add(rnd.nextBoolean() || handlers.isEmpty() ? pick(ORGANISATIONS) : pick(handlers));
        }
        if (rnd.nextInt(10) == 0) {
            cooperating.add(rnd.nextBoolean() || cooperating.isEmpty() ? main : cooperating.get(0));
        } else {
            cooperating = new ArrayList<>(new LinkedHashSet<>(cooperating));
            cooperating.remove(main);
        }
        return new CaseCommand.Dispatch(id, a, main, cooperating);
    }

    /** Mostly the owning area's parent with its centre; else any ancestor, any area, or an unknown one. */
    private CaseCommand escalate(CommandId id, Actor a) {
        String owner = c.ownerArea();
        List<Area> up = TREE.pathToRoot(owner);
        int r = rnd.nextInt(20);
        String to = r < 12 && up.size() > 1 ? up.get(1).code()
                : r < 15 ? pick(up).code()
                : r < 19 ? pick(AREAS)
                : "999999";
        String org = rnd.nextInt(8) > 0 && CENTRES.containsKey(to) ? CENTRES.get(to) : pick(ORGANISATIONS);
        return new CaseCommand.Escalate(id, a, to, org, rnd.nextInt(5) == 0, text(true));
    }

    /**
     * Mostly a dispute's tracking number; sometimes one that is not an identifier (too long, a space,
     * Chinese), refused by the lifecycle. Never a phone number: the command's own {@code toString()} shows
     * its input (the refusal must not, see {@code PersonalDataLeakTest}).
     */
    private String dispute() {
        return switch (rnd.nextInt(16)) {
            case 0 -> "TJ-" + "0".repeat(64);
            case 1 -> "TJ " + seed;
            case 2 -> "调解-" + seed;
            default -> "TJ-" + seed + "-" + rnd.nextInt(100);
        };
    }

    // ---- data ----------------------------------------------------------------------------------------

    private CommandId id() {
        return CommandId.of("s" + seed + "-c" + (++commands));
    }

    /** A text that often carries a phone or identity number; sometimes blank (refused where validated). */
    private FreeText text(boolean mayBeBlank) {
        if (mayBeBlank && rnd.nextInt(30) == 0) {
            return FreeText.of("   ");
        }
        String phone = pick(secrets.phones());
        String idNumber = pick(secrets.idNumbers());
        String name = pick(secrets.names());
        return FreeText.of(switch (rnd.nextInt(6)) {
            case 0 -> "路面塌陷，坑很深。联系人" + name + "，电话" + phone;
            case 1 -> "村口路灯不亮 call " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
            case 2 -> "申请人" + name + " 身份证号 " + idNumber + "，住址东村3组";
            case 3 -> name + "(" + idNumber + ") tel:" + phone;
            case 4 -> "已到现场处理，拍照留存";
            default -> "waiting for the appraisal report; contact " + phone + " before visiting";
        });
    }

    private FreeText optionalText() {
        return rnd.nextInt(3) == 0 ? FreeText.empty() : text(false);
    }

    private List<String> evidence() {
        List<String> e = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            e.add("oss://evidence/" + seed + "/photo-" + rnd.nextInt(100) + ".jpg");
        }
        return e;
    }

    private static Secrets secrets(Random r) {
        List<String> phones = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StringBuilder p = new StringBuilder("1").append(3 + r.nextInt(7));
            for (int d = 0; d < 9; d++) {
                p.append(r.nextInt(10));
            }
            phones.add(PhoneNumber.parse(p.toString()).reveal());
            ids.add(IdNumber.parse(idNumber(r)).reveal());
        }
        return new Secrets(List.copyOf(phones), List.copyOf(ids), NAMES);
    }

    /** A resident identity number with a valid GB 11643 check character: region, birth date, sequence. */
    static String idNumber(Random r) {
        String region = pick(r, List.of("430703", "430702", "110105", "370402"));
        String birth = String.format("%04d%02d%02d", 1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String first17 = region + birth + String.format("%03d", r.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A copy taken before a command, sharing nothing mutable with the case, so a change to the case would show. */
    static Case deepCopy(Case c) {
        Case.Draft d = c.draft();
        d.clocks = d.clocks.clone();
        d.warnings = d.warnings.clone();
        d.clocksShared = false;
        d.cooperating = List.copyOf(d.cooperating);
        return d.build();
    }

    static boolean inScope(Actor a, String areaCode) {
        return a.areaScope().stream().anyMatch(s -> TREE.contains(s, areaCode));
    }

    private <T> T pick(List<T> list) {
        return pick(rnd, list);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
