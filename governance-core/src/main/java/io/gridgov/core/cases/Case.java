package io.gridgov.core.cases;

import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case: one resident's demand, hazard, dispute or alert on its way round the closed loop. An
 * immutable snapshot; {@link CaseLifecycle#apply} returns the next one with the events that led to it.
 * The version rises by exactly one per accepted command, starting at 1 when the case is reported.
 *
 * <p>{@link #toString()} shows the tracking number, state, version, category and area; never the
 * reporter, the description or the address (the accessors give them, as personal data types that mask
 * themselves).
 *
 * <p>Immutable and thread-safe.
 */
public final class Case {
    private final CaseId id;
    private final String trackingNumber;
    private final CaseKind kind;
    private final String category;
    private final Channel channel;
    private final Priority priority;
    private final Location location;
    private final Reporter reporter;
    private final FreeText description;
    private final Instant reportedAt;
    private final CaseState state;
    private final CaseState suspendedFrom;
    private final SuspensionReason suspensionReason;
    private final String owner;
    private final String ownerArea;
    private final String level;
    private final String mainHandler;
    private final List<String> cooperating;
    private final String resolvedOnSpotBy;
    private final String handledBy;
    private final Countdown[] clocks;
    private final WarningLevel[] warnings;
    private final Stage currentStage;
    private final ExtensionRequest pendingExtension;
    private final ClosureOutcome outcome;
    private final String concludedByDispute;
    private final Evaluation evaluation;
    private final boolean reopenRequested;
    private final boolean reopenAsked;
    private final CaseId mergedInto;
    private final int returns;
    private final int reworks;
    private final int escalations;
    private final int extensions;
    private final int supervisions;
    private final int urges;
    private final int reopens;
    private final long version;
    private final Instant updatedAt;

    Case(Draft d) {
        this.id = d.id;
        this.trackingNumber = d.trackingNumber;
        this.kind = d.kind;
        this.category = d.category;
        this.channel = d.channel;
        this.priority = d.priority;
        this.location = d.location;
        this.reporter = d.reporter;
        this.description = d.description;
        this.reportedAt = d.reportedAt;
        this.state = d.state;
        this.suspendedFrom = d.suspendedFrom;
        this.suspensionReason = d.suspensionReason;
        this.owner = d.owner;
        this.ownerArea = d.ownerArea;
        this.level = d.level;
        this.mainHandler = d.mainHandler;
        this.cooperating = d.cooperating;
        this.resolvedOnSpotBy = d.resolvedOnSpotBy;
        this.handledBy = d.handledBy;
        this.clocks = d.clocks;
        this.warnings = d.warnings;
        this.currentStage = d.currentStage;
        this.pendingExtension = d.pendingExtension;
        this.outcome = d.outcome;
        this.concludedByDispute = d.concludedByDispute;
        this.evaluation = d.evaluation;
        this.reopenRequested = d.reopenRequested;
        this.reopenAsked = d.reopenAsked;
        this.mergedInto = d.mergedInto;
        this.returns = d.returns;
        this.reworks = d.reworks;
        this.escalations = d.escalations;
        this.extensions = d.extensions;
        this.supervisions = d.supervisions;
        this.urges = d.urges;
        this.reopens = d.reopens;
        this.version = d.version;
        this.updatedAt = d.updatedAt;
    }

    /** The case id. */
    public CaseId id() {
        return id;
    }

    /** The human-readable tracking number. */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** What kind of matter it is. */
    public CaseKind kind() {
        return kind;
    }

    /** The category code in the lifecycle's taxonomy. */
    public String category() {
        return category;
    }

    /** How it came in. */
    public Channel channel() {
        return channel;
    }

    /** How urgent it is. */
    public Priority priority() {
        return priority;
    }

    /** Where it is. */
    public Location location() {
        return location;
    }

    /** Who reported it (personal data, masked in {@code toString()}). */
    public Reporter reporter() {
        return reporter;
    }

    /** What was reported (personal data, masked in {@code toString()}). */
    public FreeText description() {
        return description;
    }

    /** When it was reported. */
    public Instant reportedAt() {
        return reportedAt;
    }

    /** The state. */
    public CaseState state() {
        return state;
    }

    /** The state a suspended case resumes to; empty unless {@link CaseState#SUSPENDED}. */
    public Optional<CaseState> suspendedFrom() {
        return Optional.ofNullable(suspendedFrom);
    }

    /** Why the case is suspended; empty unless {@link CaseState#SUSPENDED}. */
    public Optional<SuspensionReason> suspensionReason() {
        return Optional.ofNullable(suspensionReason);
    }

    /** The organisation (a station or centre) that owns the case now: it registers, dispatches, verifies. */
    public String owner() {
        return owner;
    }

    /** The code of the area the owning organisation is responsible for. */
    public String ownerArea() {
        return ownerArea;
    }

    /** The key of the owning area's level (e.g. {@code "street"}, {@code "district"}): where the case is handled. */
    public String level() {
        return level;
    }

    /** The main handling organisation, once dispatched (or resolved on the spot). */
    public Optional<String> mainHandler() {
        return Optional.ofNullable(mainHandler);
    }

    /** The cooperating organisations; empty when none. */
    public List<String> cooperating() {
        return cooperating;
    }

    /** The person who resolved the case on the spot, if it was (the micro cycle). */
    public Optional<String> resolvedOnSpotBy() {
        return Optional.ofNullable(resolvedOnSpotBy);
    }

    /** The person who last fed back a result or resolved the case on the spot. */
    public Optional<String> handledBy() {
        return Optional.ofNullable(handledBy);
    }

    /** Whether the main or a cooperating handler is this organisation. */
    public boolean isHandledBy(String organisation) {
        return organisation.equals(mainHandler) || cooperating.contains(organisation);
    }

    /** The stage whose clock runs (or is paused) now; empty once closed or terminated. */
    public Optional<Stage> currentStage() {
        return Optional.ofNullable(currentStage);
    }

    /** The clock of the latest run of a stage, if it ever started. */
    public Optional<Countdown> clock(Stage stage) {
        return Optional.ofNullable(clocks[stage.ordinal()]);
    }

    /** The clocks of every stage that ever started (the latest run of each), in stage order. */
    public Map<Stage, Countdown> clocks() {
        EnumMap<Stage, Countdown> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            if (clocks[s.ordinal()] != null) {
                m.put(s, clocks[s.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The highest warning level recorded for the latest run of a stage ({@link WarningLevel#NORMAL} if none). */
    public WarningLevel warningRaised(Stage stage) {
        WarningLevel w = warnings[stage.ordinal()];
        return w == null ? WarningLevel.NORMAL : w;
    }

    /** The pending request for more time, if any. */
    public Optional<ExtensionRequest> pendingExtension() {
        return Optional.ofNullable(pendingExtension);
    }

    /** How the case was closed, once verified or concluded by a mediation; empty again after a confirmed reopen. */
    public Optional<ClosureOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * The tracking number of the dispute whose mediation concluded the case
     * ({@link CaseCommandType#CONCLUDE_BY_MEDIATION}); empty if the case was closed by verification or is
     * not closed. Like {@link #outcome()} it describes the current closure: a confirmed reopen clears it
     * (the {@link CaseEvent.ConcludedByMediation} event keeps the history).
     */
    public Optional<String> concludedByDispute() {
        return Optional.ofNullable(concludedByDispute);
    }

    /** The latest evaluation, once evaluated. */
    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    /** Whether a reopen was asked for and waits for a dispatcher. */
    public boolean isReopenRequested() {
        return reopenRequested;
    }

    /** Whether a reopen was already asked for after the latest evaluation (pending, or declined). */
    public boolean isReopenAsked() {
        return reopenAsked;
    }

    /** The surviving case, if this one was merged into it. */
    public Optional<CaseId> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    /** How many times the case was returned by a handler (退回). */
    public int returns() {
        return returns;
    }

    /** How many times verification failed (返工). */
    public int reworks() {
        return reworks;
    }

    /** How many times the case was escalated. */
    public int escalations() {
        return escalations;
    }

    /** How many extensions were approved. */
    public int extensions() {
        return extensions;
    }

    /** How many cards supervisors issued. */
    public int supervisions() {
        return supervisions;
    }

    /** How many times the case was urged. */
    public int urges() {
        return urges;
    }

    /** How many times the case was reopened. */
    public int reopens() {
        return reopens;
    }

    /** The version: 1 when reported, one more per accepted command. */
    public long version() {
        return version;
    }

    /** When the last accepted command was applied. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Rebuilds a case from its stored parts ({@link #toParts()}), for a store reading a snapshot back.
     * The parts are checked against everything the lifecycle guarantees of the cases it produces (see
     * docs/lifecycle.md, "Restoring a case"): a version of 1 or more; the ids; which parts the state
     * implies (a suspended case's state to resume to and reason, an outcome exactly when closed or
     * evaluated, an evaluation exactly when evaluated, the surviving case exactly when merged, a main
     * handler once dispatched); the stage clocks (the current stage is the state's, its clock runs, or is
     * paused exactly when the case is suspended, every other clock has finished, no instant after the last
     * change); counters of 0 or more that add up to no more commands than the version counts. A case
     * that passes is one the lifecycle accepts commands on exactly as on the case it was stored from.
     *
     * @param parts the parts
     * @return the case, equal to the one the parts were taken from
     * @throws InvalidInputException ({@link io.gridgov.core.ErrorCode#INVALID_INPUT}) listing every problem
     *                               at once, each under the name of its part (e.g.
     *                               {@code clocks.HANDLE.deadline}, {@code suspendedFrom}); personal data
     *                               is never repeated
     */
    public static Case restore(Parts parts) {
        return CaseRestore.restore(parts);
    }

    /**
     * The parts of this case, for storage; {@link #restore(Parts)} rebuilds an equal case from them.
     *
     * @return the parts
     */
    public Parts toParts() {
        return new Parts(id, trackingNumber, kind, category, channel, priority, location, reporter, description,
                reportedAt, state, suspendedFrom, suspensionReason, owner, ownerArea, level, mainHandler, cooperating,
                resolvedOnSpotBy, handledBy, clocks(), recordedWarnings(), currentStage, pendingExtension, outcome,
                concludedByDispute, evaluation, reopenRequested, reopenAsked, mergedInto, returns, reworks, escalations,
                extensions, supervisions, urges, reopens, version, updatedAt);
    }

    private Map<Stage, WarningLevel> recordedWarnings() {
        EnumMap<Stage, WarningLevel> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            if (warnings[s.ordinal()] != null) {
                m.put(s, warnings[s.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Everything a case holds, as stored: what {@link Case#toParts()} returns and {@link Case#restore}
     * checks. A plain carrier: it checks nothing itself (it only copies the collections it is given), so a
     * store can read a broken row into it and get every problem from {@code restore}. Parts that are
     * optional on the case are {@code null} when absent.
     *
     * <p>The personal data inside (reporter, description, address, texts of the extension request and of
     * the evaluation) is the real value: a store holds it as such and must protect it
     * (docs/personal-data.md). {@code toString()} shows it masked, like the types themselves.
     *
     * @param id                 the case id
     * @param trackingNumber     the tracking number (an identifier)
     * @param kind               the kind
     * @param category           the category code
     * @param channel            the channel
     * @param priority           the priority
     * @param location           the location
     * @param reporter           the reporter
     * @param description        the description
     * @param reportedAt         when it was reported
     * @param state              the state
     * @param suspendedFrom      the state to resume to; exactly when {@code state} is SUSPENDED
     * @param suspensionReason   why it is suspended; exactly when {@code state} is SUSPENDED
     * @param owner              the owning organisation
     * @param ownerArea          the owning organisation's area code
     * @param level              the key of the owning area's level
     * @param mainHandler        the main handling organisation, or {@code null}
     * @param cooperating        the cooperating organisations (empty when none)
     * @param resolvedOnSpotBy   the person who resolved it on the spot in the current round, or {@code null}
     * @param handledBy          the person who last fed back or resolved it, or {@code null}
     * @param clocks             the latest clock of every stage that ever started
     * @param warnings           the highest warning recorded for a stage's latest clock; a stage without an
     *                           entry (or with {@link WarningLevel#NORMAL}) has none
     * @param currentStage       the stage whose clock runs or is paused, or {@code null}
     * @param pendingExtension   the pending request for more time, or {@code null}
     * @param outcome            how it was closed, or {@code null}
     * @param concludedByDispute the tracking number of the dispute whose mediation concluded it, or {@code null}
     * @param evaluation         the latest evaluation, or {@code null}
     * @param reopenRequested    whether a reopen waits for a dispatcher
     * @param reopenAsked        whether a reopen was asked for after the latest evaluation
     * @param mergedInto         the surviving case, or {@code null}
     * @param returns            how many returns
     * @param reworks            how many failed verifications
     * @param escalations        how many escalations
     * @param extensions         how many approved extensions
     * @param supervisions       how many supervision cards
     * @param urges              how many urges
     * @param reopens            how many reopens
     * @param version            the version, 1 or more
     * @param updatedAt          when the last accepted command was applied
     */
    public record Parts(CaseId id, String trackingNumber, CaseKind kind, String category, Channel channel,
            Priority priority, Location location, Reporter reporter, FreeText description, Instant reportedAt,
            CaseState state, CaseState suspendedFrom, SuspensionReason suspensionReason, String owner, String ownerArea,
            String level, String mainHandler, List<String> cooperating, String resolvedOnSpotBy, String handledBy,
            Map<Stage, Countdown> clocks, Map<Stage, WarningLevel> warnings, Stage currentStage,
            ExtensionRequest pendingExtension, ClosureOutcome outcome, String concludedByDispute, Evaluation evaluation,
            boolean reopenRequested, boolean reopenAsked, CaseId mergedInto, int returns, int reworks, int escalations,
            int extensions, int supervisions, int urges, int reopens, long version, Instant updatedAt) {
        /** Copies the collections (a {@code null} collection stays {@code null}, for {@code restore} to report). */
        public Parts {
            cooperating = cooperating == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(cooperating));
            clocks = clocks == null ? null : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clocks));
            warnings = warnings == null ? null : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(warnings));
        }
    }

    String mainHandlerOrNull() {
        return mainHandler;
    }

    String handledByOrNull() {
        return handledBy;
    }

    String resolvedOnSpotByOrNull() {
        return resolvedOnSpotBy;
    }

    Draft draft() {
        return new Draft(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Case c && version == c.version && id.equals(c.id) && state == c.state
                && trackingNumber.equals(c.trackingNumber) && kind == c.kind && category.equals(c.category)
                && channel == c.channel && priority == c.priority && location.equals(c.location)
                && reporter.equals(c.reporter) && description.equals(c.description) && reportedAt.equals(c.reportedAt)
                && suspendedFrom == c.suspendedFrom && suspensionReason == c.suspensionReason && owner.equals(c.owner)
                && ownerArea.equals(c.ownerArea) && level.equals(c.level) && Objects.equals(mainHandler, c.mainHandler)
                && cooperating.equals(c.cooperating) && Objects.equals(resolvedOnSpotBy, c.resolvedOnSpotBy)
                && Objects.equals(handledBy, c.handledBy) && Arrays.equals(clocks, c.clocks)
                && Arrays.equals(warnings, c.warnings) && currentStage == c.currentStage
                && Objects.equals(pendingExtension, c.pendingExtension) && outcome == c.outcome
                && Objects.equals(concludedByDispute, c.concludedByDispute)
                && Objects.equals(evaluation, c.evaluation) && reopenRequested == c.reopenRequested && reopenAsked == c.reopenAsked
                && Objects.equals(mergedInto, c.mergedInto) && returns == c.returns && reworks == c.reworks
                && escalations == c.escalations && extensions == c.extensions && supervisions == c.supervisions
                && urges == c.urges && reopens == c.reopens && updatedAt.equals(c.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, state);
    }

    /** Renders as e.g. {@code Case[ZZ-20220704-000123, DISPATCHED, v3, C0201, area 430703102201]}; no personal data. */
    @Override
    public String toString() {
        return "Case[" + trackingNumber + ", " + state + ", v" + version + ", " + category + ", area "
                + location.areaCode() + "]";
    }

    private static final int STAGES = Stage.values().length;

    /** The mutable working copy a transition edits before it freezes it into the next snapshot. */
    static final class Draft {
        CaseId id;
        String trackingNumber;
        CaseKind kind;
        String category;
        Channel channel;
        Priority priority;
        Location location;
        Reporter reporter;
        FreeText description;
        Instant reportedAt;
        CaseState state;
        CaseState suspendedFrom;
        SuspensionReason suspensionReason;
        String owner;
        String ownerArea;
        String level;
        String mainHandler;
        List<String> cooperating = List.of();
        String resolvedOnSpotBy;
        String handledBy;
        Countdown[] clocks;
        WarningLevel[] warnings;
        boolean clocksShared;
        Stage currentStage;
        ExtensionRequest pendingExtension;
        ClosureOutcome outcome;
        String concludedByDispute;
        Evaluation evaluation;
        boolean reopenRequested;
        boolean reopenAsked;
        CaseId mergedInto;
        int returns;
        int reworks;
        int escalations;
        int extensions;
        int supervisions;
        int urges;
        int reopens;
        long version;
        Instant updatedAt;

        Draft() {
            clocks = new Countdown[STAGES];
            warnings = new WarningLevel[STAGES];
        }

        private Draft(Case c) {
            id = c.id;
            trackingNumber = c.trackingNumber;
            kind = c.kind;
            category = c.category;
            channel = c.channel;
            priority = c.priority;
            location = c.location;
            reporter = c.reporter;
            description = c.description;
            reportedAt = c.reportedAt;
            state = c.state;
            suspendedFrom = c.suspendedFrom;
            suspensionReason = c.suspensionReason;
            owner = c.owner;
            ownerArea = c.ownerArea;
            level = c.level;
            mainHandler = c.mainHandler;
            cooperating = c.cooperating;
            resolvedOnSpotBy = c.resolvedOnSpotBy;
            handledBy = c.handledBy;
            clocks = c.clocks;
            warnings = c.warnings;
            clocksShared = true;
            currentStage = c.currentStage;
            pendingExtension = c.pendingExtension;
            outcome = c.outcome;
            concludedByDispute = c.concludedByDispute;
            evaluation = c.evaluation;
            reopenRequested = c.reopenRequested;
            reopenAsked = c.reopenAsked;
            mergedInto = c.mergedInto;
            returns = c.returns;
            reworks = c.reworks;
            escalations = c.escalations;
            extensions = c.extensions;
            supervisions = c.supervisions;
            urges = c.urges;
            reopens = c.reopens;
            version = c.version;
            updatedAt = c.updatedAt;
        }

        /** Sets a stage's clock (copying the arrays the first time, so the snapshot stays untouched). */
        void clock(Stage stage, Countdown clock, WarningLevel warning) {
            if (clocksShared) {
                clocks = clocks.clone();
                warnings = warnings.clone();
                clocksShared = false;
            }
            clocks[stage.ordinal()] = clock;
            warnings[stage.ordinal()] = warning;
        }

        Countdown clock(Stage stage) {
            return clocks[stage.ordinal()];
        }

        Case build() {
            return new Case(this);
        }
    }
}
