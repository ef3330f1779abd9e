package org.perfdesk.web;

import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * JSON errors of {@code /api/v1}: always {@code status}, a Chinese {@code message}, and
 * for bad input an {@code errors} object from field to message, so a client can show each
 * problem beside its field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	record ApiError(int status, String message, Map<String, String> errors) {
	}

	private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
			short.class, Byte.class, byte.class, BigInteger.class);

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
			return error(HttpStatus.BAD_REQUEST, "输入有误，未保存任何内容", Map.of(field(jackson), expected(jackson)));
		}
		if (jackson instanceof StreamConstraintsException) {
			return error(HttpStatus.BAD_REQUEST, "请求体中的数字或文字过长，或嵌套层数过多，未保存任何内容", Map.of());
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

	/**
	 * The JSON path as the form fields and {@link RuleViolation} keys spell it:
	 * {@code indicators[0].weight}.
	 */
	private static String field(JacksonException e) {
		var field = new StringBuilder();
		for (JacksonException.Reference r : e.getPath()) {
			if (r.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(r.getPropertyName());
			}
			else {
				field.append('[').append(r.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String expected(JacksonException e) {
		if (e instanceof JsonInput.OutOfRange) {
			return JsonInput.OutOfRange.MESSAGE;
		}
		if (e instanceof InvalidNullException) {
			return "不能为空";
		}
		if (e instanceof InputCoercionException) {
			return "数值超出范围";
		}
		if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> type = mismatch.getTargetType();
			if (WHOLE.contains(type)) {
				return "须为整数";
			}
			if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
				return "须为数字";
			}
			if (type.isEnum()) {
				return "取值无效，须为以下名称之一：" + Arrays.stream(type.getEnumConstants())
					.map(Object::toString)
					.collect(Collectors.joining(" / "));
			}
			if (type == Boolean.class || type == boolean.class) {
				return "须为 true 或 false";
			}
			if (Temporal.class.isAssignableFrom(type)) {
				return "日期格式应为 年-月-日，如 2026-07-15";
			}
			if (Collection.class.isAssignableFrom(type) || type.isArray()) {
				return "须为列表";
			}
			if (type == String.class) {
				return "须为文字";
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
