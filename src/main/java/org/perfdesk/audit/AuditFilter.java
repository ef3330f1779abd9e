package org.perfdesk.audit;

import java.time.LocalDate;

import org.perfdesk.shared.RecordChanged.Action;

/** The filters of the 操作日志 page; every field is optional. */
record AuditFilter(String username, String recordType, Long recordId, Action action, LocalDate from, LocalDate to) {
}
