package com.skillconnect.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a DRF-shaped error from a servlet filter that answers before Spring Security and the
 * dispatcher see the request, with the CORS headers the browser needs to let the frontend read it.
 */
final class FilterAnswers {

    private final JsonMapper json;
    private final CorsConfigurationSource cors;
    private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

    FilterAnswers(JsonMapper json, CorsConfigurationSource cors) {
        this.json = json;
        this.cors = cors;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, Object body) throws IOException {
        CorsConfiguration configuration = cors.getCorsConfiguration(request);
        if (configuration != null && !corsProcessor.processRequest(configuration, request, response)) {
            return; // a foreign origin: the CORS processor has answered 403
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
