package org.perfdesk.targets;

import org.perfdesk.shared.Amount;

/** 年度主要任务 of a department target, with its budget (预算金额: 财政拨款 + 其他资金 = 总额). */
public record KeyTask(String name, String content, Amount fiscalFunds, Amount otherFunds) {

	public Amount total() {
		return fiscalFunds.plus(otherFunds);
	}

	/**
	 * The key indicators (关键性指标) of each task, as the printed 主要任务 blocks list them under
	 * the task: the model keeps no link from a task to its indicators, so an indicator
	 * belongs to the first task whose name its own name contains ("青年志愿服务" →
	 * "青年志愿服务活动参与人次"). An indicator that names no task belongs to none; the forms list it
	 * with the department's key indicators only.
	 * @param tasks the tasks' names, in order
	 * @param name an indicator's name
	 * @return for each task, in the same order, its indicators in their own order
	 */
	public static <T> java.util.List<java.util.List<T>> indicatorsByTask(java.util.List<String> tasks,
			java.util.List<T> indicators, java.util.function.Function<T, String> name) {
		java.util.List<java.util.List<T>> byTask = new java.util.ArrayList<>();
		for (int t = 0; t < tasks.size(); t++) {
			byTask.add(new java.util.ArrayList<>());
		}
		for (T indicator : indicators) {
			String own = name.apply(indicator);
			for (int t = 0; t < tasks.size(); t++) {
				String task = tasks.get(t);
				if (own != null && task != null && !task.isBlank() && own.contains(task.strip())) {
					byTask.get(t).add(indicator);
					break;
				}
			}
		}
		return byTask;
	}
}
