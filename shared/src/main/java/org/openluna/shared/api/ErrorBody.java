package org.openluna.shared.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body of every failed request, as the seed shows it. */
public record ErrorBody(@JsonProperty("error_code") int errorCode, String desc, String detail) {

    /** What an image that was processed carries in its {@code error} field (seed l.1233, l.14836). */
    public static final ErrorBody SUCCESS = new ErrorBody(0, "Success", "Success");
}
