package org.perfdesk.indicator;

import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/catalogue}: the 指标库 the caller may read, and adding to the library the
 * caller keeps.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "指标库", description = "财政通用指标库和部门指标库的查询与新增")
class CatalogueApi {

	private final IndicatorCatalogue catalogue;

	private final CurrentUser currentUser;

	CatalogueApi(IndicatorCatalogue catalogue, CurrentUser currentUser) {
		this.catalogue = catalogue;
		this.currentUser = currentUser;
	}

	@Schema(description = "新增指标库条目的请求")
	record EntryRequest(
			@Schema(description = "二级指标：枚举名或中文名称，如 QUANTITY 或“数量指标”", example = "QUANTITY",
					requiredMode = Schema.RequiredMode.REQUIRED) String subcategory,
			@Schema(description = "主题，如 志愿服务；省略为“通用”", example = "志愿服务") String topic,
			@Schema(description = "三级指标名称，不超过 100 字", example = "社区青年志愿服务站点数",
					requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "指标解释：统计什么、如何计算", requiredMode = Schema.RequiredMode.REQUIRED) String explanation,
			@Schema(description = "指标性质：枚举名或符号（≥ ≤ = > < 区间 定性）", example = "AT_LEAST",
					requiredMode = Schema.RequiredMode.REQUIRED) String comparison,
			@Schema(description = "计量单位，不超过 20 字；定性指标不填", example = "个") String unit,
			@Schema(description = "建议指标值", example = "≥20个") String suggestedValue,
			@Schema(description = "评(扣)分标准") String scoringRule, @Schema(description = "数据来源") String dataSource) {

		CatalogueDraft toDraft() {
			return new CatalogueDraft(subcategory, topic, name, explanation, comparison, unit, suggestedValue,
					scoringRule, dataSource);
		}
	}

	@Schema(description = "指标库条目")
	record EntryResponse(long id, @Schema(description = "所属指标库名称") String library,
			@Schema(description = "所属部门的单位编号；财政通用指标库为空") Long ownerUnitId, IndicatorCategory category,
			String categoryLabel, IndicatorSubcategory subcategory, String subcategoryLabel, String topic, String name,
			String explanation, Comparison comparison, String comparisonSign, String unit, String suggestedValue,
			String scoringRule, String dataSource, @Schema(description = "被绩效指标引用的次数") long usage,
			@Schema(description = "版本号") int version) {

		static EntryResponse of(CatalogueEntry e, String library, long usage) {
			return new EntryResponse(e.id(), library, e.ownerUnitId(), e.category(), e.category().label(),
					e.subcategory(), e.subcategory().label(), e.topic(), e.name(), e.explanation(), e.comparison(),
					e.comparison().sign(), e.unit(), e.suggestedValue(), e.scoringRule(), e.dataSource(), usage,
					e.version());
		}
	}

	@GetMapping
	@Operation(summary = "查询指标库", description = "当前用户可见的指标库中启用的条目：名称、指标解释或主题包含全部关键词（以空格分隔），" + "可按一级或二级指标筛选；最多返回 "
			+ IndicatorCatalogue.SEARCH_LIMIT + " 条")
	List<EntryResponse> search(@Parameter(description = "关键词，以空格分隔，须全部匹配") @RequestParam(required = false) String words,
			@Parameter(description = "二级指标枚举名或中文名称") @RequestParam(required = false) String subcategory,
			@Parameter(description = "一级指标枚举名或中文名称") @RequestParam(required = false) String category) {
		var errors = new LinkedHashMap<String, String>();
		IndicatorSubcategory sub = CatalogueDraft.parseSubcategory(subcategory);
		if (subcategory != null && !subcategory.isBlank() && sub == null) {
			errors.put("subcategory", "二级指标“" + subcategory.strip() + "”无效");
		}
		IndicatorCategory cat = CatalogueDraft.parseCategory(category);
		if (category != null && !category.isBlank() && cat == null) {
			errors.put("category", "一级指标“" + category.strip() + "”无效");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		return catalogue.search(currentUser.scope(), words, sub, cat)
			.stream()
			.map(r -> EntryResponse.of(r.entry(), r.library(), r.usage()))
			.toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "新增指标", description = "财政审核人加入财政通用指标库，部门审核人加入本部门指标库，其他角色返回 403；" + "输入有误时返回 400 及逐字段的中文说明")
	EntryResponse add(@RequestBody EntryRequest request) {
		CatalogueEntry created = catalogue.add(currentUser.scope(), request.toDraft());
		return EntryResponse.of(created, catalogue.libraryName(created.ownerUnitId()), 0);
	}

}
