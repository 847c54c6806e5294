package org.openluna.protocol.inference;

import java.util.Set;

/** What the running service can do: its backend, the estimations it has models or methods for, the descriptor version. */
public record Capabilities(String backend, Set<Estimation> estimations, int descriptorVersion) {}
