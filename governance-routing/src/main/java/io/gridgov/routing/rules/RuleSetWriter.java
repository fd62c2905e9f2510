package io.gridgov.routing.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.gridgov.core.grid.Level;
import io.gridgov.core.mediation.Money;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Writes a {@link RuleSet} in the canonical form of {@value RuleSetCodec#FORMAT}: sections and members in
 * a fixed order, members that hold their default left out, empty sections left out, cycles in the order of
 * the scheme's levels, rules in the rule set's order, one rule per line.
 */
final class RuleSetWriter {
    private RuleSetWriter() {
    }

    static void write(RuleSet rules, JsonGenerator gen) throws IOException {
        // the layout is ours whatever the host mapper's settings; nothing closed or completed on failure
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        gen.enable(JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature());
        gen.disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
        gen.disable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
        gen.setPrettyPrinter(new OneRulePerLine());

        gen.writeStartObject();
        gen.writeStringField("format", RuleSetCodec.FORMAT);
        gen.writeStringField("id", rules.id());
        if (!rules.entries().isEmpty()) {
            gen.writeArrayFieldStart("entries");
            for (Entry e : rules.entries()) {
                entry(e, gen);
            }
            gen.writeEndArray();
        }
        if (!rules.handlingRules().isEmpty()) {
            gen.writeArrayFieldStart("handlingLevels");
            for (HandlingRule r : rules.handlingRules()) {
                gen.writeStartObject();
                gen.writeStringField("category", r.category());
                if (r.priority() != null) {
                    gen.writeStringField("priority", r.priority().name());
                }
                gen.writeStringField("level", r.level());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (!rules.cycles().isEmpty()) {
            gen.writeObjectFieldStart("cycles");
            for (Level level : rules.tree().scheme().levels()) {
                Cycle cycle = rules.cycles().get(level.key());
                if (cycle != null) {
                    gen.writeStringField(level.key(), cycle.name());
                }
            }
            gen.writeEndObject();
        }
        if (!rules.ladders().isEmpty()) {
            gen.writeArrayFieldStart("ladders");
            for (EscalationLadder l : rules.ladders()) {
                ladder(l, gen);
            }
            gen.writeEndArray();
        }
        if (!rules.dispatchRules().isEmpty()) {
            gen.writeArrayFieldStart("dispatch");
            for (DispatchRule r : rules.dispatchRules()) {
                gen.writeStartObject();
                gen.writeStringField("from", r.from());
                gen.writeStringField("to", r.to());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (!rules.mediationRules().isEmpty()) {
            gen.writeArrayFieldStart("mediation");
            for (MediationRule r : rules.mediationRules()) {
                mediation(r, gen);
            }
            gen.writeEndArray();
        }
        if (!rules.deliberationRules().isEmpty()) {
            gen.writeArrayFieldStart("deliberation");
            for (DeliberationRule r : rules.deliberationRules()) {
                gen.writeStartObject();
                gen.writeStringField("category", r.category());
                gen.writeStringField("mode", r.mode().name());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }

    private static void entry(Entry e, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("category", e.category());
        gen.writeStringField("area", e.area());
        names("kinds", e.kinds(), gen);
        names("priorities", e.priorities(), gen);
        gen.writeStringField("kind", e.kind().name());
        gen.writeStringField("main", e.main());
        strings("cooperating", e.cooperating(), gen);
        gen.writeObjectFieldStart("timeLimit");
        gen.writeNumberField("amount", e.timeLimit().amount());
        gen.writeStringField("unit", e.timeLimit().unit().name());
        gen.writeEndObject();
        if (e.handlingLevel() != null) {
            gen.writeStringField("handlingLevel", e.handlingLevel());
        }
        rank(e.rank(), gen);
        gen.writeEndObject();
    }

    private static void ladder(EscalationLadder l, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        if (l.category() != null) {
            gen.writeStringField("category", l.category());
        }
        strings("rungs", l.rungs(), gen);
        if (!l.skips().isEmpty()) {
            gen.writeArrayFieldStart("skips");
            for (SkipRule s : l.skips()) {
                gen.writeStartObject();
                gen.writeStringField("trigger", s.trigger().name());
                strings("categories", s.categories(), gen);
                if (s.returnedTimes() != 0) {
                    gen.writeNumberField("returnedTimes", s.returnedTimes());
                }
                gen.writeStringField("to", s.to());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void mediation(MediationRule r, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        if (r.domain() != null) {
            gen.writeStringField("domain", r.domain().code());
        }
        amount("minAmount", r.minAmount(), gen);
        amount("maxAmount", r.maxAmount(), gen);
        names("flags", r.flags(), gen);
        gen.writeStringField("category", r.category().name());
        gen.writeStringField("committee", r.committee());
        gen.writeStringField("level", r.level());
        if (!r.diversions().isEmpty()) {
            gen.writeArrayFieldStart("diversions");
            for (Diversion d : r.diversions()) {
                gen.writeStartObject();
                gen.writeStringField("route", d.route().name());
                if (d.category() != null) {
                    gen.writeStringField("category", d.category().name());
                }
                if (d.committee() != null) {
                    gen.writeStringField("committee", d.committee());
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        rank(r.rank(), gen);
        gen.writeEndObject();
    }

    /** Whole yuan as an integer, anything else with its (at most two) decimals: {@code 50000}, {@code 99.5}. */
    private static void amount(String name, Money amount, JsonGenerator gen) throws IOException {
        if (amount != null) {
            gen.writeFieldName(name);
            if (amount.fen() % 100 == 0) {
                gen.writeNumber(amount.fen() / 100);
            } else {
                gen.writeNumber(amount.toYuan().stripTrailingZeros());
            }
        }
    }

    private static void rank(int rank, JsonGenerator gen) throws IOException {
        if (rank != 0) {
            gen.writeNumberField("rank", rank);
        }
    }

    private static void names(String name, Collection<? extends Enum<?>> values, JsonGenerator gen)
            throws IOException {
        strings(name, values.stream().map(Enum::name).toList(), gen);
    }

    private static void strings(String name, List<String> values, JsonGenerator gen) throws IOException {
        if (!values.isEmpty()) {
            gen.writeArrayFieldStart(name);
            for (String v : values) {
                gen.writeString(v);
            }
            gen.writeEndArray();
        }
    }

    /**
     * The file's layout: the top object and the containers directly in it (the sections) put each member on
     * its own line, indented two spaces; deeper containers (a rule) stay on one line with {@code ", "} and
     * {@code ": "} between their parts. Line ends are {@code \n}. Stateful: one instance per generator.
     */
    private static final class OneRulePerLine implements PrettyPrinter {
        /** How many containers are open. */
        private int depth;

        private boolean broken() {
            return depth <= 2;
        }

        private void newLine(JsonGenerator g, int indent) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < indent; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void writeEndObject(JsonGenerator g, int members) throws IOException {
            close(g, members, '}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            close(g, values, ']');
        }

        private void close(JsonGenerator g, int members, char bracket) throws IOException {
            if (broken() && members > 0) {
                newLine(g, depth - 1);
            }
            depth--;
            g.writeRaw(bracket);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            separate(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            separate(g);
        }

        private void separate(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (broken()) {
                newLine(g, depth);
            } else {
                g.writeRaw(' ');
            }
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (broken()) {
                newLine(g, depth);
            }
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (broken()) {
                newLine(g, depth);
            }
        }
    }
}
