/**
 * The directory: the host's organisations (offices owning areas, departments, mediation committees) and
 * who holds which role where.
 *
 * <p>Entry points: {@link io.gridgov.spi.directory.Directory}, the port; {@link
 * io.gridgov.spi.directory.InMemoryDirectory}, the default, built once with its builder; the values
 * {@link io.gridgov.spi.directory.Organisation} and {@link io.gridgov.spi.directory.RoleAssignment}.
 *
 * <pre>{@code
 * Directory directory = InMemoryDirectory.builder(gridFile.staffing())
 *         .add(Organisation.office("longshan-centre", "龙山路街道综治中心", "370402003"),
 *              Organisation.department("szq-housing", "市中区住建局", "370402", Set.of("C01", "S0302")),
 *              Organisation.mediationCommittee("longshan-pmc", "龙山社区人民调解委员会", "370402003001",
 *                      MediationCategory.PEOPLES, Set.of(DisputeDomain.NEIGHBOURHOOD)))
 *         .assign(new RoleAssignment("d-17", Role.DISPATCHER, "longshan-centre", "370402003"))
 *         .build();                                          // InvalidInputException (GOV-060) lists every problem
 * directory.officeAt("370402003001001", scheme.level("street"));   // the street centre of a grid
 * }</pre>
 *
 * <p><b>Nulls:</b> no method accepts {@code null} unless its documentation says so; a {@code null}
 * argument throws {@link java.lang.NullPointerException} naming the parameter. No method returns
 * {@code null}: absent answers are empty {@code Optional}s or empty lists.
 *
 * <p><b>Threads:</b> the values and {@code InMemoryDirectory} are immutable and thread-safe; the builder
 * is not.
 */
package io.gridgov.spi.directory;
