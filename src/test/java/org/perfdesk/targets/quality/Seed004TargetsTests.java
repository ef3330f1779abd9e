package org.perfdesk.targets.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.TargetValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.indicator.IndicatorSubcategory.*;

/**
 * The three project targets of seed 004 (共青团定州市委 2021, part 2), rebuilt row by row with
 * names, descriptions and values exactly as published (leading blanks and unclosed
 * brackets included), and what the rules find in them. The seed's fourth column "指标值确定依据"
 * is free text that the model's {@code ValueBasis} cannot hold, so it is left out; the
 * spending plan's third column is "10月底" in the seed and September in the model.
 */
class Seed004TargetsTests {

	private final QualityCheck check = QualityCheck.standard();

	/** 青年发展工作专项经费, 5.60万元. */
	static TargetBuilder youthDevelopment() {
		return seedProject("5.60",
				"号召各级团组织要充分发挥青联等各类青年团体的优势和作用，广泛动员和团结不同领域、不同行业等的青年人才广泛参与。开展同省内外有关组织、青年知名人士交流合作活动。"
						+ "同时号召各级团组织要充分发挥组织、引导、服务青年的作用，积极动员广大团员青年为建设经济强市、美丽定州贡献青春力量。",
				"1.组织各级团组织发动青年开展活动\n2.青年发展等相关工作")
			.row(QUANTITY, "组织培训次数（次）", "组织培训次数", "组织培训班次")
			.row(QUALITY, " 组织宣传活动次数", "组织宣传活动", "组织培训活动")
			.row(TIMELINESS, " 组织宣传活动次数(次）", "组织宣传活动", "组织培训活动次数")
			.row(OUTPUT_COST, "组织宣传活动次数(次）", "组织宣传活动", "组织宣传活动次数")
			.row(ECONOMIC, "科普调查满意度", "补助人群生活人数", "≥80认可度")
			.row(SOCIAL, "补助人群改善情况", "调查中满意和较满意的人数", "≥78人数")
			.row(ECOLOGICAL, "补助人群改善情况", "调查中满意和较满意的人数", "≥78人数")
			.row(SUSTAINABILITY, "服务对象满意度", "参加志愿服务活动人数", "参加志愿服务活动人数")
			.row(SERVICE_SATISFACTION, "服务对象满意度", "调查中满意和较满意的人数", "≥80认可度")
			.row(SERVICE_SATISFACTION, "服务对象满意度", "科普调查满意度生活", "科普调查满意度")
			.row(SERVICE_SATISFACTION, "服务对象满意度", "参加志愿服务活动", "参加志愿服务活动");
	}

	/** 业务经费, 5.00万元. */
	static TargetBuilder businessFunds() {
		return seedProject("5.00",
				"根据年初制定目标开展相关活动，达到预期目标，围绕市委、市政府相关目标，根据团委实际开展相应业务，购买物品和服务。更好的为青少年服务。\n"
						+ "加大力度建设乡镇青年之家，让青年有活动场所和阵地。购买开展活动所需要的商品和服务，开展爱国主义教育活动，开展志愿活动，购买志愿者衣服帽子等。",
				"1.按照年初制定目标开展慰问活动\n2.结合学雷锋月、五四时间节点，开展相应活动，计划使用资金")
			.row(QUANTITY, "组织参观学习人数", "组织前往宣传教育基地的参观人数", "组织前往宣传教育基地的参观人数")
			.row(QUALITY, "组织宣传活动次数", "组织宣传活动次数", "宣传活动次数")
			.row(TIMELINESS, "志愿者派遣数", "志愿者派遣数量", "志愿者派遣数量")
			.row(OUTPUT_COST, "志愿者派遣数", "志愿者派遣数", "志愿者派遣数")
			.row(ECONOMIC, "满意度", "通过问卷调查，满意和较满意的人数", "≥85满意度")
			.row(SOCIAL, "服务对象满意度（%）", "通过问卷调查，满意和较满意的人数", "≥85满意度")
			.row(ECOLOGICAL, "群众满意度", "参加活动人数", "志愿者数量")
			.row(SUSTAINABILITY, "满意度", "通过问卷调查，满意和较满意的人数", "≥85满意度")
			.row(SERVICE_SATISFACTION, "受益对象满意度", "通过问卷调查，满意和较满意的人数", "≥85满意度")
			.row(SERVICE_SATISFACTION, "受益对象满意度", "通过问卷调查，满意和较满意的数量", "≥80满意度")
			.row(SERVICE_SATISFACTION, "群众满意度", "通过问卷调查，满意和较满意的数量", ">80认可度");
	}

