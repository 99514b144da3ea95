package com.skillconnect.app.web;

import java.io.IOException;

/** A request body went past the limit while it was being read (a chunked body, or a lying Content-Length). */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
