package com.skillconnect.talent.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;

/**
 * The OpenAPI description of a freelancer profile body, JSON or form, on every operation that takes one.
 * The JSON and the form variants are separate handler methods of one path and method, which springdoc
 * merges into one operation keeping only one of their bodies: each declares both media types.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProfileBodies.FreelancerProfileRequest.class)),
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ProfileBodies.FreelancerProfileForm.class))})
@interface FreelancerProfileBody {
}
