/**
 * 命令行 - {@code bin/perfdesk}: the same application started without the web server,
 * against the same database settings, to run one administrative command (currently
 * {@code help} and {@code create-admin}).
 * <p>
 * Owns no tables. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "命令行 (cli)",
		allowedDependencies = { "org", "report", "shared" })
package org.perfdesk.cli;
