package com.skillconnect.app.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartException;

/**
 * The message of each request limit, naming the limit, so that a client can tell which one it hit:
 * the body of a JSON request, one file of a form, the whole form, the number of parts, the headers of
 * one part (a long file name).
 */
record RequestLimitMessages(DataSize body, DataSize file, DataSize upload, int parts, DataSize partHeaders) {

    static final RequestLimitMessages DEFAULTS = new RequestLimitMessages(DataSize.ofMegabytes(1), DataSize.ofMegabytes(10),
            DataSize.ofMegabytes(31), 50, DataSize.ofKilobytes(8));

    String bodyTooLarge() {
        return BodySizeLimitFilter.tooLarge(body);
    }

    String fileTooLarge() {
        return "The uploaded file is too large: at most " + Sizes.readable(file) + " per file.";
    }

    String uploadTooLarge() {
        return "The upload is too large: at most " + Sizes.readable(upload) + " per request.";
    }

    String tooManyParts() {
        return "Too many fields and files in the form: at most " + parts + ".";
    }

    String partHeadersTooLarge() {
        return "The headers of a form field are too long (a file name, perhaps): at most " + Sizes.readable(partHeaders) + ".";
    }

    /** The message of the limit a multipart request went past, if that is why it failed (Tomcat's exceptions, by name). */
    Optional<String> exceeded(MultipartException e) {
        boolean limit = e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (type.equals("FileCountLimitExceededException")) {
                return Optional.of(tooManyParts());
            }
            if (type.equals("FileSizeLimitExceededException")) {
                return Optional.of(fileTooLarge());
            }
            if (message.contains("header") && (message.contains("exceed") || message.contains("more than"))) {
                return Optional.of(partHeadersTooLarge());
            }
            if (type.equals("SizeLimitExceededException")) {
                return Optional.of(uploadTooLarge());
            }
        }
        return limit ? Optional.of(uploadTooLarge()) : Optional.empty();
    }
}
