package org.openluna.shared.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body of every failed request, as the seed shows it. */
public record ErrorBody(@JsonProperty("error_code") int errorCode, String desc, String detail) {

    /** The error of an image that was processed, in the per-image results of the detection resources (seed l.1510). */
    public static final ErrorBody SUCCESS = new ErrorBody(0, "Success", "Success");
}
