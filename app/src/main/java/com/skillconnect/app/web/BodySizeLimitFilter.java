package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body that is not {@code multipart/form-data} (JSON above all; multipart has the
 * container's own per-part and per-request limits): a declared {@code Content-Length} over the limit is
 * answered 413 before a byte is read, and a body of unknown length (chunked) is counted as it is read and
 * fails with {@link BodyTooLargeException} at the first byte past the limit, which the exception handler
 * answers 413. Runs before every filter that could read a body (Spring's {@code FormContentFilter} reads
 * PUT/PATCH forms whole).
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final String message;
    private final FilterAnswers answers;

    BodySizeLimitFilter(DataSize limit, FilterAnswers answers) {
        this.limit = limit.toBytes();
        this.message = tooLarge(limit);
        this.answers = answers;
    }

    static String tooLarge(DataSize limit) {
        return "The request body is too large: at most " + Sizes.readable(limit) + ".";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            answers.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, DrfErrors.detail(message));
            return;
        }
        try {
            chain.doFilter(new LimitedBody(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!causedByTooLargeBody(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            answers.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, DrfErrors.detail(message));
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    static boolean causedByTooLargeBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding, StandardCharsets.UTF_8);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
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
    }
}
