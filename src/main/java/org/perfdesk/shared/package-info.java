/**
 * 共享内核 - the tiny shared kernel: fiscal year, amounts in yuan shown in 万元, which
 * characters a typed text may hold, and the audited-change event every module publishes
 * when it creates, changes or moves a record.
 * <p>
 * Depends on nothing. Kept small on purpose: a type goes here only when several modules
 * need the same meaning of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享内核 (shared)",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.perfdesk.shared;
