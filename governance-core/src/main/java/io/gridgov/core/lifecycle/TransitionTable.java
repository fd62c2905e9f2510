package io.gridgov.core.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lifecycle as data: for every state, which commands are allowed, to whom, under which guards, where
 * they lead and which events they emit. A look-up is one array read; the table can be listed
 * ({@link #rules()}, {@link #toMarkdown()}) and drawn ({@link #toMermaid()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the state type
 * @param <C> the command type
 */
public final class TransitionTable<S extends Enum<S>, C extends Enum<C>> {
    private final Class<S> stateType;
    private final S[] states;
    private final C[] commands;
    private final List<Rule<S, C>> rules;
    /** [state ordinal * commands + command ordinal]; null where the command is not allowed. */
    private final Rule<S, C>[] cells;
    private final List<List<C>> allowed;
    private final Set<S> terminal;
    private final S initial;
    private final C creating;

    @SuppressWarnings("unchecked")
    private TransitionTable(Builder<S, C> b) {
        this.stateType = b.stateType;
        this.states = b.stateType.getEnumConstants();
        this.commands = b.commandType.getEnumConstants();
        this.rules = List.copyOf(b.rules);
        this.cells = (Rule<S, C>[]) new Rule<?, ?>[states.length * commands.length];
        for (Rule<S, C> r : rules) {
            cells[r.from().ordinal() * commands.length + r.command().ordinal()] = r;
        }
        List<List<C>> perState = new ArrayList<>(states.length);
        EnumSet<S> noExit = EnumSet.noneOf(b.stateType);
        for (S s : states) {
            List<C> here = new ArrayList<>();
            for (C c : commands) {
                if (cells[s.ordinal() * commands.length + c.ordinal()] != null) {
                    here.add(c);
                }
            }
            perState.add(List.copyOf(here));
            if (here.isEmpty()) {
                noExit.add(s);
            }
        }
        this.allowed = List.copyOf(perState);
        this.terminal = Set.copyOf(noExit);
        this.initial = b.initial;
        this.creating = b.creating;
    }

    /**
     * Starts a table.
     *
     * @param stateType   the state enum
     * @param commandType the command enum
     * @param initial     the state a new aggregate is created in
     * @param creating    the command that creates it (drawn as the arrow from the start)
     * @param <S>         the state type
     * @param <C>         the command type
     * @return a builder
     */
    public static <S extends Enum<S>, C extends Enum<C>> Builder<S, C> builder(Class<S> stateType, Class<C> commandType,
            S initial, C creating) {
        return new Builder<>(stateType, commandType, initial, creating);
    }

    /** The rule for a command in a state, if the table allows it there. */
    public Optional<Rule<S, C>> rule(S state, C command) {
        return Optional.ofNullable(cells[state.ordinal() * commands.length + command.ordinal()]);
    }

    /** Whether the table allows a command in a state (to someone, if the guards hold). */
    public boolean allows(S state, C command) {
        return cells[state.ordinal() * commands.length + command.ordinal()] != null;
    }

    /** The commands allowed in a state, in the command enum's order. */
    public List<C> allowedIn(S state) {
        return allowed.get(state.ordinal());
    }

    /** Every rule, in the order they were added. */
    public List<Rule<S, C>> rules() {
        return rules;
    }

    /** The states that allow no command. */
    public Set<S> terminalStates() {
        return terminal;
    }

    /** The state a new aggregate starts in. */
    public S initialState() {
        return initial;
    }

    /** The command that creates an aggregate. */
    public C creatingCommand() {
        return creating;
    }

    /**
     * The table as a Mermaid state diagram ({@code stateDiagram-v2}): one arrow per state change,
     * labelled with its command; commands that keep the state are listed in a note on the state;
     * commands that return to the state before a suspension are drawn to each state that can be
     * suspended. Deterministic: the same table always gives the same text.
     */
    public String toMermaid() {
        StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
        sb.append("    [*] --> ").append(initial.name()).append(" : ").append(creating.name()).append('\n');
        Map<S, List<String>> stays = new LinkedHashMap<>();
        for (Rule<S, C> r : rules) {
            switch (r.target().kind()) {
                case STATE -> edge(sb, r.from(), r.target().state(), r.command().name());
                case STAY -> stays.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.command().name());
                case PREVIOUS -> {
                    for (S s : suspendable(r.from())) {
                        edge(sb, r.from(), s, r.command().name() + " (was " + s.name() + ")");
                    }
                }
            }
        }
        for (S s : states) {
            if (terminal.contains(s)) {
                sb.append("    ").append(s.name()).append(" --> [*]\n");
            }
        }
        for (Map.Entry<S, List<String>> e : stays.entrySet()) {
            sb.append("    note right of ").append(e.getKey().name()).append("\n        stays: ")
                    .append(String.join(", ", e.getValue())).append("\n    end note\n");
        }
        return sb.toString();
    }

    /**
     * The table as a Markdown table: state, command, who (permits), guards, next state, events; one row
     * per rule in the order they were added.
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| state | command | who | guard | next | events |\n|---|---|---|---|---|---|\n");
        for (Rule<S, C> r : rules) {
            sb.append("| ").append(r.from().name()).append(" | ").append(r.command().name()).append(" | ")
                    .append(r.permitsLabel()).append(" | ").append(r.guardsLabel()).append(" | ")
                    .append(r.target()).append(" | ").append(String.join(", ", r.events())).append(" |\n");
        }
        return sb.toString();
    }

    /** The states from which some command leads into {@code suspended}. */
    private List<S> suspendable(S suspended) {
        return Arrays.stream(states).filter(s -> rules.stream().anyMatch(r -> r.from() == s
                && r.target().kind() == Target.Kind.STATE && r.target().state() == suspended)).toList();
    }

    private static void edge(StringBuilder sb, Enum<?> from, Enum<?> to, String label) {
        sb.append("    ").append(from.name()).append(" --> ").append(to.name()).append(" : ").append(label).append('\n');
    }

    /** Renders as {@code TransitionTable[CaseState, N rules]}. */
    @Override
    public String toString() {
        return "TransitionTable[" + stateType.getSimpleName() + ", " + rules.size() + " rules]";
    }

    /**
     * Collects the rules of a table.
     *
     * @param <S> the state type
     * @param <C> the command type
     */
    public static final class Builder<S extends Enum<S>, C extends Enum<C>> {
        private final Class<S> stateType;
        private final Class<C> commandType;
        private final S initial;
        private final C creating;
        private final List<Rule<S, C>> rules = new ArrayList<>();

        private Builder(Class<S> stateType, Class<C> commandType, S initial, C creating) {
            this.stateType = Objects.requireNonNull(stateType, "stateType");
            this.commandType = Objects.requireNonNull(commandType, "commandType");
            this.initial = Objects.requireNonNull(initial, "initial");
            this.creating = Objects.requireNonNull(creating, "creating");
        }

        /**
         * Adds a rule.
         *
         * @param rule the rule
         * @return this builder
         * @throws IllegalArgumentException if the table already has a rule for the same state and command
         */
        public Builder<S, C> add(Rule<S, C> rule) {
            Objects.requireNonNull(rule, "rule");
            for (Rule<S, C> r : rules) {
                if (r.from() == rule.from() && r.command() == rule.command()) {
                    throw new IllegalArgumentException("the table already has a rule for " + rule.command() + " in "
                            + rule.from() + "; one rule per state and command");
                }
            }
            rules.add(rule);
            return this;
        }

        /**
         * Adds the same rule to several states.
         *
         * @param from    the states
         * @param command the command
         * @param permits who may issue it
         * @param guards  what must hold
         * @param target  where it leads
         * @param events  the event type names it emits
         * @return this builder
         */
        public Builder<S, C> add(Set<S> from, C command, List<Permit> permits, List<Condition> guards, Target<S> target,
                List<String> events) {
            for (S s : from.stream().sorted().collect(Collectors.toList())) {
                add(new Rule<>(s, command, permits, guards, target, events));
            }
            return this;
        }

        /** Builds the table. */
        public TransitionTable<S, C> build() {
            return new TransitionTable<>(this);
        }
    }
}
