package org.openluna.protocol.inference;

/** A photo's encoded bytes and the content type the caller declared for them (null: tell by the bytes). */
public record PhotoInput(byte[] data, String contentType) {}