	/**
	 * 纪念五四业务经费, 4.00万元. The published table stops after 可持续影响指标: it has no 满意度指标 rows.
	 */
	static TargetBuilder mayFourth() {
		return seedProject("4.00",
				"五四青年节之际，团市委组织开展优秀团员、优秀团干部、优秀团支部、优秀团委评选表扬活动，同时组织各团组织青年自行开展具有纪念意义的青年活动，充分发挥团组织凝聚青年、服务青年的作用。"
						+ "同时在其他的时间节点，例如，三月学雷锋月、六一儿童节等开展爱国主义教育、弘扬中华传统文化等活动，增强青年的凝聚力。"
						+ "另外，经常性组织定州市的青年志愿者队伍开展志愿活动，帮扶贫困儿童、慰问孤寡老人，为建设经济强市、美丽定州贡献青春力量。",
				"1.开展慰问孤寡老人、\n2.开展纪念五四活动\n3.贫困学子活动和学雷锋活动\n4.组织各级团组织发动青年开展活动")
			.row(QUANTITY, "组织宣传活动次数（次", "组织宣传活动次数", "开展志愿活动")
			.row(QUALITY, "开展科普活动和科技竞赛开活动", "开展科普活动和科技竞赛开活动", "开展科普等相关活动")
			.row(TIMELINESS, "参加志愿服务活动人数", "参加志愿服务活动人数", "参加志愿服务活动")
			.row(OUTPUT_COST, "参加志愿服务活动人数", "参加志愿服务活动人数", "参加志愿服务活动")
			.row(ECONOMIC, "补助人群改善情况", "补助人群生活、医疗等人数", "≥80满意度调查")
			.row(SOCIAL, "科普调查满意度生活", "调查中满意参与者和较满意的人数", "≥80满意度调查")
			.row(ECOLOGICAL, "补助人群改善情况", "补助人群改善情况", "≥80满意度调查")
			.row(SUSTAINABILITY, "服务对象满意度", "调查中满意和较满意人数占调", "≥78满意度调查");
	}

	private static TargetBuilder seedProject(String fundsWan, String purpose, String objective) {
		return TargetBuilder.project()
			.scheme(IndicatorScheme.CLASSIC_2015)
			.fiscalYear(2021)
			.funds(fundsWan)
			.period(null, null)
			.purpose(purpose)
			.objective(objective)
			.plan("25", "50", "75", "100");
	}

	/**
	 * 青年发展工作专项经费 as it could have been written: the same money and purpose, one row per
	 * thing to measure, numbers with units, a date for 时效, a cost in money, satisfaction
	 * as a percentage floor.
	 */
	static TargetBuilder youthDevelopmentRewritten() {
		return youthDevelopment().objective("2021年组织青年志愿者培训班4期、培训300人次，考核合格率90%以上；参训青年人均参与志愿服务15小时以上，新组建青年志愿服务队5支。")
			.noRows()
			.row(QUANTITY, "青年志愿者培训班期数", "按培训通知和签到表统计的全年培训期数", "≥4期")
			.weight("10")
			.row(QUANTITY, "参训青年人次", "各期培训签到人次之和", "≥300人次")
			.weight("15")
			.row(QUALITY, "参训人员考核合格率", "结业考核合格人数占参训人数的比例", "≥90%")
			.weight("10")
			.row(TIMELINESS, "培训完成时间", "最后一期培训结业的日期", "2021年11月底前")
			.weight("10")
			.row(OUTPUT_COST, "人均培训成本", "培训支出除以实际参训人次", "≤180元/人")
			.weight("10")
			.row(SOCIAL, "参训青年人均志愿服务时长", "志愿汇平台记录的参训青年全年服务时长平均值", "≥15小时")
			.weight("20")
			.row(SUSTAINABILITY, "新组建青年志愿服务队", "在团市委备案的新建服务队", "≥5支")
			.weight("15")
			.row(SERVICE_SATISFACTION, "参训青年满意度", "结业问卷中满意和较满意的比例", "≥90%")
			.weight("10")
			.scoringForAll(TargetBuilder.SCORING_RULE);
	}

