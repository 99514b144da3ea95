package com.skillconnect.app.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a request may hold, so that no request can exhaust memory (ADR 11).
 * Bodies other than multipart: {@code skillconnect.web.max-body-size}. Multipart: each part at most
 * {@code skillconnect.storage.max-file-size} (plus 1 MB, so that a file slightly over the limit still
 * gets the module's field error), the whole request {@code skillconnect.web.max-upload-request-size},
 * parts above 16 KB go to a temporary file, never to the heap. Tomcat's part count and part header
 * limits are {@code server.tomcat.max-part-count} / {@code max-part-header-size} (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    /** Before Spring's FormContentFilter (-9900), which reads PUT/PATCH form bodies whole. */
    static final int BODY_SIZE_ORDER = -10_000;
    static final DataSize IN_MEMORY_PART = DataSize.ofKilobytes(16);
    static final DataSize PART_SLACK = DataSize.ofMegabytes(1);

    /**
     * @param maxBodySize             largest JSON (or other non-multipart) body
     * @param maxUploadRequestSize    largest multipart request; unset: three files of the per-file limit plus 1 MB
     */
    @ConfigurationProperties("skillconnect.web")
    record WebLimits(@DefaultValue("1MB") DataSize maxBodySize, DataSize maxUploadRequestSize) {
    }

    @Bean
    MultipartConfigElement multipartConfigElement(WebLimits limits,
            @Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize) {
        return new MultipartConfigElement("", partLimit(maxFileSize).toBytes(), uploadLimit(limits, maxFileSize).toBytes(),
                (int) IN_MEMORY_PART.toBytes());
    }

    static DataSize partLimit(DataSize maxFileSize) {
        return DataSize.ofBytes(maxFileSize.toBytes() + PART_SLACK.toBytes());
    }

    static DataSize uploadLimit(WebLimits limits, DataSize maxFileSize) {
        return limits.maxUploadRequestSize() != null ? limits.maxUploadRequestSize()
                : DataSize.ofBytes(3 * maxFileSize.toBytes() + PART_SLACK.toBytes());
    }

    /**
     * When a multipart request goes past a limit, Tomcat stops reading it; by default it then closes the
     * connection, and a client still sending sees a reset instead of our 413. Reading and discarding the
     * rest (up to {@code server.tomcat.max-swallow-size}) lets every client read the answer.
     */
    @Bean
    TomcatContextCustomizer swallowAbortedUploads() {
        return context -> context.setSwallowAbortedUploads(true);
    }

    @Bean
    RequestLimitMessages requestLimitMessages(WebLimits limits,
            @Value("${skillconnect.storage.max-file-size:10MB}") DataSize maxFileSize,
            @Value("${server.tomcat.max-part-count:50}") int maxPartCount,
            @Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeaderSize) {
        return new RequestLimitMessages(limits.maxBodySize(), maxFileSize, uploadLimit(limits, maxFileSize), maxPartCount, maxPartHeaderSize);
    }

    @Bean
    FilterAnswers filterAnswers(JsonMapper json, @Qualifier("corsConfigurationSource") CorsConfigurationSource cors) {
        return new FilterAnswers(json, cors);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebLimits limits, FilterAnswers answers) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(limits.maxBodySize(), answers));
        registration.setOrder(BODY_SIZE_ORDER);
        return registration;
    }
}
