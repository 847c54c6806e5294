package org.openluna.sender;

/** The Sender's version: API 1 as the seed's sample says (S1:9-13), this build's release otherwise. */
final class SenderVersion {
    static final int API = 1;
    static final String RELEASE = "0.1.0";

    private SenderVersion() {}
}