	@Test
	void youthDevelopmentFundsTable() {
		List<Finding> findings = check.check(youthDevelopment().build());

		assertThat(check.blocksSubmission(findings)).isTrue();
		assertThat(codes(findings)).containsExactly("D1", "D3", "D6", "D8", "D9", "D10", "D12", "D14", "D15");
		// a 数量指标 whose value is the words "组织培训班次", and too many values in words overall
		assertThat(at(findings, "D1", 0)).satisfies(error("组织培训次数（次）", "组织培训班次", "没有数值"));
		assertThat(targetLevel(findings, "D1")).satisfies(warning("全部11个指标中有7个为定性描述"));
		// "≥78人数": a word for what is counted where the unit belongs
		assertThat(at(findings, "D3", 5)).satisfies(warning("补助人群改善情况", "“人数”不是计量单位"));
		assertThat(at(findings, "D3", 6)).satisfies(warning("补助人群改善情况", "“人数”不是计量单位"));
		// the three 组织宣传活动次数 rows under 质量, 时效 and 成本
		assertThat(at(findings, "D6", 1)).satisfies(warning("组织宣传活动次数", "请移到数量指标"));
		assertThat(at(findings, "D6", 4)).satisfies(warning("科普调查满意度", "请移到服务对象满意度指标"));
		assertThat(at(findings, "D8", 2)).satisfies(error("组织宣传活动次数(次）", "与第2行指标“组织宣传活动次数”", "重复"));
		assertThat(at(findings, "D8", 3)).satisfies(error("组织宣传活动次数(次）", "与第2行指标“组织宣传活动次数”"));
		assertThat(at(findings, "D8", 6)).satisfies(error("补助人群改善情况", "与第6行"));
		assertThat(rows(findings, "D8")).containsExactly(2, 3, 6, 8, 9, 10);
		assertThat(at(findings, "D9", 2)).satisfies(warning("组织宣传活动次数(次）", "组织培训活动次数", "不是时间"));
		// "≥80认可度" in the economic benefit and in 满意度指标; 服务对象满意度 rows in words
		assertThat(at(findings, "D10", 4)).satisfies(warning("科普调查满意度", "≥80认可度", "不是百分比"));
		assertThat(at(findings, "D10", 8)).satisfies(warning("服务对象满意度", "≥80认可度", "不是百分比"));
		assertThat(rows(findings, "D10")).containsExactly(4, 7, 8, 9, 10);
		assertThat(targetLevel(findings, "D12")).satisfies(warning("“相关工作”", "空泛"));
		assertThat(at(findings, "D12", 0)).satisfies(warning("组织培训次数（次）", "只是重复了指标名称"));
		assertThat(at(findings, "D14", 3)).satisfies(warning("组织宣传活动次数(次）", "不是金额", "≤5.6万元"));
		assertThat(targetLevel(findings, "D15")).satisfies(warning("所有指标都未填写评(扣)分标准"));
	}

	@Test
	void businessFundsTable() {
		List<Finding> findings = check.check(businessFunds().build());

		assertThat(check.blocksSubmission(findings)).isTrue();
		assertThat(codes(findings)).containsExactly("D1", "D5", "D6", "D8", "D9", "D10", "D12", "D14", "D15");
		assertThat(at(findings, "D1", 0)).satisfies(error("组织参观学习人数", "组织前往宣传教育基地的参观人数", "没有数值"));
		// "满意度" as the level-3 name of two benefit rows
		assertThat(at(findings, "D5", 4)).satisfies(warning("满意度", "一级或二级指标的名称"));
		assertThat(rows(findings, "D5")).containsExactly(4, 7);
		assertThat(at(findings, "D6", 2)).satisfies(warning("志愿者派遣数", "（产出指标—时效指标）", "请移到数量指标"));
		assertThat(at(findings, "D6", 6)).satisfies(warning("群众满意度", "生态效益指标", "请移到服务对象满意度指标"));
		assertThat(at(findings, "D8", 3)).satisfies(error("志愿者派遣数", "与第3行指标“志愿者派遣数”"));
		assertThat(at(findings, "D8", 9)).satisfies(error("受益对象满意度", "与第9行"));
		assertThat(rows(findings, "D8")).containsExactly(3, 7, 9, 10);
		assertThat(at(findings, "D9", 2)).satisfies(warning("志愿者派遣数", "志愿者派遣数量", "不是时间"));
		assertThat(at(findings, "D10", 10)).satisfies(warning("群众满意度", ">80认可度", "不是百分比"));
		assertThat(at(findings, "D10", 8)).satisfies(warning("受益对象满意度", "≥85满意度", "而不是“满意度”"));
		assertThat(targetLevel(findings, "D12")).satisfies(warning("“开展相应活动”“计划使用资金”", "空泛"));
		assertThat(at(findings, "D14", 3)).satisfies(warning("志愿者派遣数", "不是金额", "≤5万元"));
	}

