package org.perfdesk.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before a controller is chosen, so that {@link PageErrors} and
 * {@link ApiErrors} (which apply to controllers) never see them: a multipart body the
 * container cannot take apart (cut off, without a boundary) or one above the upload
 * limit. Pages get a Chinese page, {@code /api} a Chinese JSON error; nothing is
 * imported.
 */
@ControllerAdvice
class RequestErrors {

	static final String BROKEN_UPLOAD = "上传的内容不完整或格式有误，未导入任何内容。请重新选择文件上传";

	@ExceptionHandler(MultipartException.class)
	ModelAndView brokenUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean tooLarge = e instanceof MaxUploadSizeExceededException;
		HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String message = tooLarge ? RequestSizeLimit.MESSAGE : BROKEN_UPLOAD;
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"status\":" + status.value() + ",\"message\":\"" + message + "\",\"errors\":{}}");
			// a null view tells Spring the response is complete
			return null;
		}
		var page = new ModelAndView("error/message", status);
		page.addObject("title", tooLarge ? "文件过大" : "上传失败");
		page.addObject("message", message);
		return page;
	}

}
