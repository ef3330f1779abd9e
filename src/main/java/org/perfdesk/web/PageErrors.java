package org.perfdesk.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Error pages in Chinese for the page controllers: not found (or outside the scope), not
 * allowed, and a form the page did not send (a tampered or truncated one: a number where
 * a number cannot be, a row index past the list's limit, a missing parameter). Nothing is
 * saved in any of these cases; the message says so.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	/**
	 * Rows a posted form list may reach ({@code indicators[255]}): Spring's default,
	 * stated here because it is what stops one request from making the binder allocate
	 * millions of rows; no form has nearly as many.
	 */
	static final int MAX_FORM_ROWS = 256;

	private static final String NOTHING_SAVED = "，未保存任何内容。请刷新页面后重新填写。";

	@InitBinder
	void boundLists(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_FORM_ROWS);
	}

	@ExceptionHandler(RecordNotFound.class)
	String notFound(RecordNotFound e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_NOT_FOUND, "未找到", e.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_FORBIDDEN, "无权访问",
				"您的角色或数据权限不允许此操作。" + (e.getMessage() == null ? "" : e.getMessage()));
	}

	/**
	 * A form field the binder could not convert: text in a number, a word in a yes/no, a
	 * row bound to text.
	 */
	@ExceptionHandler(BindException.class)
	String unbindable(BindException e, Model model, HttpServletResponse response) {
		String fields = e.getFieldErrors()
			.stream()
			.map(f -> "“" + f.getField() + "”")
			.distinct()
			.collect(Collectors.joining("、"));
		return page(model, response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容有误",
				"表单" + (fields.isEmpty() ? "" : "中 " + fields + " ") + "的内容无法读取" + NOTHING_SAVED);
	}

	/**
	 * A row index past {@link #MAX_FORM_ROWS}, below zero or not a number
	 * ({@code indicators[abc].name}).
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String badRow(InvalidPropertyException e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容有误",
				"表单中的行号无效或超过 " + MAX_FORM_ROWS + " 行" + NOTHING_SAVED);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容有误", "参数“" + e.getName() + "”的值“"
				+ DecimalText.shown(String.valueOf(e.getValue())) + "”格式有误" + NOTHING_SAVED);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String missing(MissingServletRequestParameterException e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容有误",
				"缺少参数“" + e.getParameterName() + "”" + NOTHING_SAVED);
	}

	/** A rule a controller did not turn into field messages on its own page. */
	@ExceptionHandler(RuleViolation.class)
	String refused(RuleViolation e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_BAD_REQUEST, "未保存", e.getMessage());
	}

	@ExceptionHandler(ConcurrentChange.class)
	String conflict(ConcurrentChange e, Model model, HttpServletResponse response) {
		return page(model, response, HttpServletResponse.SC_CONFLICT, "未保存", e.getMessage());
	}

	static String page(Model model, HttpServletResponse response, int status, String title, String message) {
		response.setStatus(status);
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		return "error/message";
	}

}
