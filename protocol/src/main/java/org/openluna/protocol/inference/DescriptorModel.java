package org.openluna.protocol.inference;

/** The face descriptor model the service runs, as its capabilities name it. */
public final class DescriptorModel {
    /** Our model's descriptor version; why 4242 is shared's {@code DescriptorVersion}. A new model means a new number. */
    public static final int VERSION = 4242;

    private DescriptorModel() {}
}
