package io.gridgov.spi.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden files: checked-in JSON of real cases and disputes (in several states), the events and
 * commands of their walks, and one sample of every event and command type. Each file must be exactly what
 * the module writes today (a change to a form breaks this test), must read back to objects equal to the
 * ones it was written from, and must be written again byte for byte.
 *
 * <p>To regenerate after a deliberate change of a form, run this test with
 * {@code -Dgridgov.golden.write=true}; it then writes the files into {@code src/test/resources} instead of
 * comparing, and fails so that the run is never mistaken for a pass. Review the diff, and describe the
 * change in docs/json.md.
 */
class GoldenFilesTest {
    static final String WRITE = "gridgov.golden.write";
    static final Path DIR = Path.of("src/test/resources/io/gridgov/spi/json/golden");

    /** One golden file: its name, the type its elements are read as, and what it holds. */
    record Golden(String file, Class<?> type, List<?> values) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Golden> goldens() {
        JsonWorld.CaseRun road = JsonWorld.roadCase();
        JsonWorld.CaseRun merged = JsonWorld.mergedCase();
        JsonWorld.DisputeRun confirmed = JsonWorld.confirmedDispute();
        JsonWorld.DisputeRun diverted = JsonWorld.divertedDispute();
        List<Case> cases = List.of(road.snapshots().get(0), road.snapshots().get(2), road.snapshots().get(4),
                road.snapshots().get(5), road.snapshots().get(10), road.snapshots().get(11), road.snapshots().get(12),
                merged.last());
        List<Dispute> disputes = new ArrayList<>(List.of(confirmed.snapshots().get(3), confirmed.snapshots().get(5),
                confirmed.snapshots().get(7), confirmed.last()));
        disputes.addAll(diverted.snapshots().subList(1, 4));
        List<CaseEvent> caseEvents = new ArrayList<>(road.events());
        caseEvents.addAll(merged.events());
        List<CaseCommand> caseCommands = new ArrayList<>(road.commands());
        caseCommands.addAll(merged.commands());
        List<DisputeEvent> disputeEvents = new ArrayList<>(confirmed.events());
        disputeEvents.addAll(diverted.events());
        List<DisputeCommand> disputeCommands = new ArrayList<>(confirmed.commands());
        disputeCommands.addAll(diverted.commands());
        return Stream.of(
                new Golden("cases.json", Case.class, cases),
                new Golden("case-walk-events.json", CaseEvent.class, caseEvents),
                new Golden("case-walk-commands.json", CaseCommand.class, caseCommands),
                new Golden("case-reports.json", CaseReport.class, List.of(road.report(), merged.report())),
                new Golden("every-case-event.json", CaseEvent.class, SampleValues.everyRecordOf(CaseEvent.class)),
                new Golden("every-case-command.json", CaseCommand.class, SampleValues.everyRecordOf(CaseCommand.class)),
                new Golden("disputes.json", Dispute.class, disputes),
                new Golden("dispute-walk-events.json", DisputeEvent.class, disputeEvents),
                new Golden("dispute-walk-commands.json", DisputeCommand.class, disputeCommands),
                new Golden("dispute-applications.json", DisputeApplication.class,
                        List.of(confirmed.application(), diverted.application())),
                new Golden("every-dispute-event.json", DisputeEvent.class, SampleValues.everyRecordOf(DisputeEvent.class)),
                new Golden("every-dispute-command.json", DisputeCommand.class,
                        SampleValues.everyRecordOf(DisputeCommand.class)));
    }

    final ObjectMapper mapper = GovernanceJsonModule.newMapper();
    final ObjectWriter writer = mapper.writer(GovernanceJsonModule.prettyPrinter());

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    @DisplayName("each golden file is what the module writes, reads back equal, and is written again byte for byte")
    void roundTripsExactly(Golden golden) throws IOException {
        String written = writer.writeValueAsString(golden.values()) + "\n";
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(golden.file()), written, StandardCharsets.UTF_8);
            throw new AssertionError("wrote " + DIR.resolve(golden.file()) + "; run again without -D" + WRITE);
        }
        String stored = read(golden.file());
        assertThat(written).as("the form of %s changed; if on purpose, regenerate with -D%s=true and update"
                + " docs/json.md", golden.file(), WRITE).isEqualTo(stored);
        List<Object> back = new ArrayList<>();
        for (JsonNode element : mapper.readTree(stored)) {
            back.add(mapper.treeToValue(element, golden.type()));
        }
        assertThat(back).as("%s reads back equal", golden.file()).isEqualTo(golden.values());
        assertThat(writer.writeValueAsString(back) + "\n").isEqualTo(stored);
    }

    static String read(String file) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("golden/" + file)) {
            assertThat(in).as("golden file %s (generate it with -D%s=true)", file, WRITE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
