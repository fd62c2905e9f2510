package io.gridgov.examples.scenarios;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLifecycle;
import io.gridgov.core.mediation.Party;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WorkCalendar;
import io.gridgov.routing.rules.Cycle;
import io.gridgov.routing.rules.Entry;
import io.gridgov.routing.rules.EntryKind;
import io.gridgov.routing.rules.HandlingRule;
import io.gridgov.routing.rules.MediationRule;
import io.gridgov.routing.rules.Owner;
import io.gridgov.routing.rules.Router;
import io.gridgov.routing.rules.RuleSet;
import io.gridgov.spi.directory.InMemoryDirectory;
import io.gridgov.spi.directory.Organisation;
import io.gridgov.spi.directory.RoleAssignment;
import io.gridgov.spi.json.GridFile;
import io.gridgov.spi.locator.PolygonGridLocator;
import io.gridgov.spi.memory.MemoryNotifier;
import io.gridgov.spi.memory.MemoryStore;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.OutboxRelay;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.DisputeCommit;
import io.gridgov.spi.tracking.DailySequenceTrackingNumbers;
import io.gridgov.spi.tracking.TrackingNumbers;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a host platform wires when it embeds gridgov on the embedded in-memory defaults, for Longshan Road
 * Street: the grid file and a polygon locator over its boundaries, tracking numbers, a directory of the
 * street's offices, departments and mediation committee, a routing rule set compiled into a router, the
 * case and mediation lifecycles, and a {@link MemoryStore} whose outbox an {@link OutboxRelay} drains into a
 * {@link MemoryNotifier}.
 *
 * <p>Every command goes the way a host's engine takes it: load the snapshot from the store, apply the
 * command (a pure function of the snapshot, the command and the time), commit the new snapshot with the
 * expected version, its events and the notifications it produced in one atomic commit, then deliver the
 * outbox. Time comes from one {@link ScriptClock} the scenario sets to fixed instants, so the run is
 * deterministic. The trace it prints shows ids, states, versions, organisation ids and times; never a name,
 * a phone number, an address or what somebody said.
 */
final class LongshanHost {
    static final String STREET = "370402003";
    /** The street's comprehensive-governance centre (街道综治中心): receives 12345 calls, registers, dispatches. */
    static final String STREET_CENTRE = "longshan-centre";
    /** The street's comprehensive law-enforcement squad (街道综合执法中队): street order. */
    static final String URBAN = "longshan-urban";
    /** The street's sanitation station (环卫所): city appearance. */
    static final String SANITATION = "longshan-sanitation";
    /** Longshan Community's people's mediation committee (龙山社区人民调解委员会). */
    static final String COMMITTEE = "longshan-pmc";
    static final String LONGSHAN_COMMUNITY = "370402003001";
    static final String GUANGMING_COMMUNITY = "370402003002";

    final GridFile file;
    final GridTree tree;
    final PolygonGridLocator locator;
    final TrackingNumbers trackingNumbers;
    final InMemoryDirectory directory;
    final Router router;
    final CaseLifecycle cases;
    final MediationLifecycle mediation;
    final MemoryStore store;
    final MemoryNotifier notifier;
    final ScriptClock clock;
    private final OutboxRelay relay;
    private final PrintStream out;

    LongshanHost(GridFile file, PrintStream out) {
        this.file = file;
        this.tree = file.tree();
        this.out = out;
        this.clock = new ScriptClock(LocalDateTime.of(2025, 9, 29, 9, 0).atZone(WorkCalendar.CHINA).toInstant());
        this.locator = PolygonGridLocator.of(tree, file.boundaries());
        this.trackingNumbers = DailySequenceTrackingNumbers.create();
        this.directory = directory(file);
        this.router = rules(tree, directory).compile();
        WorkCalendar calendar = WorkCalendar.china(List.of(HolidaySchedule.china2025()));
        this.cases = CaseLifecycle.builder().grid(tree).calendar(calendar)
                .timeLimits(TimeLimitPolicy.standard(CategoryTaxonomy.urbanAndSocial(), tree.scheme())).build();
        this.mediation = MediationLifecycle.builder().grid(tree).calendar(calendar).build();
        this.store = MemoryStore.create();
        this.notifier = MemoryNotifier.recording();
        this.relay = OutboxRelay.of(store.outbox(), notifier, clock);
    }

