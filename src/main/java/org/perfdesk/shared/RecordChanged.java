package org.perfdesk.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Published by a module, inside its transaction, whenever it creates, updates, deletes,
 * submits, approves or returns a record. The audit module turns it into an 操作日志 entry in
 * the same transaction, so a change that rolls back leaves no log line and a logged
 * change always happened.
 *
 * @param action what happened
 * @param recordType the kind of record, e.g. {@code PROJECT}, {@code UNIT},
 * {@code ACCOUNT}
 * @param recordId its id
 * @param label a human-readable name, so the log stays readable after a rename
 * @param unitId the organisation unit the record belongs to, used to scope who may read
 * the entry
 * @param fiscalYear the budget year, or {@code null} for records that have none (units,
 * accounts)
 * @param changes the changed fields, old and new value as displayed
 */
public record RecordChanged(Action action, String recordType, long recordId, String label, Long unitId,
		Integer fiscalYear, List<FieldChange> changes) {

	public RecordChanged {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(recordType, "recordType");
		changes = List.copyOf(changes);
	}

	public enum Action {

		CREATE("新增"), UPDATE("修改"), DELETE("删除"), SUBMIT("提交"), APPROVE("通过"), RETURN("退回"), ADJUST("调整"),
		DEACTIVATE("停用"), ACTIVATE("启用"), MOVE("移动"), LOGIN_LOCKED("登录锁定");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * One changed field: its Chinese label and the displayed old and new values
	 * ({@code null} when absent).
	 */
	public record FieldChange(String field, String oldValue, String newValue) {
	}

	/**
	 * The fields whose displayed value differs between two snapshots of the same record.
	 * Snapshots are ordered maps from the field's Chinese label to its displayed value; a
	 * {@code null} before means the record is new.
	 */
	public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Map<String, String> old = before == null ? Map.of() : before;
		return after.entrySet()
			.stream()
			.filter(e -> !Objects.equals(old.get(e.getKey()), e.getValue()))
			.map(e -> new FieldChange(e.getKey(), old.get(e.getKey()), e.getValue()))
			.toList();
	}
}
