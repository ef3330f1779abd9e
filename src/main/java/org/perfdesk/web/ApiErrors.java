package org.perfdesk.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * JSON errors of {@code /api/v1}: always {@code status}, a Chinese {@code message}, and for bad input an
 * {@code errors} object from field to message, so a client can show each problem beside its field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	record ApiError(int status, String message, Map<String, String> errors) {
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ApiError> ruleViolation(RuleViolation e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach((field, message) -> errors.put(field == null ? "_" : field, message));
		return error(HttpStatus.BAD_REQUEST, "输入有误，未保存任何内容", errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
		if (RequestSizeLimit.isCause(e)) {
			return error(HttpStatus.BAD_REQUEST, RequestSizeLimit.MESSAGE, Map.of());
		}
		JacksonException jackson = cause(e, JacksonException.class);
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().stream()
				.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(Collectors.joining("."));
			return error(HttpStatus.BAD_REQUEST, "输入有误，未保存任何内容", Map.of(field, expected(jackson)));
		}
		return error(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON", Map.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
		return error(HttpStatus.BAD_REQUEST, "参数格式有误", Map.of(e.getName(), "参数 " + e.getName() + " 格式有误"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
		return error(HttpStatus.BAD_REQUEST, "缺少参数", Map.of(e.getParameterName(), "缺少参数 " + e.getParameterName()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请以 application/json 提交", Map.of());
	}

	@ExceptionHandler(RecordNotFound.class)
	ResponseEntity<ApiError> notFound(RecordNotFound e) {
		return error(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
	}

	@ExceptionHandler(ConcurrentChange.class)
	ResponseEntity<ApiError> conflict(ConcurrentChange e) {
		return error(HttpStatus.CONFLICT, e.getMessage(), Map.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ApiError> denied(AccessDeniedException e) {
		return error(HttpStatus.FORBIDDEN, "无权执行此操作：" + e.getMessage(), Map.of());
	}

	private static String expected(JacksonException e) {
		if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> type = mismatch.getTargetType();
			if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
				return "须为数字";
			}
			if (type.isEnum()) {
				return "取值无效，可选：" + Arrays.stream(type.getEnumConstants()).map(Object::toString)
					.collect(Collectors.joining(" / "));
			}
		}
		return "格式有误";
	}

	private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message, Map<String, String> errors) {
		return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
	}
}
