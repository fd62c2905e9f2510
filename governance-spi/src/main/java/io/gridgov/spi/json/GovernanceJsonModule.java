package io.gridgov.spi.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that gives gridgov's domain types their stable JSON forms, described field by field
 * in {@code docs/json.md}: {@link io.gridgov.core.cases.Case} and {@link io.gridgov.core.mediation.Dispute}
 * (every part, as {@code toParts()} gives them; read back through {@code restore}, so a stored aggregate
 * is checked), every {@link io.gridgov.core.cases.CaseEvent}, {@link io.gridgov.core.cases.CaseCommand},
 * {@link io.gridgov.core.mediation.DisputeEvent} and {@link io.gridgov.core.mediation.DisputeCommand} (with
 * a {@code "type"} discriminator), {@link io.gridgov.core.cases.CaseReport},
 * {@link io.gridgov.core.mediation.DisputeApplication}, and the values inside them; and, in the same form
 * as their files ({@link DataFileCodec}), {@link io.gridgov.core.cases.CategoryTaxonomy},
 * {@link io.gridgov.core.time.WorkCalendar}, {@link io.gridgov.core.cases.TimeLimitPolicy},
 * {@link io.gridgov.core.mediation.MediationTimeLimits} and {@link TimeLimitsFile}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceJsonModule());
 * String json = mapper.writeValueAsString(aCase);
 * Case back = mapper.readValue(json, Case.class);       // InvalidInputException lists every problem
 * }</pre>
 *
 * <p><b>Reading is strict:</b> an unknown field, a missing field (every field is always written; a
 * field with no value is {@code null}), a value of the wrong JSON kind or an aggregate that breaks its
 * invariants is rejected with one {@link io.gridgov.core.InvalidInputException}
 * ({@link io.gridgov.core.ErrorCode#INVALID_INPUT}) listing every problem with its JSON path, e.g.
 * {@code $.clocks.HANDLE.deadline}. Messages never repeat a value from the document. Read as the
 * property of a host's own bean, Jackson wraps that exception in its own, as the cause.
 *
 * <p><b>Personal data</b> is written in its storage form: the real phone numbers, names and texts. JSON
 * made with this module is for storage and must be protected like the database it goes to
 * (docs/personal-data.md); it is never for logs.
 *
 * <p>Instants are ISO-8601 UTC strings; money is an integer number of fen; there are no floating-point
 * numbers but coordinates.
 *
 * <p>Thread-safe: the module holds no state; each {@code setupModule} builds its own forms.
 */
public final class GovernanceJsonModule extends Module {
    /** Creates the module. */
    public GovernanceJsonModule() {
    }

    @Override
    public String getModuleName() {
        return "gridgov-governance";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "io.gridgov", "governance-spi");
    }

    @Override
    public Object getTypeId() {
        return GovernanceJsonModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        Forms forms = forms();
        context.addSerializers(forms.serializers());
        context.addDeserializers(forms.deserializers());
        // The data files' forms last: Jackson consults what was added last first, so where both cover a
        // value type (a TimeLimit, in the same form) the data files' form answers and reports a problem
        // at its full path inside the host's own document (e.g. $[0].unit).
        SimpleModule dataFiles = new SimpleModule("gridgov-data-files");
        DataForms.register(dataFiles);
        dataFiles.setupModule(context);
    }

    /** The forms of the aggregates, events, commands and their values (the data files' are in {@code DataForms}). */
    static Forms forms() {
        Forms forms = new Forms();
        DomainForms.register(forms);
        return forms;
    }

    /**
     * A new mapper with this module, for hosts that have none to register it on. Each call returns a new
     * mapper: keep one and share it (an {@code ObjectMapper} is thread-safe once configured).
     *
     * @return the mapper
     */
    public static ObjectMapper newMapper() {
        return new ObjectMapper().registerModule(new GovernanceJsonModule());
    }

    /**
     * The pretty-printer the golden files and docs/json.md are written with: two spaces per level,
     * {@code \n} line ends, {@code "name": value}. The compact form (no printer) is equally valid.
     *
     * @return a new printer
     */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
