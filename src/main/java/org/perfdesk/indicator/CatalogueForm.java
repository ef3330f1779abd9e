package org.perfdesk.indicator;

/**
 * The 指标库 page form; every field is text so that whatever was typed comes back with its
 * message.
 */
class CatalogueForm {

	private Integer version;

	private String subcategory;

	private String topic;

	private String name;

	private String explanation;

	private String comparison;

	private String unit;

	private String suggestedValue;

	private String scoringRule;

	private String dataSource;

	static CatalogueForm blank() {
		var form = new CatalogueForm();
		form.comparison = Comparison.AT_LEAST.name();
		return form;
	}

	static CatalogueForm of(CatalogueEntry e) {
		var form = new CatalogueForm();
		form.version = e.version();
		form.subcategory = e.subcategory().name();
		form.topic = e.topic();
		form.name = e.name();
		form.explanation = e.explanation();
		form.comparison = e.comparison().name();
		form.unit = e.unit();
		form.suggestedValue = e.suggestedValue();
		form.scoringRule = e.scoringRule();
		form.dataSource = e.dataSource();
		return form;
	}

	CatalogueDraft toDraft() {
		return new CatalogueDraft(subcategory, topic, name, explanation, comparison, unit, suggestedValue, scoringRule,
				dataSource);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getSubcategory() {
		return subcategory;
	}

	public void setSubcategory(String subcategory) {
		this.subcategory = subcategory;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExplanation() {
		return explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public String getComparison() {
		return comparison;
	}

	public void setComparison(String comparison) {
		this.comparison = comparison;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getSuggestedValue() {
		return suggestedValue;
	}

	public void setSuggestedValue(String suggestedValue) {
		this.suggestedValue = suggestedValue;
	}

	public String getScoringRule() {
		return scoringRule;
	}

	public void setScoringRule(String scoringRule) {
		this.scoringRule = scoringRule;
	}

	public String getDataSource() {
		return dataSource;
	}

	public void setDataSource(String dataSource) {
		this.dataSource = dataSource;
	}

}
