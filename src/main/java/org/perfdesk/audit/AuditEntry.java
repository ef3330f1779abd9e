package org.perfdesk.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged.FieldChange;
import org.perfdesk.shared.RecordType;

/** One line of the 操作日志 with its changed fields. */
record AuditEntry(long id, LocalDateTime occurredAt, String username, Action action, String recordType, long recordId,
		String label, Long unitId, Integer fiscalYear, List<FieldChange> changes) {

	/** Chinese name of the record type, for the page. */
	public String recordTypeLabel() {
		return RecordType.labelOf(recordType);
	}
}
