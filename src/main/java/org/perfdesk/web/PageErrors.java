package org.perfdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.perfdesk.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Error pages in Chinese for the page controllers: not found (or outside the scope) and not allowed. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(RecordNotFound.class)
	String notFound(RecordNotFound e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("title", "未找到");
		model.addAttribute("message", e.getMessage());
		return "error/message";
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("title", "无权访问");
		model.addAttribute("message", "您的角色或数据权限不允许此操作。" + (e.getMessage() == null ? "" : e.getMessage()));
		return "error/message";
	}
}
