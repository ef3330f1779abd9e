package org.perfdesk.execution.department;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.shared.Amount;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.WanText;

/**
 * The page form of a department's figures: every amount typed in 万元 and every number kept
 * as text, so that "十万" or "12.5 人" comes back as a Chinese message beside its field
 * instead of a binding error.
 */
final class DepartmentFiguresForm {

	static final String AUTHORISED_STAFF = "authorisedStaff";

	static final String ACTUAL_STAFF = "actualStaff";

	private final Map<String, String> values;

	private final Integer version;

	private DepartmentFiguresForm(Map<String, String> values, Integer version) {
		this.values = values;
		this.version = version;
	}

	static DepartmentFiguresForm of(DepartmentFigures f) {
		var values = new LinkedHashMap<String, String>();
		for (DepartmentAmount a : DepartmentAmount.values()) {
			values.put(a.key(), a.of(f).toWanExact().toPlainString());
		}
		values.put(AUTHORISED_STAFF, Integer.toString(f.authorisedStaff()));
		values.put(ACTUAL_STAFF, Integer.toString(f.actualStaff()));
		return new DepartmentFiguresForm(values, f.version());
	}

	/** The form as posted; unknown parameters (the CSRF token among them) are ignored. */
	static DepartmentFiguresForm from(Map<String, String> params) {
		var values = new LinkedHashMap<String, String>();
		for (DepartmentAmount a : DepartmentAmount.values()) {
			values.put(a.key(), params.get(a.key()));
		}
		values.put(AUTHORISED_STAFF, params.get(AUTHORISED_STAFF));
		values.put(ACTUAL_STAFF, params.get(ACTUAL_STAFF));
		return new DepartmentFiguresForm(values, whole(params.get("version")));
	}

	/** A whole number as posted (a year, a version), or null when it is anything else. */
	static Integer whole(String text) {
		return DecimalText.read(text, DecimalText.COUNT_DIGITS)
			.number()
			.filter(v -> DecimalText.decimals(v) == 0)
			.map(BigDecimal::intValueExact)
			.orElse(null);
	}

	/**
	 * The input in yuan; texts that cannot be read are left out and explained in
	 * {@code errors}.
	 */
	DepartmentFiguresInput toInput(Map<String, String> errors) {
		var yuan = new LinkedHashMap<DepartmentAmount, BigDecimal>();
		for (DepartmentAmount a : DepartmentAmount.values()) {
			Amount amount = WanText.read(a.key(), values.get(a.key()), a.label(), errors);
			yuan.put(a, amount == null ? null : amount.yuan());
		}
		return new DepartmentFiguresInput(yuan.get(DepartmentAmount.PERSONNEL_BUDGET),
				yuan.get(DepartmentAmount.PERSONNEL_SPENT), yuan.get(DepartmentAmount.OPERATING_BUDGET),
				yuan.get(DepartmentAmount.OPERATING_SPENT), yuan.get(DepartmentAmount.OVERSEAS_TRAVEL_BUDGET),
				yuan.get(DepartmentAmount.OVERSEAS_TRAVEL_SPENT), yuan.get(DepartmentAmount.VEHICLE_PURCHASE_BUDGET),
				yuan.get(DepartmentAmount.VEHICLE_PURCHASE_SPENT), yuan.get(DepartmentAmount.VEHICLE_OPERATION_BUDGET),
				yuan.get(DepartmentAmount.VEHICLE_OPERATION_SPENT), yuan.get(DepartmentAmount.RECEPTION_BUDGET),
				yuan.get(DepartmentAmount.RECEPTION_SPENT), yuan.get(DepartmentAmount.PROCUREMENT_BUDGET),
				yuan.get(DepartmentAmount.PROCUREMENT_ACTUAL), staff(AUTHORISED_STAFF, "编制数", errors),
				staff(ACTUAL_STAFF, "实有人数", errors));
	}

	private BigDecimal staff(String field, String label, Map<String, String> errors) {
		String text = values.get(field);
		if (text == null || text.isBlank()) {
			return null;
		}
		DecimalText.Reading parsed = DecimalText.read(text, DecimalText.COUNT_DIGITS);
		if (parsed.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			errors.put(field, label + "须为整数（人），如 25");
			return null;
		}
		if (parsed.problem() != null) {
			errors.put(field, parsed.message(label));
			return null;
		}
		return parsed.value();
	}

	/** The typed text of a field, for re-showing the form. */
	String get(String field) {
		return values.get(field);
	}

	Map<String, String> values() {
		return values;
	}

	Integer version() {
		return version;
	}

	/** The staff warning for the numbers as typed, when both are whole numbers. */
	String staffWarning() {
		var authorised = DecimalText.read(values.get(AUTHORISED_STAFF), DecimalText.COUNT_DIGITS).number();
		var actual = DecimalText.read(values.get(ACTUAL_STAFF), DecimalText.COUNT_DIGITS).number();
		if (authorised.isEmpty() || actual.isEmpty()) {
			return null;
		}
		return actual.get().compareTo(authorised.get()) > 0
				? DepartmentFigures.staffWarning(authorised.get().longValue(), actual.get().longValue()) : null;
	}

}