	@Test
	void mayFourthFundsTable() {
		List<Finding> findings = check.check(mayFourth().build());

		assertThat(check.blocksSubmission(findings)).isTrue();
		assertThat(codes(findings)).containsExactly("D1", "D3", "D6", "D8", "D9", "D10", "D12", "D13", "D14", "D15");
		assertThat(at(findings, "D1", 0)).satisfies(error("组织宣传活动次数（次", "开展志愿活动", "没有数值"));
		assertThat(at(findings, "D3", 4)).satisfies(warning("补助人群改善情况", "“满意度调查”不是计量单位", "百分比"));
		assertThat(at(findings, "D6", 3)).satisfies(warning("参加志愿服务活动人数", "（产出指标—成本指标）", "请移到数量指标"));
		assertThat(at(findings, "D8", 3)).satisfies(error("参加志愿服务活动人数", "与第3行"));
		assertThat(at(findings, "D8", 6)).satisfies(error("补助人群改善情况", "与第5行"));
		assertThat(at(findings, "D9", 2)).satisfies(warning("参加志愿服务活动人数", "参加志愿服务活动", "不是时间"));
		assertThat(at(findings, "D10", 7)).satisfies(warning("服务对象满意度", "≥78满意度调查", "不是百分比"));
		// the published table stops before 满意度指标
		assertThat(targetLevel(findings, "D13")).satisfies(error("缺少必填的二级指标“满意度指标—服务对象满意度指标”"));
		assertThat(at(findings, "D14", 3)).satisfies(warning("参加志愿服务活动人数", "不是金额", "≤4万元"));
	}

	@Test
	void theSeedTablesTogetherFireMoreThanSixRules() {
		var codes = new java.util.TreeSet<String>();
		for (TargetBuilder target : List.of(youthDevelopment(), businessFunds(), mayFourth())) {
			codes.addAll(codes(check.check(target.build())));
		}

		assertThat(codes).hasSizeGreaterThanOrEqualTo(6).contains("D1", "D5", "D8", "D9", "D10", "D13", "D14");
	}

	@Test
	void theSameProjectWrittenWellHasNoFindings() {
		List<Finding> findings = check.check(youthDevelopmentRewritten().build());

		assertThat(findings).isEmpty();
		assertThat(check.blocksSubmission(findings)).isFalse();
	}

	@Test
	void theRulesReadTheSeedValuesAsTheParserDoes() {
		// what the findings above rest on: "≥80认可度" is a number with a word for a unit,
		// "组织培训班次" is words
		assertThat(TargetValue.parse("≥80认可度", 2021)).satisfies(value -> {
			assertThat(value.kind()).isEqualTo(TargetValue.Kind.QUANTITY);
			assertThat(value.comparison()).isEqualTo(Comparison.AT_LEAST);
			assertThat(value.number()).isEqualByComparingTo("80");
			assertThat(value.unit()).isEqualTo("认可度");
		});
		assertThat(TargetValue.parse(">80认可度", 2021).comparison()).isEqualTo(Comparison.MORE_THAN);
		assertThat(TargetValue.parse("≥78人数", 2021).unit()).isEqualTo("人数");
		assertThat(TargetValue.parse("组织培训班次", 2021).kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
		assertThat(TargetValue.parse("2021年11月底前", 2021).deadline()).isEqualTo(LocalDate.of(2021, 11, 30));
	}

	private static List<String> codes(List<Finding> findings) {
		return findings.stream().map(Finding::ruleCode).distinct().toList();
	}

	private static List<Integer> rows(List<Finding> findings, String code) {
		return findings.stream().filter(f -> f.ruleCode().equals(code)).map(Finding::indicatorIndex).toList();
	}

	private static Finding at(List<Finding> findings, String code, int row) {
		List<Finding> matching = findings.stream()
			.filter(f -> f.ruleCode().equals(code) && Integer.valueOf(row).equals(f.indicatorIndex()))
			.toList();
		assertThat(matching).as("%s at row index %d", code, row).hasSize(1);
		return matching.get(0);
	}

	private static Finding targetLevel(List<Finding> findings, String code) {
		List<Finding> matching = findings.stream()
			.filter(f -> f.ruleCode().equals(code) && f.indicatorIndex() == null)
			.toList();
		assertThat(matching).as("%s for the whole target", code).hasSize(1);
		return matching.get(0);
	}

	private static Consumer<Finding> error(String... words) {
		return finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains(words);
		};
	}

	private static Consumer<Finding> warning(String... words) {
		return finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).contains(words);
		};
	}

}
