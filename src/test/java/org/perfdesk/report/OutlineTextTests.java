package org.perfdesk.report;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutlineTextTests {

	private static final Set<String> PARTS = DepartmentParts.names();

	@Test
	void headingsOfThreeLevelsWithTheirPartsAreReadAsTypedWithEitherBracketsAndColons() {
		String text = """
				# 一个地方的提纲
				一、部门基本情况
				【数据：部门职能】
				  (一) 机构和人员
				[数据:机构与人员]
				【叙述 ： 人员变化说明】
				1. 编制情况
				二．支出情况
				【数据：三公经费】
				""";
		Outline o = OutlineText.parse("region-x", ReportKind.DEPARTMENT, "某地提纲", text, PARTS);
		assertThat(o.sections()).extracting(Outline.Section::level).containsExactly(1, 2, 3, 1);
		assertThat(o.sections().get(0).parts()).containsExactly(new Outline.Generated("部门职能"));
		assertThat(o.sections().get(1).heading()).isEqualTo("(一) 机构和人员");
		assertThat(o.sections().get(1).parts()).containsExactly(new Outline.Generated("机构与人员"),
				new Outline.Narrative("人员变化说明"));
		assertThat(o.narratives()).extracting(Outline.Narrative::name).containsExactly("人员变化说明");
	}

	@Test
	void everyProblemIsReportedWithItsLineAndNothingIsAccepted() {
		String text = """
				【叙述：前言】
				一、基本情况
				【数据：职工食堂】
				部门概况写在这里
				【叙述：说明】
				【叙述：说明】
				""";
		assertThatThrownBy(() -> OutlineText.parse("x1", ReportKind.DEPARTMENT, "x", text, PARTS))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> {
				String message = ((RuleViolation) e).errors().get("outline");
				assertThat(message.lines().toList()).hasSize(4);
				assertThat(message).contains("第 1 行：【叙述：前言】 之前须先有一个标题")
					.contains("第 3 行：没有名为“职工食堂”的数据部分，可用的有：部门职能、")
					.contains("第 4 行：“部门概况写在这里”既不是标题")
					.contains("第 6 行：叙述“说明”重复");
			});
	}

	@Test
	void anEmptyOrHugeOutlineIsRefusedBeforeItIsRead() {
		assertThatThrownBy(() -> OutlineText.parse("x1", ReportKind.DEPARTMENT, "x", "  \n ", PARTS))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("提纲不能为空");
		assertThatThrownBy(() -> OutlineText.parse("x1", ReportKind.DEPARTMENT, "x", "一、标题\n".repeat(301), PARTS))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能超过 300 行");
		assertThatThrownBy(() -> OutlineText.parse("x1", ReportKind.DEPARTMENT, "x", "一、" + "长".repeat(20_000), PARTS))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能超过 20000 个字符");
	}

	@Test
	void theHunanOutlineHasItsTenParts() {
		Outline hunan = Outlines.load("department-hunan-ten", ReportKind.DEPARTMENT, PARTS);
		assertThat(hunan.sections().stream().filter(s -> s.level() == 1)).hasSize(10);
		assertThat(hunan.builtIn()).isTrue();
	}

	@Test
	void aWrittenOutlineReadsBackTheSame() {
		Outline builtIn = Outlines.load("department-six", ReportKind.DEPARTMENT, PARTS);
		Outline again = OutlineText.parse(builtIn.code(), builtIn.kind(), builtIn.name(), OutlineText.write(builtIn),
				PARTS);
		assertThat(again.sections()).isEqualTo(builtIn.sections());
		assertThat(builtIn.sections()).extracting(Outline.Section::heading)
			.contains("一、部门基本情况", "二、一般公共预算支出情况", "三、部门整体支出绩效情况", "四、存在的问题及原因分析", "五、下一步改进措施", "六、其他需要说明的情况");
		assertThat(builtIn.narratives()).hasSizeGreaterThan(4);
		assertThat(List.copyOf(PARTS)).contains("三公经费", "项目支出", "自评得分");
	}

}
