package org.openluna.matcher.cuda;

/**
 * What a search plan needs to know of the GPU.
 *
 * @param sharedBytesPerBlock the most shared memory one block may ask for (the opt-in maximum)
 * @param sharedBytesPerMultiprocessor shared memory of one multiprocessor, shared by its resident blocks
 */
record DeviceFacts(String name, int major, int minor, int multiprocessors, int sharedBytesPerBlock,
                   int sharedBytesPerMultiprocessor) {
    @Override
    public String toString() {
        return name + " (compute capability " + major + "." + minor + ", " + multiprocessors + " multiprocessors)";
    }
}
