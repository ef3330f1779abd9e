package org.perfdesk.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.Nulls;
import org.perfdesk.shared.DecimalText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How API request bodies are read, stricter than Jackson's defaults, so that every odd
 * value is a 400 with a Chinese message under its JSON path ({@link ApiErrors}) before
 * any service sees it:
 * <ul>
 * <li>a decimal is bounded in integer digits and decimals while it is read:
 * {@code 1E+1000000} is one token of ten characters, and the first {@code setScale} on it
 * once held a CPU for minutes;</li>
 * <li>an enum is given by its name, never by its position ({@code "type": 0} would
 * silently mean the first constant and change meaning when constants are added);</li>
 * <li>a whole number is not given as {@code 1.5} (Jackson would drop the fraction);</li>
 * <li>a list does not hold {@code null}: {@code "indicators": [null]} is refused instead
 * of reaching code that expects rows;</li>
 * <li>an empty or blank text is not a number, a date, a yes/no or a choice:
 * {@code "version": ""} would otherwise read as no version at all, which the API takes as
 * "the current one".</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	/**
	 * Integer digits a JSON decimal may have: more than any amount in 元 the database
	 * holds (13).
	 */
	static final int MAX_INTEGER_DIGITS = 15;

	/**
	 * Decimals a JSON decimal may have: rates carry four, amounts two; ten leaves room
	 * for any client's rounding.
	 */
	static final int MAX_DECIMALS = 10;

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> {
			builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
				.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
				.addModule(new SimpleModule("perfdesk-bounded-decimals").addDeserializer(BigDecimal.class,
						new BoundedDecimal()));
			for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
					LogicalType.Enum, LogicalType.DateTime)) {
				builder.withCoercionConfig(type,
						coercion -> coercion.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
							.setAcceptBlankAsEmpty(false));
			}
		};
	}

	/**
	 * A decimal outside the bounds, with the Chinese message that {@link ApiErrors} shows
	 * under its field.
	 */
	static final class OutOfRange extends InvalidFormatException {

		private static final long serialVersionUID = 1L;

		static final String MESSAGE = "数值超出可接受的范围：整数部分最多 " + MAX_INTEGER_DIGITS + " 位，小数最多 " + MAX_DECIMALS + " 位";

		OutOfRange(JsonParser p, Object value) {
			super(p, MESSAGE, value, BigDecimal.class);
		}

	}

	/**
	 * Jackson's reading of a decimal, then the bounds, checked from precision and scale
	 * so that they cost nothing however large the number. A number given as text is first
	 * bounded by its length, because text is not limited by the parser's number-length
	 * constraint.
	 */
	static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

		@Override
		public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.hasToken(JsonToken.VALUE_STRING) && p.getString().strip().length() > DecimalText.MAX_LENGTH) {
				throw new OutOfRange(p, DecimalText.shown(p.getString()));
			}
			BigDecimal value = super.deserialize(p, ctxt);
			if (value != null && (DecimalText.integerDigits(value) > MAX_INTEGER_DIGITS
					|| DecimalText.decimals(value) > MAX_DECIMALS)) {
				throw new OutOfRange(p, value);
			}
			return value;
		}

	}

}
