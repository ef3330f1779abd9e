package org.perfdesk.org;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class UnitManagementTests {

	@Autowired
	UnitManagement units;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsAUnitWithItsPathUnderTheParent() {
		Unit league = byCode("201");
		Unit created = units.create(UnitKind.BUDGET_UNIT, league.id(), "201009", "示例市少年先锋队工作站");
		assertThat(created.path()).isEqualTo(league.path() + created.id() + "/");
		assertThat(created.isWithin(league)).isTrue();
		assertThat(created.depth()).isEqualTo(2);
	}

	@Test
	void theFinanceBureauIsTheRootWithoutAParent() {
		Unit bureau = byCode("100");
		assertThat(bureau.parentId()).isNull();
		assertThat(bureau.depth()).isZero();
		assertThat(byCode("201").parentId()).isEqualTo(bureau.id());
	}

	@Test
	void movingAUnitRewritesThePathsOfItsWholeSubtree() {
		Unit bureau = byCode("100");
		Unit department = units.create(UnitKind.DEPARTMENT, bureau.id(), "299", "示例市青年联合会");
		Unit child = units.create(UnitKind.BUDGET_UNIT, department.id(), "299001", "示例市青年活动中心");
		Unit women = byCode("202");

		units.move(child.id(), women.id());

		Unit moved = directory.find(child.id()).orElseThrow();
		assertThat(moved.parentId()).isEqualTo(women.id());
		assertThat(moved.path()).isEqualTo(women.path() + child.id() + "/");
		assertThat(directory.subtree(women.id())).extracting(Unit::id).contains(child.id());
		assertThat(directory.subtree(department.id())).extracting(Unit::id).containsExactly(department.id());
	}

	@Test
	void refusesToMoveAUnitUnderItselfOrUnderTheWrongKind() {
		Unit league = byCode("201");
		Unit palace = byCode("201001");
		assertThatThrownBy(() -> units.move(league.id(), league.id())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能把单位移到它自己");
		assertThatThrownBy(() -> units.move(palace.id(), byCode("100").id())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("预算单位不能设在财政局之下");
	}

	@Test
	void deactivatingADepartmentDeactivatesItsUnitsButDeletesNothing() {
		Unit league = byCode("201");
		long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();

		units.deactivate(league.id());

		assertThat(directory.subtree(league.id())).isNotEmpty().allMatch(u -> !u.active());
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
		assertThatThrownBy(() -> units.create(UnitKind.BUDGET_UNIT, league.id(), "201010", "新单位"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已停用");
	}

	@Test
	void aStaleRenameIsRefused() {
		Unit palace = byCode("201001");
		units.rename(palace.id(), palace.version(), "示例市青少年活动中心");
		assertThatThrownBy(() -> units.rename(palace.id(), palace.version(), "另一个名字"))
			.isInstanceOf(ConcurrentChange.class);
		assertThat(directory.find(palace.id()).orElseThrow().name()).isEqualTo("示例市青少年活动中心");
	}

	@Test
	void everyChangeIsInTheAuditTrailWithOldAndNewValues() {
		Unit palace = byCode("201001");
		units.rename(palace.id(), palace.version(), "示例市青少年科技馆");
		List<String> changes = jdbc.sql("select c.field || ':' || c.old_value || '>' || c.new_value from audit_entry e "
				+ "join audit_field_change c on c.entry_id = e.id where e.record_type = 'UNIT' and e.record_id = :id "
				+ "and e.action = 'UPDATE'")
			.param("id", palace.id())
			.query(String.class)
			.list();
		assertThat(changes).containsExactly("名称:示例市青少年宫>示例市青少年科技馆");
	}

	@Test
	void codesAreUniqueAndNamesRequired() {
		Unit league = byCode("201");
		assertThatThrownBy(() -> units.create(UnitKind.BUDGET_UNIT, league.id(), "201001", "重复编码"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已被使用");
		assertThatThrownBy(() -> units.create(UnitKind.BUDGET_UNIT, league.id(), "201011", "  "))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("单位名称不能为空");
	}

	private Unit byCode(String code) {
		return directory.tree().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
	}

}