    /**
     * The street's organisations: an office for every area down to the grids (the street centre, the cadre
     * areas' offices, the community workstations, the grid stations), two street departments and the
     * community's mediation committee; and the people the scenarios act as, by opaque id.
     */
    private static InMemoryDirectory directory(GridFile file) {
        GridTree tree = file.tree();
        List<Organisation> organisations = new ArrayList<>();
        tree.subtree(STREET).filter(a -> !a.level().key().equals("building"))
                .forEach(a -> organisations.add(Organisation.office(officeId(a), a.name() + officeSuffix(a), a.code())));
        organisations.add(Organisation.department(URBAN, "龙山路街道综合执法中队", STREET, Set.of("E05")));
        organisations.add(Organisation.department(SANITATION, "龙山路街道环卫所", STREET, Set.of("E01")));
        organisations.add(Organisation.mediationCommittee(COMMITTEE, "龙山社区人民调解委员会", LONGSHAN_COMMUNITY,
                MediationCategory.PEOPLES, Set.of(DisputeDomain.NEIGHBOURHOOD)));
        String grid = LONGSHAN_COMMUNITY + "001";
        return InMemoryDirectory.builder(file.staffing())
                .addAll(organisations)
                .assign(new RoleAssignment("op-07", Role.DISPATCHER, STREET_CENTRE, STREET),
                        new RoleAssignment("um-31", Role.HANDLER, URBAN, STREET),
                        new RoleAssignment("cw-12", Role.HANDLER, "community-" + GUANGMING_COMMUNITY, GUANGMING_COMMUNITY),
                        new RoleAssignment("med-11", Role.MEDIATOR, COMMITTEE, LONGSHAN_COMMUNITY),
                        new RoleAssignment("med-11", Role.HANDLER, COMMITTEE, LONGSHAN_COMMUNITY),
                        new RoleAssignment("gm-001", Role.GRID_MEMBER, "grid-" + grid, grid),
                        new RoleAssignment("gl-001", Role.GRID_LEADER, "grid-" + grid, grid))
                .build();
    }

    private static String officeId(Area a) {
        return a.code().equals(STREET) ? STREET_CENTRE : a.level().key() + "-" + a.code();
    }

    private static String officeSuffix(Area a) {
        switch (a.level().key()) {
            case "street":
                return "综治中心";
            case "community":
                return "工作站";
            case "grid":
                return "网格站";
            default:
                return "办公室";
        }
    }

    /**
     * Longshan's routing rules: street order is the street squad's basic duty; city appearance in Guangming
     * Road Community is the community's own; neighbourhood disputes in Longshan Community go to its people's
     * mediation committee; city appearance is resolved in the grid (the micro cycle) unless a list entry says
     * otherwise.
     */
    private static RuleSet rules(GridTree tree, InMemoryDirectory directory) {
        return RuleSet.builder("longshan-2025", tree, CategoryTaxonomy.urbanAndSocial(), directory::isKnown)
                .entry(Entry.of("E05", STREET, EntryKind.BASIC_DUTY, URBAN, TimeLimit.workingDays(3))
                        .withHandlingLevel("street"))
                .entry(Entry.of("E01", GUANGMING_COMMUNITY, EntryKind.BASIC_DUTY, "community-" + GUANGMING_COMMUNITY,
                        TimeLimit.workingDays(2)).withCooperating(SANITATION).withHandlingLevel("community"))
                .entry(Entry.of("S01", LONGSHAN_COMMUNITY, EntryKind.BASIC_DUTY, COMMITTEE, TimeLimit.workingDays(10))
                        .withHandlingLevel("community"))
                .handling(HandlingRule.of("E01", "grid"))
                .cycle("grid", Cycle.MICRO).cycle("community", Cycle.SMALL).cycle("street", Cycle.SMALL)
                .mediation(MediationRule.of(DisputeDomain.NEIGHBOURHOOD, MediationCategory.PEOPLES, COMMITTEE,
                        "community"))
                .build();
    }

    /**
     * The actor a person acts as in a role, from the directory's role assignments.
     *
     * @throws IllegalStateException if the directory gives the person no such role
     */
    Actor actor(String personId, Role role) {
        RoleAssignment a = directory.rolesOf(personId).stream().filter(r -> r.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("the directory gives " + personId + " no role " + role));
        return Actor.of(personId, role, a.organisationId(), a.areaCode());
    }

    /** The organisation a routing owner names: itself, or the directory's office of the territory. */
    String organisationOf(Owner owner) {
        if (owner instanceof Owner.Organisation o) {
            return o.id();
        }
        Owner.Territory t = (Owner.Territory) owner;
        return directory.officeAt(t.area(), tree.scheme().level(t.level()))
                .orElseThrow(() -> new IllegalStateException("no office for the territory " + t)).id();
    }

    // ------------------------------------------------------------------ cases through the store

    /**
     * Moves the clock on: what the engine, the tracking numbers and the relay see as now.
     *
     * @throws IllegalArgumentException if {@code now} is before the clock's instant (time only moves forward)
     */
    void advanceTo(Instant now) {
        if (now.isBefore(clock.instant())) {
            throw new IllegalArgumentException("the scenario's clock is at " + clock.instant() + "; it cannot go back to "
                    + now);
        }
        clock.set(now);
    }

    /** Reports a new case: commits it at version 1 (expected 0). */
    Case report(CaseReport report) {
        return commit(cases.report(report, clock.instant())).snapshot();
    }

    /** Loads a case from the store and applies a command to it, at the clock's time; nothing is stored yet. */
    Transition apply(CaseId id, CaseCommand command) {
        Case current = store.cases().find(id).orElseThrow(() -> new IllegalStateException("no case " + id));
        return cases.apply(current, command, clock.instant());
    }

    /** Load, apply, commit, deliver. */
    Case run(CaseId id, CaseCommand command) {
        return commit(apply(id, command)).snapshot();
    }

