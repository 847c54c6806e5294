package org.openluna.protocol;

/** A message that does not follow the service protocol, or a service that could not be reached. */
public class ProtocolException extends RuntimeException {

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
