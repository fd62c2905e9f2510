/**
 * JSON forms: the grid file (a JSON form of a grid tree, its level scheme, its staff and custom
 * networks), and the Jackson module {@link io.gridgov.spi.json.GovernanceJsonModule} giving cases,
 * disputes, their events and commands and the values inside them a stable, strict storage form
 * ({@code docs/json.md}; it holds personal data in the clear, see {@code docs/personal-data.md}).
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
 * <p><b>Threads:</b> {@code GridFile} is immutable and {@code GridFileCodec} is thread-safe.
 */
package io.gridgov.spi.json;
