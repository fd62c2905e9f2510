package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.SegmentClass;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.spi.locator.Boundary;
import io.gridgov.spi.locator.Polygon;
import io.gridgov.spi.locator.Ring;

import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a {@link GridFile} in its canonical form (see {@code docs/grid-file.md}): members in a fixed
 * order, defaults omitted, areas in the tree's pre-order, one area or assignment per line.
 */
final class GridFileWriter {
    private GridFileWriter() {
    }

    static void write(GridFile file, JsonGenerator gen) throws IOException {
        // The layout is the codec's own, whatever the host mapper's settings: quoted names, numbers as
        // numbers, and no closing brackets added to a file whose writing failed half way.
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        gen.enable(JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature());
        gen.disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
        gen.disable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
        LinePrinter layout = new LinePrinter();
        gen.setPrettyPrinter(layout);

        layout.breakNext();
        gen.writeStartObject();
        gen.writeStringField("format", GridFileCodec.FORMAT);
        gen.writeFieldName("scheme");
        writeScheme(file.scheme(), gen, layout);
        if (!file.customNetworks().isEmpty()) {
            gen.writeFieldName("networks");
            layout.breakNext();
            gen.writeStartArray();
            for (Network n : file.customNetworks()) {
                gen.writeStartObject();
                gen.writeStringField("key", n.key());
                gen.writeStringField("name", n.name());
                gen.writeStringField("localName", n.localName());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeFieldName("areas");
        layout.breakNext();
        gen.writeStartArray();
        try (Stream<Area> areas = file.tree().areas()) {
            for (Iterator<Area> it = areas.iterator(); it.hasNext(); ) {
                Area a = it.next();
                writeArea(a, file.boundaries().get(a.code()), gen);
            }
        }
        gen.writeEndArray();
        List<StaffAssignment> staff = file.staffing().assignments();
        if (!staff.isEmpty()) {
            Comparator<Network> order = file.networkOrder();
            gen.writeFieldName("staff");
            layout.breakNext();
            gen.writeStartArray();
            for (StaffAssignment a : staff) {
                gen.writeStartObject();
                gen.writeStringField("person", a.personId());
                gen.writeStringField("area", a.areaCode());
                gen.writeStringField("role", a.role().name());
                gen.writeFieldName("networks");
                gen.writeStartArray();
                for (Network n : a.networks().stream().sorted(order).toList()) {
                    gen.writeString(n.key());
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }

    /** A preset is written as its key; any other scheme in full. */
    private static void writeScheme(LevelScheme scheme, JsonGenerator gen, LinePrinter layout) throws IOException {
        for (LevelScheme preset : GridFileReader.PRESETS) {
            if (preset.equals(scheme) && preset.name().equals(scheme.name())) {
                gen.writeString(preset.key());
                return;
            }
        }
        layout.breakNext();
        gen.writeStartObject();
        gen.writeStringField("key", scheme.key());
        gen.writeStringField("name", scheme.name());
        int rootPrefix = scheme.rootPrefixDigits();
        if (rootPrefix != 0) {
            gen.writeNumberField("rootPrefixDigits", rootPrefix);
        }
        gen.writeFieldName("levels");
        layout.breakNext();
        gen.writeStartArray();
        for (Level l : scheme.levels()) {
            layout.breakNext();
            gen.writeStartObject();
            gen.writeStringField("key", l.key());
            gen.writeStringField("name", l.name());
            gen.writeStringField("localName", l.localName());
            gen.writeNumberField("segmentDigits", l.segmentDigits());
            gen.writeNumberField("codeLength", l.codeLength());
            if (l.skippable()) {
                gen.writeBooleanField("skippable", true);
            }
            if (l.gridLevel()) {
                gen.writeBooleanField("grid", true);
            }
            if (l.overlay()) {
                gen.writeBooleanField("overlay", true);
            }
            if (!l.segmentClasses().isEmpty()) {
                gen.writeFieldName("segmentClasses");
                layout.breakNext();
                gen.writeStartArray();
                for (SegmentClass c : l.segmentClasses()) {
                    gen.writeStartObject();
                    gen.writeNumberField("min", c.min());
                    gen.writeNumberField("max", c.max());
                    gen.writeStringField("name", c.name());
                    gen.writeStringField("localName", c.localName());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeArea(Area a, Boundary boundary, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("code", a.code());
        gen.writeStringField("name", a.name());
        gen.writeStringField("level", a.level().key());
        if (a.parentCode() != null) {
            gen.writeStringField("parent", a.parentCode());
        }
        if (a.gridKind() != null) {
            gen.writeStringField("kind", a.gridKind().name());
        }
        if (boundary != null) {
            writeBoundary(boundary, gen);
        }
        gen.writeEndObject();
    }

    /** A Polygon when there is one polygon, else a MultiPolygon; on the area's line. */
    private static void writeBoundary(Boundary boundary, JsonGenerator gen) throws IOException {
        List<Polygon> polygons = boundary.polygons();
        boolean single = polygons.size() == 1;
        gen.writeFieldName("boundary");
        gen.writeStartObject();
        gen.writeStringField("type", single ? "Polygon" : "MultiPolygon");
        gen.writeFieldName("coordinates");
        if (single) {
            writePolygon(polygons.get(0), gen);
        } else {
            gen.writeStartArray();
            for (Polygon p : polygons) {
                writePolygon(p, gen);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void writePolygon(Polygon p, JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        writeRing(p.exterior(), gen);
        for (Ring hole : p.holes()) {
            writeRing(hole, gen);
        }
        gen.writeEndArray();
    }

    private static void writeRing(Ring r, JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        for (int i = 0; i < r.size(); i++) {
            gen.writeStartArray();
            gen.writeNumber(r.longitude(i));
            gen.writeNumber(r.latitude(i));
            gen.writeEndArray();
        }
        gen.writeEndArray();
    }
}
