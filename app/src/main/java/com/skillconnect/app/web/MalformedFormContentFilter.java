package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.util.MultiValueMap;

/**
 * Spring Boot's filter that reads url-encoded PUT/PATCH/DELETE bodies as parameters, except that a body
 * with a bad percent-encoding ({@code a=%}) answers 400 instead of failing the request with a 500
 * (Spring's form reader fails there, and the failure would leave the filter chain). Replaces Boot's own bean.
 */
final class MalformedFormContentFilter extends OrderedFormContentFilter {

    private final FilterAnswers answers;

    MalformedFormContentFilter(FilterAnswers answers) {
        this.answers = answers;
        setFormConverter(new StrictFormConverter());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            super.doFilterInternal(request, response, chain);
        } catch (MalformedForm malformed) {
            answers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DrfErrors.detail(DrfExceptionHandler.MALFORMED_FORM));
        }
    }

    /** Only thrown by the form reader, before the rest of the chain runs. */
    private static final class MalformedForm extends RuntimeException {
        MalformedForm(Throwable cause) {
            super(cause);
        }
    }

    private static final class StrictFormConverter extends FormHttpMessageConverter {
        @Override
        public MultiValueMap<String, String> read(Class<? extends MultiValueMap<String, ?>> type, HttpInputMessage message)
                throws IOException {
            try {
                return super.read(type, message);
            } catch (IllegalArgumentException | org.springframework.http.converter.HttpMessageNotReadableException e) {
                throw new MalformedForm(e);
            }
        }
    }
}
