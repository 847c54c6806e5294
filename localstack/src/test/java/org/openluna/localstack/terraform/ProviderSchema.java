package org.openluna.localstack.terraform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.models.NpmPackage;

/**
 * The AWS provider's schema, version 6.25.0, as {@code @cdktf/provider-aws} 21.22.1 carries it: each
 * resource's and data source's {@code lib/<name>/index.d.ts} links every argument and block to its
 * page, {@code docs/resources/<type>#<argument>}. The names are read from those links, straight out
 * of the tarball (unpacked it is 390 MB).
 */
final class ProviderSchema {
    static final NpmPackage PROVIDER_AWS = new NpmPackage("@cdktf/provider-aws", "21.22.1",
            "d1446ab6ac6526c6fab4b28a5ebefdd90c0ce56203949925d35a4d286c05cbbf");
    private static final Pattern ANCHOR = Pattern.compile("docs/(resources|data-sources)/([a-z0-9_]+)#([a-z0-9_]+)");

    /** Type (as {@code aws_lambda_function} or {@code data.aws_iam_policy_document}) to its argument and block names. */
    private final Map<String, Set<String>> arguments;

    private ProviderSchema(Map<String, Set<String>> arguments) {
        this.arguments = arguments;
    }

    /** The schema of these types only: one pass over the tarball. */
    static ProviderSchema of(Set<String> resourceTypes, Set<String> dataTypes) throws IOException {
        var wanted = new HashMap<String, String>();
        resourceTypes.forEach(type -> wanted.put("package/lib/" + folder(type) + "/index.d.ts", type));
        dataTypes.forEach(type -> wanted.put("package/lib/data-aws-" + folder(type) + "/index.d.ts", "data." + type));
        var arguments = new HashMap<String, Set<String>>();
        var tarball = AssetCache.fromEnvironment().tarball(PROVIDER_AWS);
        try (var tar = new TarArchiveInputStream(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball))))) {
            for (var entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                var type = wanted.get(entry.getName());
                if (type == null) {
                    continue;
                }
                var names = new TreeSet<String>();
                var matcher = ANCHOR.matcher(new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(3));
                }
                arguments.put(type, names);
            }
        }
        return new ProviderSchema(arguments);
    }

    /** {@code aws_lambda_function} is {@code lambda-function}; a data source's folder starts {@code data-aws-}. */
    private static String folder(String type) {
        return type.replaceFirst("^aws_", "").replace('_', '-');
    }

    boolean knows(String type) {
        return arguments.containsKey(type);
    }

    Set<String> arguments(String type) {
        return arguments.getOrDefault(type, Set.of());
    }
}
