package org.perfdesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of requests ({@code perfdesk.api.max-body-size}, 1 MB by default): a
 * declared length above the bound is refused before anything is read, and a chunked API
 * body is cut off while it is read, so a client cannot make the server buffer megabytes
 * of JSON. API calls get 400 with a Chinese message, page forms 413 with a Chinese page;
 * nothing is saved either way.
 */
@Component
// Before Spring Security (order -100): its CSRF check reads the form parameters, which
// for an oversized form the
// container would refuse to parse, turning a too-long text into a puzzling 403.
@org.springframework.core.annotation.Order(-200)
class RequestSizeLimit extends OncePerRequestFilter {

	static final String MESSAGE = "请求体过大，未保存任何内容";

	private final long maxBytes;

	private final long maxUpload;

	private final java.util.List<String> uploadPaths;

	RequestSizeLimit(Settings settings) {
		this.maxBytes = settings.maxBodySize().toBytes();
		this.maxUpload = settings.maxUploadSize().toBytes();
		this.uploadPaths = settings.uploadPaths();
	}

	/**
	 * The bound of a request body, and the pages that take uploads of documents (文件导入)
	 * with the larger bound of their own; each file is bounded again by its reader.
	 */
	@ConfigurationProperties("perfdesk.api")
	record Settings(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("64MB") DataSize maxUploadSize,
			@DefaultValue("/imports") java.util.List<String> uploadPaths) {
	}

	private long boundOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		return multipart && uploadPaths.stream().anyMatch(path::equals) ? maxUpload : maxBytes;
	}

	/** Thrown while reading a chunked body that passes the bound. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super(MESSAGE);
		}

	}

	static boolean isCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isApi(request)) {
			// Page forms: a declared body above the bound (a pasted 10 MB text) gets a
			// Chinese page instead of
			// reaching the controller with its parameters silently dropped by the
			// container.
			long bound = boundOf(request);
			if (request.getContentLengthLong() > bound) {
				response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter()
					.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>提交内容过大 · 绩效台</title>"
							+ "</head><body style=\"font-family: sans-serif; margin: 3rem\"><h1>提交内容过大</h1><p>"
							+ MESSAGE + "（上限 " + bound / 1024
							+ " KB）。请缩短文字或减少文件后重新提交。</p><p><a href=\"javascript:history.back()\">返回上一页</a></p></body></html>");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter()
				.write("{\"status\":400,\"message\":\"" + MESSAGE + "（上限 " + maxBytes / 1024 + " KB）\",\"errors\":{}}");
			return;
		}
		chain.doFilter(new Bounded(request, maxBytes), response);
	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long max;

		Bounded(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > max) {
						throw new BodyTooLarge();
					}
					return b;
				}

				@Override
				public int read(byte[] buf, int off, int len) throws IOException {
					int n = in.read(buf, off, len);
					if (n > 0 && (read += n) > max) {
						throw new BodyTooLarge();
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
