package org.perfdesk.execution.department;

import java.math.BigDecimal;
import java.util.function.Function;

import org.perfdesk.shared.Amount;

/**
 * The fourteen amounts typed for a department's overall spending (部门整体支出数据), each with
 * the key used by the page form and the JSON body, its Chinese label and how to read it
 * from the figures and from an input. Listing them once keeps validation, the audit
 * trail, the form and the API in the same order with the same words.
 */
public enum DepartmentAmount {

	PERSONNEL_BUDGET("personnelBudget", "人员经费预算数", DepartmentFigures::personnelBudget,
			DepartmentFiguresInput::personnelBudget),
	PERSONNEL_SPENT("personnelSpent", "人员经费支出数", DepartmentFigures::personnelSpent,
			DepartmentFiguresInput::personnelSpent),
	OPERATING_BUDGET("operatingBudget", "公用经费预算数", DepartmentFigures::operatingBudget,
			DepartmentFiguresInput::operatingBudget),
	OPERATING_SPENT("operatingSpent", "公用经费支出数", DepartmentFigures::operatingSpent,
			DepartmentFiguresInput::operatingSpent),
	OVERSEAS_TRAVEL_BUDGET("overseasTravelBudget", "因公出国(境)费预算数", DepartmentFigures::overseasTravelBudget,
			DepartmentFiguresInput::overseasTravelBudget),
	OVERSEAS_TRAVEL_SPENT("overseasTravelSpent", "因公出国(境)费支出数", DepartmentFigures::overseasTravelSpent,
			DepartmentFiguresInput::overseasTravelSpent),
	VEHICLE_PURCHASE_BUDGET("vehiclePurchaseBudget", "公务用车购置费预算数", DepartmentFigures::vehiclePurchaseBudget,
			DepartmentFiguresInput::vehiclePurchaseBudget),
	VEHICLE_PURCHASE_SPENT("vehiclePurchaseSpent", "公务用车购置费支出数", DepartmentFigures::vehiclePurchaseSpent,
			DepartmentFiguresInput::vehiclePurchaseSpent),
	VEHICLE_OPERATION_BUDGET("vehicleOperationBudget", "公务用车运行费预算数", DepartmentFigures::vehicleOperationBudget,
			DepartmentFiguresInput::vehicleOperationBudget),
	VEHICLE_OPERATION_SPENT("vehicleOperationSpent", "公务用车运行费支出数", DepartmentFigures::vehicleOperationSpent,
			DepartmentFiguresInput::vehicleOperationSpent),
	RECEPTION_BUDGET("receptionBudget", "公务接待费预算数", DepartmentFigures::receptionBudget,
			DepartmentFiguresInput::receptionBudget),
	RECEPTION_SPENT("receptionSpent", "公务接待费支出数", DepartmentFigures::receptionSpent,
			DepartmentFiguresInput::receptionSpent),
	PROCUREMENT_BUDGET("procurementBudget", "政府采购预算数", DepartmentFigures::procurementBudget,
			DepartmentFiguresInput::procurementBudget),
	PROCUREMENT_ACTUAL("procurementActual", "政府采购实际数", DepartmentFigures::procurementActual,
			DepartmentFiguresInput::procurementActual);

	private final String key;

	private final String label;

	private final Function<DepartmentFigures, Amount> ofFigures;

	private final Function<DepartmentFiguresInput, BigDecimal> ofInput;

	DepartmentAmount(String key, String label, Function<DepartmentFigures, Amount> ofFigures,
			Function<DepartmentFiguresInput, BigDecimal> ofInput) {
		this.key = key;
		this.label = label;
		this.ofFigures = ofFigures;
		this.ofInput = ofInput;
	}

	/** The form field and JSON property, e.g. {@code personnelBudget}. */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public Amount of(DepartmentFigures figures) {
		return ofFigures.apply(figures);
	}

	/** The amount in yuan as given, possibly {@code null} or wrong. */
	public BigDecimal of(DepartmentFiguresInput input) {
		return ofInput.apply(input);
	}

}
