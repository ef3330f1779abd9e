package org.perfdesk.execution.department;

import java.math.BigDecimal;

/**
 * What a department's filler submits as its overall spending figures, from the page form
 * or the API: amounts in yuan, staff numbers as typed. Anything may be missing or wrong;
 * {@link DepartmentFiguresManagement#save} says what in Chinese, field by field, before
 * anything is written.
 *
 * @param authorisedStaff 编制数, a whole number
 * @param actualStaff 实有人数, a whole number
 */
public record DepartmentFiguresInput(BigDecimal personnelBudget, BigDecimal personnelSpent, BigDecimal operatingBudget,
		BigDecimal operatingSpent, BigDecimal overseasTravelBudget, BigDecimal overseasTravelSpent,
		BigDecimal vehiclePurchaseBudget, BigDecimal vehiclePurchaseSpent, BigDecimal vehicleOperationBudget,
		BigDecimal vehicleOperationSpent, BigDecimal receptionBudget, BigDecimal receptionSpent,
		BigDecimal procurementBudget, BigDecimal procurementActual, BigDecimal authorisedStaff,
		BigDecimal actualStaff) {

	/** The figures as they stand, e.g. to save them again unchanged. */
	public static DepartmentFiguresInput of(DepartmentFigures f) {
		return new DepartmentFiguresInput(f.personnelBudget().yuan(), f.personnelSpent().yuan(),
				f.operatingBudget().yuan(), f.operatingSpent().yuan(), f.overseasTravelBudget().yuan(),
				f.overseasTravelSpent().yuan(), f.vehiclePurchaseBudget().yuan(), f.vehiclePurchaseSpent().yuan(),
				f.vehicleOperationBudget().yuan(), f.vehicleOperationSpent().yuan(), f.receptionBudget().yuan(),
				f.receptionSpent().yuan(), f.procurementBudget().yuan(), f.procurementActual().yuan(),
				BigDecimal.valueOf(f.authorisedStaff()), BigDecimal.valueOf(f.actualStaff()));
	}
}
