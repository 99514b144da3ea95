package com.skillconnect.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses form fields (multipart text parts, url-encoded fields) and uploaded file names holding a NUL
 * character or a lone surrogate, as a 400 field error on that field, before any controller reads them.
 * Runs after the dispatcher has parsed the multipart request; query parameters were checked earlier
 * by {@link QueryStringFilter}.
 */
final class FormFieldsInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws BindException {
        String type = request.getContentType();
        if (type == null || !(type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"))) {
            return true;
        }
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            for (String value : field.getValue()) {
                reject(errors, field.getKey(), value);
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, List<MultipartFile>> files : multipart.getMultiFileMap().entrySet()) {
                for (MultipartFile file : files.getValue()) {
                    reject(errors, files.getKey(), file.getOriginalFilename());
                }
            }
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        return true;
    }

    private static void reject(MapBindingResult errors, String field, String value) {
        String problem = TextChecks.problem(field);
        if (problem != null) {
            errors.addError(new org.springframework.validation.ObjectError("form", problem));
            return;
        }
        problem = value == null ? null : TextChecks.problem(value);
        if (problem != null && errors.getFieldError(field) == null) {
            errors.addError(new FieldError("form", field, problem));
        }
    }
}
