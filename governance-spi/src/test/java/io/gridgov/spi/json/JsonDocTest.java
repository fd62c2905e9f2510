package io.gridgov.spi.json;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.time.Countdown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/json.md holds tables generated from the forms the module installs (between the markers
 * {@code <!-- generated:forms -->} and {@code <!-- /generated:forms -->}); this test fails when they differ,
 * and with {@code -Dgridgov.golden.write=true} rewrites them.
 */
class JsonDocTest {
    static final Path DOC = Path.of("../docs/json.md");
    static final String START = "<!-- generated:forms -->\n";
    static final String END = "<!-- /generated:forms -->";

    @Test
    @DisplayName("docs/json.md lists every field of every form the module installs")
    void docListsEveryForm() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(START);
        int to = doc.indexOf(END);
        assertThat(from).as("the start marker").isNotNegative();
        assertThat(to).as("the end marker").isGreaterThan(from);
        String generated = generate();
        String updated = doc.substring(0, from + START.length()) + generated + doc.substring(to);
        if (Boolean.getBoolean(GoldenFilesTest.WRITE)) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
        }
        assertThat(doc.substring(from + START.length(), to)).as("regenerate with -D%s=true", GoldenFilesTest.WRITE)
                .isEqualTo(generated);
    }

    static String generate() {
        Forms forms = GovernanceJsonModule.forms();
        StringBuilder sb = new StringBuilder();
        aggregate(sb, "Case", forms.recordForm(Case.Parts.class));
        aggregate(sb, "Dispute", forms.recordForm(Dispute.Parts.class));
        aggregate(sb, "Countdown", forms.recordForm(Countdown.Parts.class));
        aggregate(sb, "CaseReport", forms.recordForm(CaseReport.class));
        aggregate(sb, "DisputeApplication", forms.recordForm(DisputeApplication.class));
        sealed(sb, "CaseEvent", forms.form(CaseEvent.class));
        sealed(sb, "CaseCommand", forms.form(CaseCommand.class));
        sealed(sb, "DisputeEvent", forms.form(DisputeEvent.class));
        sealed(sb, "DisputeCommand", forms.form(DisputeCommand.class));
        return sb.toString();
    }

    private static void aggregate(StringBuilder sb, String title, Forms.RecordForm<?> form) {
        sb.append("\n#### ").append(title).append("\n\n| field | Java type |\n|---|---|\n");
        for (int i = 0; i < form.names().size(); i++) {
            sb.append("| `").append(form.names().get(i)).append("` | ").append(simple(form.genericTypes().get(i)))
                    .append(" |\n");
        }
    }

    private static void sealed(StringBuilder sb, String title, Form<?> form) {
        sb.append("\n#### ").append(title).append(" (`type`, then the fields)\n\n| type | fields |\n|---|---|\n");
        for (Map.Entry<String, Forms.RecordForm<? extends Record>> e
                : ((DomainForms.SealedForm<?>) form).forms().entrySet()) {
            Forms.RecordForm<?> r = e.getValue();
            List<String> fields = new java.util.ArrayList<>();
            for (int i = 0; i < r.names().size(); i++) {
                fields.add("`" + r.names().get(i) + "` " + simple(r.genericTypes().get(i)));
            }
            sb.append("| `").append(e.getKey()).append("` | ").append(String.join(", ", fields)).append(" |\n");
        }
    }

    private static String simple(Type t) {
        if (t instanceof ParameterizedType p) {
            return ((Class<?>) p.getRawType()).getSimpleName() + "&lt;" + Arrays.stream(p.getActualTypeArguments())
                    .map(JsonDocTest::simple).collect(Collectors.joining(", ")) + "&gt;";
        }
        return ((Class<?>) t).getSimpleName();
    }
}
