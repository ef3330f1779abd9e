package org.perfdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfdesk.shared.RecordChanged.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class RecordChangedTests {

	@Test
	void listsOnlyTheFieldsWhoseDisplayedValueChanged() {
		Map<String, String> before = fields("青年志愿者行动", "34.00", "陈一鸣");
		Map<String, String> after = fields("青年志愿者行动", "36.80", "李明");
		assertThat(RecordChanged.diff(before, after)).containsExactly(new FieldChange("金额", "34.00", "36.80"),
				new FieldChange("负责人", "陈一鸣", "李明"));
	}

	@Test
	void aNewRecordHasEveryFieldWithoutAnOldValue() {
		assertThat(RecordChanged.diff(null, fields("纪念五四", "12.50", null)))
			.containsExactly(new FieldChange("名称", null, "纪念五四"), new FieldChange("金额", null, "12.50"));
	}

	private static Map<String, String> fields(String name, String amount, String manager) {
		var map = new LinkedHashMap<String, String>();
		map.put("名称", name);
		map.put("金额", amount);
		map.put("负责人", manager);
		return map;
	}

}
