package io.gridgov.core.mediation;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.time.TimeLimit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limits of mediation, by category, domain and court procedure, with the laws' defaults in
 * {@link #standard()}; every one can be changed by building a policy of one's own.
 *
 * <p>Precedence, fixed: the rule whose selector names the most of category, domain and procedure wins;
 * between selectors naming as many, a domain beats a procedure, which beats a category. So a labour
 * dispute in people's mediation takes the labour rule over the people's-mediation month, and a labour
 * dispute mediated by a court in a lawsuit takes the court's 15 or 7 days (the labour rule is keyed by
 * the people's-mediation categories). Two rules with the same selector are an error at build time.
 *
 * <p>Immutable and thread-safe.
 */
public final class MediationTimeLimits {
    private final List<Map.Entry<Selector, MediationLimit>> limits;
    private final List<Map.Entry<Selector, TimeLimit>> windows;
    private final MediationLimit otherwise;
    private final TimeLimit confirmationWindow;

    private MediationTimeLimits(Builder b) {
        this.limits = sorted(b.limits);
        this.windows = sorted(b.windows);
        this.otherwise = b.otherwise;
        this.confirmationWindow = b.confirmationWindow;
    }

    private static <V> List<Map.Entry<Selector, V>> sorted(Map<Selector, V> m) {
        List<Map.Entry<Selector, V>> l = new ArrayList<>(m.entrySet());
        l.sort(Comparator.comparingInt((Map.Entry<Selector, V> e) -> e.getKey().rank()).reversed());
        return l.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /**
     * The defaults the laws give:
     * <table>
     * <caption>Standard mediation time limits</caption>
     * <tr><th>selector</th><th>limit</th><th>from</th><th>extendable</th><th>on expiry</th></tr>
     * <tr><td>anything else, incl. people's, industry, administrative</td><td>1 calendar month</td><td>acceptance</td><td>yes, by consent</td><td>warns</td></tr>
     * <tr><td>people's or industry × labour</td><td>15 calendar days</td><td>application</td><td>no</td><td>parties may go to arbitration</td></tr>
     * <tr><td>people's or industry × medical</td><td>30 working days</td><td>acceptance</td><td>yes, by agreement</td><td>deemed failed</td></tr>
     * <tr><td>administrative × traffic</td><td>10 calendar days</td><td>acceptance</td><td>no</td><td>deemed failed</td></tr>
     * <tr><td>pre-litigation</td><td>30 calendar days</td><td>acceptance</td><td>yes, by consent</td><td>deemed failed</td></tr>
     * <tr><td>judicial × ordinary procedure</td><td>15 calendar days</td><td>acceptance</td><td>yes, by consent</td><td>deemed failed</td></tr>
     * <tr><td>judicial × summary procedure</td><td>7 calendar days</td><td>acceptance</td><td>yes, by consent</td><td>deemed failed</td></tr>
     * </table>
     * Sources: people's mediation "is usually concluded within one month" (Ministry of Justice provisions on
     * people's mediation, 2002, art. 33); labour: Labour Dispute Mediation and Arbitration Law art. 14;
     * medical: Regulation on the Prevention and Handling of Medical Disputes art. 38 (appraisal time not
     * counted; the committee and both sides may agree to extend; expiry is deemed a failure); traffic:
     * Regulation on the Implementation of the Road Traffic Safety Law arts. 94–95; pre-litigation and
     * judicial mediation: the Supreme People's Court's provisions on them.
     * Traffic accident mediation by the police must be applied for within 10 calendar days of receiving
     * the accident determination; judicial confirmation within 30 calendar days of the agreement taking
     * effect. Calendar days and months are counted as the law counts periods
     * ({@link TimeLimit.Unit#CALENDAR_DAYS}).
     *
     * @return the standard limits
     */
    public static MediationTimeLimits standard() {
        MediationLimit month = new MediationLimit(TimeLimit.calendarMonths(1), MediationLimit.Start.ACCEPTANCE, true,
                MediationLimit.Expiry.WARNS);
        MediationLimit labour = new MediationLimit(TimeLimit.calendarDays(15), MediationLimit.Start.APPLICATION, false,
                MediationLimit.Expiry.PARTIES_MAY_LEAVE);
        MediationLimit medical = new MediationLimit(TimeLimit.workingDays(30), MediationLimit.Start.ACCEPTANCE, true,
                MediationLimit.Expiry.FAILS);
        Builder b = builder().otherwise(month);
        for (MediationCategory c : List.of(MediationCategory.PEOPLES, MediationCategory.INDUSTRY_PROFESSIONAL)) {
            b.limit(Selector.any().category(c).domain(DisputeDomain.LABOUR), labour);
            b.limit(Selector.any().category(c).domain(DisputeDomain.MEDICAL), medical);
        }
        Selector traffic = Selector.any().category(MediationCategory.ADMINISTRATIVE).domain(DisputeDomain.TRAFFIC);
        b.limit(traffic, new MediationLimit(TimeLimit.calendarDays(10), MediationLimit.Start.ACCEPTANCE, false,
                MediationLimit.Expiry.FAILS));
        b.applicationWindow(traffic, TimeLimit.calendarDays(10));
        b.limit(Selector.any().category(MediationCategory.PRE_LITIGATION), new MediationLimit(TimeLimit.calendarDays(30),
                MediationLimit.Start.ACCEPTANCE, true, MediationLimit.Expiry.FAILS));
        b.limit(Selector.any().category(MediationCategory.JUDICIAL).procedure(CourtProcedure.ORDINARY),
                new MediationLimit(TimeLimit.calendarDays(15), MediationLimit.Start.ACCEPTANCE, true,
                        MediationLimit.Expiry.FAILS));
        b.limit(Selector.any().category(MediationCategory.JUDICIAL).procedure(CourtProcedure.SUMMARY),
                new MediationLimit(TimeLimit.calendarDays(7), MediationLimit.Start.ACCEPTANCE, true,
                        MediationLimit.Expiry.FAILS));
        return b.confirmationWindow(TimeLimit.calendarDays(30)).build();
    }

    /** Starts an empty policy. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The limit of a mediation.
     *
     * @param category  its category
     * @param domain    its domain
     * @param procedure its court procedure
     * @return the most specific rule's limit, or the fallback
     */
    public MediationLimit limitFor(MediationCategory category, DisputeDomain domain, CourtProcedure procedure) {
        for (Map.Entry<Selector, MediationLimit> e : limits) {
            if (e.getKey().matches(category, domain, procedure)) {
                return e.getValue();
            }
        }
        return otherwise;
    }

    /**
     * The window in which a mediation must be applied for, counted from the day the applicant received
     * the decision it rests on (a traffic accident determination), if the most specific window rule
     * matching sets one.
     */
    public Optional<TimeLimit> applicationWindow(MediationCategory category, DisputeDomain domain,
            CourtProcedure procedure) {
        for (Map.Entry<Selector, TimeLimit> e : windows) {
            if (e.getKey().matches(category, domain, procedure)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The window for applying for judicial confirmation, counted from the agreement taking effect. */
    public TimeLimit confirmationWindow() {
        return confirmationWindow;
    }

    /** The limit used when no rule matches. */
    public MediationLimit otherwise() {
        return otherwise;
    }

    /** The limit rules, most specific first (the order they are tried in). */
    public List<Map.Entry<Selector, MediationLimit>> limits() {
        return limits;
    }

    /** The application-window rules, most specific first. */
    public List<Map.Entry<Selector, TimeLimit>> applicationWindows() {
        return windows;
    }

    @Override
    public String toString() {
        return "MediationTimeLimits[" + limits.size() + " rules, otherwise " + otherwise + "]";
    }

    /**
     * Which mediations a rule applies to: any combination of a category, a domain and a court procedure;
     * what it does not name, it does not restrict. Immutable.
     */
    public static final class Selector {
        private static final Selector ANY = new Selector(null, null, null);

        private final MediationCategory category;
        private final DisputeDomain domain;
        private final CourtProcedure procedure;

        private Selector(MediationCategory category, DisputeDomain domain, CourtProcedure procedure) {
            this.category = category;
            this.domain = domain;
            this.procedure = procedure;
        }

        /** A selector that names nothing (matches every mediation). */
        public static Selector any() {
            return ANY;
        }

        /** This selector, restricted to a category. */
        public Selector category(MediationCategory c) {
            return new Selector(Objects.requireNonNull(c, "category"), domain, procedure);
        }

        /** This selector, restricted to a domain. */
        public Selector domain(DisputeDomain d) {
            return new Selector(category, Objects.requireNonNull(d, "domain"), procedure);
        }

        /** This selector, restricted to a court procedure. */
        public Selector procedure(CourtProcedure p) {
            return new Selector(category, domain, Objects.requireNonNull(p, "procedure"));
        }

        /** The category it names, if any. */
        public Optional<MediationCategory> categoryIfNamed() {
            return Optional.ofNullable(category);
        }

        /** The domain it names, if any. */
        public Optional<DisputeDomain> domainIfNamed() {
            return Optional.ofNullable(domain);
        }

        /** The procedure it names, if any. */
        public Optional<CourtProcedure> procedureIfNamed() {
            return Optional.ofNullable(procedure);
        }

        /** Whether it applies to a mediation. */
        public boolean matches(MediationCategory c, DisputeDomain d, CourtProcedure p) {
            return (category == null || category == c) && (domain == null || domain.equals(d))
                    && (procedure == null || procedure == p);
        }

        /** Higher wins: more keys named first, then domain over procedure over category. */
        int rank() {
            int named = (category == null ? 0 : 1) + (domain == null ? 0 : 1) + (procedure == null ? 0 : 1);
            return named * 8 + (domain == null ? 0 : 4) + (procedure == null ? 0 : 2) + (category == null ? 0 : 1);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Selector s && category == s.category && Objects.equals(domain, s.domain)
                    && procedure == s.procedure;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, domain, procedure);
        }

        /** Renders as e.g. {@code [category=PEOPLES, domain=labour]} or {@code [any]}. */
        @Override
        public String toString() {
            List<String> parts = new ArrayList<>(3);
            if (category != null) {
                parts.add("category=" + category);
            }
            if (domain != null) {
                parts.add("domain=" + domain);
            }
            if (procedure != null) {
                parts.add("procedure=" + procedure);
            }
            return parts.isEmpty() ? "[any]" : parts.toString();
        }
    }

    /** Collects a policy. Not thread-safe. */
    public static final class Builder {
        private final Map<Selector, MediationLimit> limits = new LinkedHashMap<>();
        private final Map<Selector, TimeLimit> windows = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private MediationLimit otherwise;
        private TimeLimit confirmationWindow;

        private Builder() {
        }

        /** Sets the limit for the mediations a selector names; a second rule for the same selector is a problem. */
        public Builder limit(Selector selector, MediationLimit limit) {
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(limit, "limit");
            check(selector, "limits");
            if (limits.putIfAbsent(selector, limit) != null) {
                problems.add(new Problem("limits" + selector, "a second limit for the same selector (" + limit
                        + "); keep one rule per selector"));
            }
            return this;
        }

        /** Sets the application window for the mediations a selector names. */
        public Builder applicationWindow(Selector selector, TimeLimit window) {
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(window, "window");
            check(selector, "applicationWindows");
            if (windows.putIfAbsent(selector, window) != null) {
                problems.add(new Problem("applicationWindows" + selector, "a second window for the same selector ("
                        + window + "); keep one rule per selector"));
            }
            return this;
        }

        /** The limit when no rule matches. Required. */
        public Builder otherwise(MediationLimit limit) {
            this.otherwise = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /** The window for applying for judicial confirmation. Required (the law's is 30 calendar days). */
        public Builder confirmationWindow(TimeLimit window) {
            this.confirmationWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        private void check(Selector s, String where) {
            if (s.procedure != null && s.procedure != CourtProcedure.NONE && s.category != MediationCategory.JUDICIAL) {
                problems.add(new Problem(where + s, "a court procedure other than NONE is only ever set on JUDICIAL"
                        + " mediations; add category(JUDICIAL) to the selector"));
            }
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws InvalidInputException ({@link ErrorCode#INVALID_TIME_LIMIT_POLICY}) listing every problem:
         *                               duplicate selectors, a procedure without the judicial category, a
         *                               missing fallback or confirmation window
         */
        public MediationTimeLimits build() {
            List<Problem> all = new ArrayList<>(problems);
            if (otherwise == null) {
                all.add(new Problem("otherwise", "missing; call otherwise(limit) with the limit for mediations no rule names"));
            }
            if (confirmationWindow == null) {
                all.add(new Problem("confirmationWindow", "missing; call confirmationWindow(TimeLimit.calendarDays(30))"));
            }
            if (!all.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_TIME_LIMIT_POLICY, "mediation time limits cannot be built", all);
            }
            return new MediationTimeLimits(this);
        }
    }
}
