package org.openluna.inference.models;

/** A model or photo is missing or not the pinned file: the service cannot start on it. */
public final class AssetUnavailableException extends RuntimeException {
    public AssetUnavailableException(String message) {
        super(message);
    }

    public AssetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
