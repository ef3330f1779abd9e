/**
 * 内嵌数据库 - the embedded H2 database's files under {@code perfdesk.data-dir} (default
 * {@code ./data}): before the application opens them it makes the folder private to its
 * owner, keeps the database password in a file only the owner can read (generated on the
 * first start, and set on a database created before there was one), binds the
 * {@code AUTO_SERVER} port to the loopback address, and refuses in one Chinese line a
 * database file that is empty, damaged or held by another program. Does nothing for any
 * other database (PostgreSQL, the tests' in-memory H2).
 * <p>
 * Owns no tables. Nobody depends on this module: it runs as an
 * {@code EnvironmentPostProcessor}, before the data source exists. See ADR 0006.
 */
@org.springframework.modulith.ApplicationModule(displayName = "内嵌数据库 (database)", allowedDependencies = {})
package org.perfdesk.database;
