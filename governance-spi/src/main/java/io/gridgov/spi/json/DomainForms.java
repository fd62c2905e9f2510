package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseCommandType;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.Evaluation;
import io.gridgov.core.cases.ExtensionRequest;
import io.gridgov.core.cases.GeoPoint;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeCommandType;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.MediationAgreement;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.mediation.Mediator;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Party;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.IdNumber;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PersonalData;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.TimeLimit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The forms of the case and dispute aggregates, their events, commands and the values inside them
 * (docs/json.md). {@link #register} is what {@link GovernanceJsonModule} calls.
 */
final class DomainForms {
    private DomainForms() {
    }

    /** The value types that get a Jackson serializer and deserializer of their own. */
    static final List<Class<?>> VALUES = List.of(CaseId.class, DisputeId.class, CommandId.class, Actor.class,
            Money.class, TimeLimit.class, GeoPoint.class, DisputeDomain.class, Party.class, Mediator.class,
            MediationAgreement.class, MediationLimit.class, Evaluation.class, ExtensionRequest.class, CaseReport.class,
            DisputeApplication.class);

    static void register(Forms forms) {
        forms.put(FreeText.class, personal(FreeText::of));
        forms.put(PersonName.class, personal(PersonName::of));
        forms.put(PhoneNumber.class, personal(PhoneNumber::parse));
        forms.put(IdNumber.class, personal(IdNumber::parse));
        forms.put(Location.class, new LocationForm(forms));
        forms.put(Reporter.class, new ReporterForm(forms));
        forms.put(Countdown.class, new RestoredForm<>(forms.recordForm(Countdown.Parts.class), Countdown::toParts,
                Countdown::restore));
        forms.put(Case.class, new RestoredForm<>(forms.recordForm(Case.Parts.class), Case::toParts, Case::restore));
        forms.put(Dispute.class, new RestoredForm<>(forms.recordForm(Dispute.Parts.class), Dispute::toParts,
                Dispute::restore));
        VALUES.forEach(forms::expose);
        SealedForm<CaseEvent> caseEvents = SealedForm.of(CaseEvent.class, forms, Class::getSimpleName);
        SealedForm<CaseCommand> caseCommands = SealedForm.of(CaseCommand.class, forms,
                c -> commandName(c, CaseCommandType.class));
        SealedForm<DisputeEvent> disputeEvents = SealedForm.of(DisputeEvent.class, forms, Class::getSimpleName);
        SealedForm<DisputeCommand> disputeCommands = SealedForm.of(DisputeCommand.class, forms,
                c -> commandName(c, DisputeCommandType.class));
        caseEvents.register(forms);
        caseCommands.register(forms);
        disputeEvents.register(forms);
        disputeCommands.register(forms);
    }

    /** The command type's name of a command record: {@code ResolveOnSpot} is {@code RESOLVE_ON_SPOT}. */
    static <E extends Enum<E>> String commandName(Class<?> record, Class<E> types) {
        String name = record.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        Enum.valueOf(types, name); // fails at set-up if the names ever part
        return name;
    }

    /** Personal data in its storage form: the real value as a string. */
    private static <T extends PersonalData> Form<T> personal(Function<String, T> parse) {
        return new Form<>() {
            @Override
            public void write(T value, JsonGenerator g) throws IOException {
                g.writeString(value.reveal());
            }

            @Override
            public T read(JsonNode node, String path, List<Problem> problems) {
                if (!node.isTextual()) {
                    problems.add(new Problem(path, "expected a string, found " + Forms.kind(node)));
                    return null;
                }
                try {
                    return parse.apply(node.textValue());
                } catch (InvalidInputException e) {
                    Forms.addProblemsOf(e, path, false, problems); // core messages never repeat the value
                    return null;
                }
            }
        };
    }

    /** A type stored as its parts record and rebuilt, checked, by {@code restore}. */
    static final class RestoredForm<T, P extends Record> implements Form<T> {
        private final Forms.RecordForm<P> parts;
        private final Function<T, P> toParts;
        private final Function<P, T> restore;

        RestoredForm(Forms.RecordForm<P> parts, Function<T, P> toParts, Function<P, T> restore) {
            this.parts = parts;
            this.toParts = toParts;
            this.restore = restore;
        }

        Forms.RecordForm<P> parts() {
            return parts;
        }

        @Override
        public void write(T value, JsonGenerator g) throws IOException {
            parts.write(toParts.apply(value), g);
        }

        @Override
        public T read(JsonNode node, String path, List<Problem> problems) {
            P p = parts.read(node, path, problems);
            if (p == null) {
                return null;
            }
            try {
                return restore.apply(p);
            } catch (InvalidInputException e) {
                Forms.addProblemsOf(e, path, true, problems); // a part's name is its field's name
                return null;
            }
        }
    }

    /** {@code {"areaCode", "point", "address"}}; the point may be null. */
    static final class LocationForm implements Form<Location> {
        static final List<String> FIELDS = List.of("areaCode", "point", "address");
        private final Forms forms;

        LocationForm(Forms forms) {
            this.forms = forms;
        }

        @Override
        public void write(Location value, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("areaCode", value.areaCode());
            g.writeFieldName("point");
            if (value.point().isPresent()) {
                forms.<GeoPoint>form(GeoPoint.class).write(value.point().get(), g);
            } else {
                g.writeNull();
            }
            g.writeStringField("address", value.address().reveal());
            g.writeEndObject();
        }

        @Override
        public Location read(JsonNode node, String path, List<Problem> problems) {
            int before = problems.size();
            if (!Forms.checkFields(node, path, FIELDS, problems) || problems.size() > before) {
                return null;
            }
            String area = required(forms.form(String.class), node, path, "areaCode", problems);
            GeoPoint point = Forms.readNullable(forms.form(GeoPoint.class), node.get("point"),
                    JsonPaths.member(path, "point"), problems);
            FreeText address = required(forms.form(FreeText.class), node, path, "address", problems);
            if (problems.size() > before) {
                return null;
            }
            try {
                return Location.of(area, point, address);
            } catch (InvalidInputException e) {
                problems.add(new Problem(JsonPaths.member(path, "areaCode"), e.problems().get(0).message()));
                return null;
            }
        }
    }

    /** {@code {"personId", "name", "phone"}}, each may be null (all three null: anonymous). */
    static final class ReporterForm implements Form<Reporter> {
        static final List<String> FIELDS = List.of("personId", "name", "phone");
        private final Forms forms;

        ReporterForm(Forms forms) {
            this.forms = forms;
        }

        @Override
        public void write(Reporter value, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeFieldName("personId");
            writeOrNull(value.personId().orElse(null), g);
            g.writeFieldName("name");
            writeOrNull(value.name().map(PersonalData::reveal).orElse(null), g);
            g.writeFieldName("phone");
            writeOrNull(value.phone().map(PersonalData::reveal).orElse(null), g);
            g.writeEndObject();
        }

        @Override
        public Reporter read(JsonNode node, String path, List<Problem> problems) {
            int before = problems.size();
            if (!Forms.checkFields(node, path, FIELDS, problems) || problems.size() > before) {
                return null;
            }
            String id = Forms.readNullable(forms.form(String.class), node.get("personId"),
                    JsonPaths.member(path, "personId"), problems);
            PersonName name = Forms.readNullable(forms.form(PersonName.class), node.get("name"),
                    JsonPaths.member(path, "name"), problems);
            PhoneNumber phone = Forms.readNullable(forms.form(PhoneNumber.class), node.get("phone"),
                    JsonPaths.member(path, "phone"), problems);
            if (problems.size() > before) {
                return null;
            }
            try {
                return Reporter.of(id, name, phone);
            } catch (InvalidInputException e) {
                problems.add(new Problem(JsonPaths.member(path, "personId"), e.problems().get(0).message()));
                return null;
            }
        }

        private static void writeOrNull(String v, JsonGenerator g) throws IOException {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
    }

    private static <T> T required(Form<T> form, JsonNode node, String path, String field, List<Problem> problems) {
        JsonNode child = node.get(field);
        String where = JsonPaths.member(path, field);
        if (child.isNull()) {
            problems.add(new Problem(where, "is null; give a value"));
            return null;
        }
        return form.read(child, where, problems);
    }

    /**
     * A sealed interface of records: each record's form with a {@code "type"} discriminator first. The
     * names are the domain's own: an event's is its simple name (as the transition table lists it), a
     * command's is its command type.
     */
    static final class SealedForm<T> implements Form<T> {
        private final Class<T> root;
        private final Map<String, Forms.RecordForm<? extends Record>> byName = new LinkedHashMap<>();
        private final Map<Class<?>, String> names = new LinkedHashMap<>();

        private SealedForm(Class<T> root) {
            this.root = root;
        }

        @SuppressWarnings("unchecked")
        static <T> SealedForm<T> of(Class<T> root, Forms forms, Function<Class<?>, String> naming) {
            SealedForm<T> s = new SealedForm<>(root);
            for (Class<?> c : root.getPermittedSubclasses()) {
                if (!c.isRecord()) {
                    throw new IllegalStateException(c + " is not a record; give it a hand-written form");
                }
                String name = naming.apply(c);
                if (s.byName.put(name, new Forms.RecordForm<>((Class<? extends Record>) c, forms, name)) != null) {
                    throw new IllegalStateException("two " + root.getSimpleName() + "s are named " + name);
                }
                s.names.put(c, name);
            }
            return s;
        }

        /** The names and forms, in declaration order (for docs and tests). */
        Map<String, Forms.RecordForm<? extends Record>> forms() {
            return byName;
        }

        /** Registers the form for the root and each record, so a record is read and written with its type too. */
        @SuppressWarnings("unchecked")
        void register(Forms forms) {
            forms.put(root, this);
            for (Class<?> c : names.keySet()) {
                forms.put((Class<T>) c, this);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(T value, JsonGenerator g) throws IOException {
            ((Forms.RecordForm<Record>) byName.get(names.get(value.getClass()))).write((Record) value, g);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isObject()) {
                problems.add(new Problem(path, "expected an object, found " + Forms.kind(node)));
                return null;
            }
            JsonNode type = node.get("type");
            String where = JsonPaths.member(path, "type");
            if (type == null || !type.isTextual()) {
                problems.add(new Problem(where, (type == null ? "missing" : "expected a string, found " + Forms.kind(type))
                        + "; give the " + root.getSimpleName() + "'s type, one of " + JsonPaths.quoted(byName.keySet())));
                return null;
            }
            Forms.RecordForm<? extends Record> form = byName.get(type.textValue());
            if (form == null) {
                problems.add(new Problem(where, "not a type of " + root.getSimpleName()
                        + JsonPaths.didYouMean(type.textValue(), byName.keySet()) + "; the types are "
                        + JsonPaths.quoted(byName.keySet())));
                return null;
            }
            return (T) form.read(node, path, problems);
        }

        @Override
        public String toString() {
            return root.getSimpleName() + byName.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
        }
    }

}
