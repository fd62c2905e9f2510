/**
 * JSON forms: the grid file (a JSON form of a grid tree, its level scheme, its staff and custom
 * networks); the taxonomy, calendar and time-limits files; and the Jackson module
 * {@link io.gridgov.spi.json.GovernanceJsonModule} giving cases, disputes, their events and commands,
 * the values inside them and the data files' types a stable, strict storage form ({@code docs/json.md};
 * it holds personal data in the clear, see {@code docs/personal-data.md}).
 *
 * <p>Entry points: {@link io.gridgov.spi.json.GridFileCodec} reads and writes files;
 * {@link io.gridgov.spi.json.GridFile} is what a file holds; {@link io.gridgov.spi.json.GridFile#longshanSample()}
 * is sample data for examples and tests. The format ({@value io.gridgov.spi.json.GridFileCodec#FORMAT}) is
 * described in {@code docs/grid-file.md} and by the JSON Schema {@code docs/schemas/grid-file.schema.json}.
 *
 * <pre>{@code
 * GridFileCodec codec = new GridFileCodec();             // or new GridFileCodec(hostObjectMapper)
 * GridFile file = codec.read(in);                        // InvalidInputException lists every problem
 * Staffing staffing = file.staffing();
 * codec.write(file, out);                                // canonical, byte-stable
 * }</pre>
 *
 * <p>The other data files a host writes by hand or keeps as configuration have one codec class,
 * {@link io.gridgov.spi.json.DataFileCodec}: taxonomies ({@code DataFileCodec.taxonomy()},
 * {@value io.gridgov.spi.json.DataFileCodec#TAXONOMY}), work calendars ({@code calendar()},
 * {@value io.gridgov.spi.json.DataFileCodec#CALENDAR}) and time limits ({@code timeLimits()},
 * {@value io.gridgov.spi.json.DataFileCodec#TIME_LIMITS}, read into a
 * {@link io.gridgov.spi.json.TimeLimitsFile}); see {@code docs/taxonomy.md}, {@code docs/time.md} and
 * the schemas in {@code docs/schemas/}. The same forms are registered by {@code GovernanceJsonModule}.
 *
 * <p>JSON stays at this edge: the core types carry no Jackson annotations, and the codec keeps no
 * static {@code ObjectMapper}. A file that cannot be read is rejected with one
 * {@link io.gridgov.core.InvalidInputException} with code
 * {@link io.gridgov.core.ErrorCode#INVALID_DATA_FILE}; each of its problems names a JSON path such as
 * {@code $.areas[12].parent}.
 *
 * <p><b>Nulls:</b> no method accepts {@code null}; a {@code null} argument throws
 * {@link java.lang.NullPointerException} naming the parameter. In a file, a {@code null} member is
 * the same as a missing one.
 *
 * <p><b>Threads:</b> {@code GridFile} and {@code TimeLimitsFile} are immutable; {@code GridFileCodec} and
 * {@code DataFileCodec} are thread-safe.
 */
package io.gridgov.spi.json;
