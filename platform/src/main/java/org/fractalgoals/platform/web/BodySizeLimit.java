package org.fractalgoals.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.fractalgoals.platform.errors.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Refuses request bodies above a limit with 413, before anything reads them: by the announced length when there is
 * one, and by counting otherwise (a chunked body is cut off at the limit, and the JSON reader's failure is answered
 * as 413 by the exception handler). Paths that take files (imports) have a limit of their own.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    static final String DETAIL = "The request body is larger than this endpoint accepts";

    private final long limit;
    private final List<String> largePaths;
    private final long largeLimit;
    private final ObjectMapper mapper;

    public BodySizeLimit(DataSize limit, List<String> largePaths, DataSize largeLimit, ObjectMapper mapper) {
        this.limit = limit.toBytes();
        this.largePaths = List.copyOf(largePaths);
        this.largeLimit = largeLimit.toBytes();
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = largePaths.stream().anyMatch(request.getRequestURI()::startsWith) ? largeLimit : limit;
        if (request.getContentLengthLong() > allowed) {
            response.setStatus(ProblemType.PAYLOAD_TOO_LARGE.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // The unread body is not drained: the connection is closed after this answer.
            response.setHeader("Connection", "close");
            mapper.writeValue(response.getOutputStream(), Problems.of(ProblemType.PAYLOAD_TOO_LARGE, DETAIL));
            return;
        }
        chain.doFilter(new Counted(request, allowed), response);
    }

    /** True when reading a body failed because it went over the limit. */
    static boolean exceededIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    static final class TooLarge extends IOException {
        TooLarge() {
            super(DETAIL);
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long allowed;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long allowed) {
            super(request);
            this.allowed = allowed;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), allowed);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long allowed;
        private long read;

        CountingStream(ServletInputStream in, long allowed) {
            this.in = in;
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > allowed) {
                throw new TooLarge();
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
