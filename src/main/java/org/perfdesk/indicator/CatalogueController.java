package org.perfdesk.indicator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标库 pages: the search (its table re-rendered by htmx while the user types), the add /
 * revise form for the keepers of a library, and the picker rows the target edit page
 * loads to add an indicator in one click.
 */
@Controller
@RequestMapping("/catalogue")
class CatalogueController {

	/**
	 * Rows the picker offers: it sits inside another page, so it stays short and the user
	 * narrows by words.
	 */
	static final int PICKER_LIMIT = 50;

	private final IndicatorCatalogue catalogue;

	private final SchemeSettings schemes;

	private final CurrentUser currentUser;

	CatalogueController(IndicatorCatalogue catalogue, SchemeSettings schemes, CurrentUser currentUser) {
		this.catalogue = catalogue;
		this.schemes = schemes;
		this.currentUser = currentUser;
	}

	/**
	 * The search page. {@code level} is a level-1 or a level-2 category name from the one
	 * select; {@code category} and {@code subcategory} are accepted as well, for links.
	 */
	@GetMapping
	String search(@RequestParam(required = false) String words, @RequestParam(required = false) String level,
			@RequestParam(required = false) String category, @RequestParam(required = false) String subcategory,
			@RequestParam(required = false) String fragment, Model model) {
		DataScope scope = currentUser.scope();
		IndicatorCategory cat = CatalogueDraft.parseCategory(level != null ? level : category);
		IndicatorSubcategory sub = CatalogueDraft.parseSubcategory(level != null ? level : subcategory);
		List<CatalogueRow> rows = catalogue.search(scope, words, sub, cat, IndicatorCatalogue.SEARCH_LIMIT + 1);
		boolean truncated = rows.size() > IndicatorCatalogue.SEARCH_LIMIT;
		model.addAttribute("rows", truncated ? rows.subList(0, IndicatorCatalogue.SEARCH_LIMIT) : rows);
		model.addAttribute("truncated", truncated);
		model.addAttribute("limit", IndicatorCatalogue.SEARCH_LIMIT);
		model.addAttribute("words", words);
		model.addAttribute("level", cat != null ? cat.name() : sub != null ? sub.name() : "");
		model.addAttribute("levels", levels());
		model.addAttribute("scheme", schemes.schemeFor(currentUser.fiscalYear().value()));
		model.addAttribute("keptLibrary", catalogue.keptLibrary(scope).orElse(null));
		model.addAttribute("anyMaintainable", rows.stream().anyMatch(CatalogueRow::maintainable));
		return fragment != null ? "indicator/catalogue :: results" : "indicator/catalogue";
	}

	/**
	 * {@code
	 *
	<tr>
	 * } rows for the target edit page: entries the year's scheme places at
	 * {@code subcategory}, each with a 添加 button carrying what a new indicator row needs
	 * in data attributes.
	 */
	@GetMapping("/picker")
	String picker(@RequestParam(required = false) String words, @RequestParam(required = false) String subcategory,
			@RequestParam(required = false) String scheme, Model model) {
		IndicatorScheme chosen = Arrays.stream(IndicatorScheme.values())
			.filter(s -> s.name().equalsIgnoreCase(scheme == null ? "" : scheme.strip()))
			.findFirst()
			.orElseGet(() -> schemes.schemeFor(currentUser.fiscalYear().value()));
		model.addAttribute("rows", catalogue.pick(currentUser.scope(), words, chosen,
				CatalogueDraft.parseSubcategory(subcategory), PICKER_LIMIT));
		model.addAttribute("scheme", chosen);
		return "indicator/picker :: rows";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		CatalogueLibrary library = keptLibrary();
		return form(model, CatalogueForm.blank(), null, library, Map.of());
	}

	@PostMapping
	String add(@ModelAttribute("form") CatalogueForm form, Model model, RedirectAttributes redirect) {
		CatalogueLibrary library = keptLibrary();
		try {
			CatalogueEntry created = catalogue.add(currentUser.scope(), form.toDraft());
			redirect.addFlashAttribute("message", "指标“" + created.name() + "”已加入" + library.name());
			redirect.addAttribute("words", created.name());
			return "redirect:/catalogue";
		}
		catch (RuleViolation e) {
			return form(model, form, null, library, e.errors());
		}
	}

	@GetMapping("/{id}/edit")
	String reviseForm(@PathVariable long id, Model model) {
		CatalogueEntry entry = maintained(id);
		return form(model, CatalogueForm.of(entry), entry, libraryOf(entry), Map.of());
	}

	@PostMapping("/{id}")
	String revise(@PathVariable long id, @ModelAttribute("form") CatalogueForm form, Model model,
			RedirectAttributes redirect) {
		CatalogueEntry entry = maintained(id);
		try {
			if (form.getVersion() == null) {
				throw new RuleViolation(null, "表单缺少版本号，请刷新页面后重试");
			}
			CatalogueEntry after = catalogue.revise(currentUser.scope(), id, form.getVersion(), form.toDraft());
			redirect.addFlashAttribute("message", "指标“" + after.name() + "”已保存");
			redirect.addAttribute("words", after.name());
			return "redirect:/catalogue";
		}
		catch (RuleViolation e) {
			return form(model, form, entry, libraryOf(entry), e.errors());
		}
		catch (ConcurrentChange e) {
			return form(model, form, entry, libraryOf(entry), Map.of("version", e.getMessage()));
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		CatalogueEntry entry = maintained(id);
		try {
			catalogue.deactivate(currentUser.scope(), id, version != null ? version : entry.version());
			redirect.addFlashAttribute("message", "指标“" + entry.name() + "”已停用，不再出现在指标库中");
		}
		catch (RuleViolation | ConcurrentChange e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/catalogue";
	}

	private CatalogueLibrary keptLibrary() {
		return catalogue.keptLibrary(currentUser.scope())
			.orElseThrow(() -> new AccessDeniedException("只有财政审核人和部门审核人可以维护指标库"));
	}

	private CatalogueEntry maintained(long id) {
		return catalogue.findKept(currentUser.scope(), id);
	}

	private CatalogueLibrary libraryOf(CatalogueEntry entry) {
		return new CatalogueLibrary(entry.ownerUnitId(), catalogue.libraryName(entry.ownerUnitId()));
	}

	private String form(Model model, CatalogueForm form, CatalogueEntry entry, CatalogueLibrary library,
			Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("entry", entry);
		model.addAttribute("library", library);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", levels());
		model.addAttribute("comparisons", Comparison.values());
		model.addAttribute("topics", CatalogueEntry.TOPICS);
		return "indicator/catalogue-form";
	}

	/**
	 * Level 1 → its level-2 categories across both schemes, in the order of the published
	 * forms.
	 */
	static Map<IndicatorCategory, List<IndicatorSubcategory>> levels() {
		return Arrays.stream(IndicatorSubcategory.values())
			.collect(Collectors.groupingBy(IndicatorSubcategory::category, LinkedHashMap::new, Collectors.toList()));
	}

}
