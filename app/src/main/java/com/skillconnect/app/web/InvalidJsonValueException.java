package com.skillconnect.app.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed but refused for every field (NUL, lone surrogate, a number too large
 * for a double). Jackson prepends the path of the field, so it is answered as a DRF field error
 * carrying {@link #drfMessage()}.
 */
final class InvalidJsonValueException extends MismatchedInputException {

    private final String drfMessage;

    InvalidJsonValueException(JsonParser parser, String drfMessage) {
        super(parser, drfMessage);
        this.drfMessage = drfMessage;
    }

    String drfMessage() {
        return drfMessage;
    }
}
