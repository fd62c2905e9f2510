package io.gridgov.spi.json;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inputs and settings a host meets in the field: odd encodings, a BOM, its own mapper, huge values. */
class GridFileCodecRobustnessTest {
    private final GridFileCodec codec = new GridFileCodec();
    private final GridFile sample = GridFile.longshanSample();

    @Test
    @DisplayName("bytes that are not valid UTF-32 are an invalid data file, not an IOException")
    void undecodableBytes() {
        byte[] bad = {0, 0, 0, '{', 0x7f, 0x7f, 0x7f, 0x7f, 0, 0, 0, '}'};
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_FILE);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo("$");
                        assertThat(p.message()).contains("save the file as UTF-8");
                    });
                });
    }

    @Test
    @DisplayName("a byte order mark is accepted from bytes, a String and a Reader alike")
    void byteOrderMark() throws Exception {
        String json = codec.toJson(sample);
        assertThat(codec.parse("\uFEFF" + json)).isEqualTo(sample);
        assertThat(codec.read(new StringReader("\uFEFF" + json))).isEqualTo(sample);
        byte[] utf8 = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(codec.read(new ByteArrayInputStream(utf8))).isEqualTo(sample);
        assertThat(codec.read(new StringReader(json))).as("no BOM: nothing is skipped").isEqualTo(sample);
    }

    @Test
    @DisplayName("a host mapper's write settings cannot change the layout: the output reads back")
    void hostWriteSettings() {
        JsonMapper host = JsonMapper.builder()
                .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .disable(JsonWriteFeature.QUOTE_FIELD_NAMES)
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .build();
        GridFileCodec hosted = new GridFileCodec(host);
        GridFile custom = codec.parse(codec.toJson(sample));
        String written = hosted.toJson(custom);
        assertThat(written).isEqualTo(codec.toJson(custom));
        assertThat(hosted.parse(written)).isEqualTo(custom);
    }

    @Test
    @DisplayName("a huge value is cut short in the message, which stays small")
    void hugeValues() {
        String json = codec.toJson(sample).replace("\"gridgov.grid/1\"", "\"" + "x".repeat(1_000_000) + "\"");
        assertThatThrownBy(() -> codec.parse(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessage().length()).isLessThan(1_000);
            assertThat(e.problems().get(0).message()).contains("...(1000000 chars)");
        });
    }

    @Test
    @DisplayName("a member name with control characters is escaped in its path")
    void oddMemberName() {
        String json = codec.toJson(sample).replaceFirst("\\{", "{\"a\\\\nb\": 1, ");
        assertThatThrownBy(() -> codec.parse(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).where()).isEqualTo("$['a\\u000ab']"));
    }
}
