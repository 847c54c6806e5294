package org.openluna.functions.gateway;

import java.util.List;
import java.util.Map;

/** A request as a transport delivered it, before routing: what the local gateway and the Lambda event share. */
public record RawRequest(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {}