    /**
     * Commits a transition with the notifications its events call for, delivers the outbox, and prints one
     * line per event (and per notification). A replayed commit prints that nothing was written.
     */
    Committed<Case> commit(Transition t) {
        Case next = t.next();
        List<Notification> notifications = notifications(next, t.events());
        Committed<Case> done = store.cases().commit(CaseCommit.of(t, notifications));
        if (done.replayed()) {
            return done;
        }
        relay.deliverDue();
        for (CaseEvent e : t.events()) {
            line("case", e.version(), e.getClass().getSimpleName(), e.by().personId(), e.at());
        }
        notified(notifications);
        return done;
    }

    /**
     * The host's notification policy: the owner hears of a dispatch, an urge and a warning; the reporter is
     * asked to evaluate once the case is closed. Recipients are opaque ids; parameters are identifiers.
     */
    private static List<Notification> notifications(Case c, List<CaseEvent> events) {
        List<Notification> list = new ArrayList<>();
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.Dispatched d) {
                add(list, e, d.mainHandler(), "case.dispatched", Map.of("trackingNumber", c.trackingNumber(),
                        "signForBy", d.deadline().toString()));
            } else if (e instanceof CaseEvent.Urged) {
                add(list, e, c.mainHandler().orElse(c.owner()), "case.urged", Map.of("trackingNumber", c.trackingNumber()));
            } else if (e instanceof CaseEvent.WarningRaised w) {
                add(list, e, c.mainHandler().orElse(c.owner()), "case.warning", Map.of("trackingNumber", c.trackingNumber(),
                        "stage", w.stage().name(), "level", w.level().name()));
            } else if (e instanceof CaseEvent.Closed || e instanceof CaseEvent.ConcludedByMediation) {
                c.reporter().personId().ifPresent(reporter -> add(list, e, reporter, "case.evaluation-requested",
                        Map.of("trackingNumber", c.trackingNumber())));
            }
        }
        return list;
    }

    private static void add(List<Notification> list, CaseEvent e, String recipient, String template,
            Map<String, String> parameters) {
        list.add(new Notification(NotificationId.of(e.caseId(), e.commandId(), list.size()), recipient, template,
                parameters, e.at()));
    }

    // ------------------------------------------------------------------ disputes through the store

    /** Opens a dispute from a case: commits the dispute at version 1. */
    Dispute openFromCase(Case c, DisputeApplication application) {
        return commit(mediation.openFromCase(c, application, clock.instant()));
    }

    /** Load, apply, commit, deliver, for a dispute. */
    Dispute run(DisputeId id, DisputeCommand command) {
        Dispute current = store.disputes().find(id).orElseThrow(() -> new IllegalStateException("no dispute " + id));
        return commit(mediation.apply(current, command, clock.instant()));
    }

    /** The parties hear when their dispute is accepted and when an agreement is reached. */
    private Dispute commit(DisputeTransition t) {
        List<Notification> notifications = new ArrayList<>();
        for (DisputeEvent e : t.events()) {
            String template = e instanceof DisputeEvent.Accepted ? "dispute.accepted"
                    : e instanceof DisputeEvent.AgreementReached ? "dispute.agreement-reached" : null;
            if (template == null) {
                continue;
            }
            for (Party p : t.next().parties()) {
                notifications.add(new Notification(NotificationId.of(e.disputeId(), e.commandId(), notifications.size()),
                        p.partyId(), template, Map.of("trackingNumber", t.next().trackingNumber()), e.at()));
            }
        }
        Committed<Dispute> done = store.disputes().commit(DisputeCommit.of(t, notifications));
        if (done.replayed()) {
            return done.snapshot();
        }
        relay.deliverDue();
        for (DisputeEvent e : t.events()) {
            line("dispute", e.version(), e.getClass().getSimpleName(), e.by().personId(), e.at());
        }
        notified(notifications);
        return done.snapshot();
    }

    // ------------------------------------------------------------------ trace

    private void line(String what, long version, String event, String by, Instant at) {
        out.printf("   %-7s v%-2d %-22s by %-14s at %s%n", what, version, event, by, local(at));
    }

    private void notified(List<Notification> notifications) {
        for (Notification n : notifications) {
            boolean delivered = notifier.deliveredIds().contains(n.id());
            out.printf("           -> %s to %s: %s%n", n.template(), n.recipient(), delivered ? "delivered" : "pending");
        }
    }

    static LocalDateTime local(Instant at) {
        return at.atZone(WorkCalendar.CHINA).toLocalDateTime();
    }

    static Instant at(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(WorkCalendar.CHINA).toInstant();
    }

    /**
     * The scenario's clock: a fixed instant the scenario moves forward step by step, as a host's system clock
     * would move on its own. Thread-safe (the instant is volatile).
     */
    static final class ScriptClock extends Clock {
        private volatile Instant now;

        ScriptClock(Instant start) {
            this.now = Objects.requireNonNull(start, "start");
        }

        void set(Instant instant) {
            now = Objects.requireNonNull(instant, "instant");
        }

        @Override
        public ZoneId getZone() {
            return WorkCalendar.CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
