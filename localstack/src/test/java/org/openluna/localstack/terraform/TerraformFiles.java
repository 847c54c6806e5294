package org.openluna.localstack.terraform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.models.NpmPackage;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;

/**
 * {@code infra/terraform} as HashiCorp's own HCL parser reads it (its Go code compiled to WebAssembly
 * in {@code @cdktf/hcl2json}, run by node), since no Terraform binary runs here.
 */
final class TerraformFiles {
    static final Path FOLDER = Path.of("..", "infra", "terraform");
    static final NpmPackage HCL2JSON = new NpmPackage("@cdktf/hcl2json", "0.21.0",
            "0c499f639425f2f5593ca8c81e2d0785947091f5315fa9eeaf6bad0e19b90eae");

    /** One block of the configuration: its kind ({@code resource}, {@code data}...), type, name and body. */
    record Block(String file, String kind, String type, String name, JsonNode body) {}

    private final JsonNode files;

    private TerraformFiles(JsonNode files) {
        this.files = files;
    }

    static TerraformFiles parse() throws IOException, InterruptedException {
        var parser = AssetCache.fromEnvironment().fetch(HCL2JSON);
        var script = Files.createTempFile("hcl2json-", ".js");
        try (InputStream runner = TerraformFiles.class.getResourceAsStream("/terraform/hcl2json.js")) {
            Files.copy(runner, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        var process = new ProcessBuilder("node", script.toString(), parser.resolve("package").toAbsolutePath().toString(),
                FOLDER.toAbsolutePath().toString()).start();
        var output = process.getInputStream().readAllBytes();
        var errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("hcl2json failed: " + errors);
        }
        Files.deleteIfExists(script);
        return new TerraformFiles(Json.tree(output));
    }

    /** Every {@code resource} and {@code data} block of every file. */
    List<Block> blocks(String kind) {
        var blocks = new ArrayList<Block>();
        files.properties().forEach(file -> {
            var ofKind = file.getValue().get(kind);
            if (ofKind == null) {
                return;
            }
            ofKind.properties().forEach(type -> type.getValue().properties().forEach(named ->
                    named.getValue().forEach(body -> blocks.add(new Block(file.getKey(), kind, type.getKey(), named.getKey(), body)))));
        });
        return blocks;
    }

    Block resource(String type, String name) {
        return blocks("resource").stream().filter(b -> b.type().equals(type) && b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + type + "." + name));
    }

    /** The named blocks with no type: {@code variable}, {@code output}. */
    List<String> names(String kind) {
        var names = new ArrayList<String>();
        files.properties().forEach(file -> {
            var ofKind = file.getValue().get(kind);
            if (ofKind != null) {
                ofKind.properties().forEach(named -> names.add(named.getKey()));
            }
        });
        return names;
    }

    JsonNode named(String kind, String name) {
        for (var file : files.properties()) {
            var ofKind = file.getValue().get(kind);
            if (ofKind != null && ofKind.get(name) != null) {
                return ofKind.get(name).get(0);
            }
        }
        throw new AssertionError("no " + kind + " " + name);
    }

    /** Every {@code locals} entry, as its expression's text. */
    JsonNode locals() {
        var locals = Json.object();
        files.properties().forEach(file -> {
            var blocks = file.getValue().get("locals");
            if (blocks != null) {
                blocks.forEach(block -> block.properties().forEach(entry -> locals.set(entry.getKey(), entry.getValue())));
            }
        });
        return locals;
    }

    /** The whole text of the configuration, for references no block structure shows. */
    static String text() throws IOException {
        var text = new StringBuilder();
        try (var files = Files.list(FOLDER)) {
            for (var file : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }
}
