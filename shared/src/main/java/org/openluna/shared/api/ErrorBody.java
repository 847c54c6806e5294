package org.openluna.shared.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body of every failed request, as the seed shows it. */
public record ErrorBody(@JsonProperty("error_code") int errorCode, String desc, String detail) {}
