package org.openluna.shared.blobs;

/** A blob with its bytes. The array is the caller's to keep; nothing else holds it. */
public record StoredBlob(Blob blob, byte[] bytes) {}
