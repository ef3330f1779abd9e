/**
 * 操作日志 - the audit trail: who created, changed, moved, submitted, approved or returned
 * which record, when, and each changed field's old and new value.
 * <p>
 * Owns the tables {@code audit_entry} and {@code audit_field_change}. Listens to
 * {@link org.perfdesk.shared.RecordChanged} synchronously, inside the publisher's
 * transaction, so an entry exists exactly when the change was committed. Append-only: the
 * module has no statement that updates or deletes an entry, and its pages only read.
 * Entries are shown under the reader's {@link org.perfdesk.org.DataScope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "操作日志 (audit)", allowedDependencies = { "org", "shared" })
package org.perfdesk.audit;
