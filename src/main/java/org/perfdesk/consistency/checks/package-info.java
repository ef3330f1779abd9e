/**
 * The ten standard checks of the consistency checker, one small class each (说明 required
 * where a score was lowered by hand, 偏差原因 where a target was missed, 达成却扣分, 未达成却满分,
 * 实际完成值缺失, 按比例计分, 比率, 合计, 总分, 权重合计), and the {@code Interval} arithmetic that turns each
 * printed figure into the range of values it may stand for. Internal to module
 * consistency: other modules reach them only through
 * {@link org.perfdesk.consistency.ConsistencyChecks}, and add checks of their own as
 * {@link org.perfdesk.consistency.Check} beans.
 */
package org.perfdesk.consistency.checks;
