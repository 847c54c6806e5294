package org.openluna.localstack.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The function's code as Lambda unpacks it into {@code /var/task}: every library under {@code lib/},
 * the same set the {@code lambda} module's zip holds (both are its runtime class path). Under
 * {@code mvn test} the platform's own modules are class folders, not jars yet, so each is packed into
 * one here. Built once per test run.
 */
public final class TaskRoot {
    private static final String FUNCTION_CLASSPATH = "org/openluna/lambda/function-classpath.txt";
    private static final String RUNTIME_CLIENT_CLASSPATH = "org/openluna/lambda/runtime-client-classpath.txt";
    private static Path built;
    private static Path workers;

    private TaskRoot() {}

    /** The task folder: the runtime's working directory, where its class loader looks for {@code lib/*.jar}. */
    public static synchronized Path get() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    /** The workers' task folder: their zip's libraries and the workers module's own classes. */
    public static synchronized Path workers() {
        if (workers == null) {
            // the workers module writes its zip's class path when it builds
            var target = repository().resolve("workers").resolve("target");
            try {
                workers = build(Files.readString(target.resolve("function-classpath.txt")).trim() + java.io.File.pathSeparator
                        + target.resolve("classes"));
            } catch (IOException e) {
                throw new UncheckedIOException(target + "/function-classpath.txt is missing: the workers module writes it when it builds", e);
            }
        }
        return workers;
    }

    /** The checkout: the working directory of a module's tests, or the one of the benchmark scripts. */
    private static Path repository() {
        for (var folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("workers").resolve("pom.xml"))) {
                return folder;
            }
        }
        throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
    }

    /** The runtime interface client and what it needs: the class path of the runtime itself, not of the function. */
    public static String runtimeClientClasspath() {
        return read(RUNTIME_CLIENT_CLASSPATH);
    }

    /**
     * Another function's code on the same libraries: the platform's {@code lib/} with these classes
     * (top-level, no nested ones) packed beside it, as a function built on the same dependencies.
     */
    public static Path withClasses(String jarName, Class<?>... classes) {
        try {
            var root = Files.createTempDirectory("lambda-task-");
            var lib = Files.createDirectories(root.resolve("lib"));
            try (Stream<Path> jars = Files.list(get().resolve("lib"))) {
                for (var jar : jars.toList()) {
                    Files.createSymbolicLink(lib.resolve(jar.getFileName()), jar.toRealPath());
                }
            }
            try (var out = new JarOutputStream(Files.newOutputStream(lib.resolve(jarName + ".jar")))) {
                for (var type : classes) {
                    var entry = type.getName().replace('.', '/') + ".class";
                    out.putNextEntry(new JarEntry(entry));
                    try (var in = type.getClassLoader().getResourceAsStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() {
        return build(read(FUNCTION_CLASSPATH));
    }

    private static Path build(String classpath) {
        try {
            var root = Files.createTempDirectory("lambda-task-");
            var lib = Files.createDirectories(root.resolve("lib"));
            for (var entry : classpath.split(java.io.File.pathSeparator)) {
                var path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    jar(path, lib.resolve(moduleName(path) + ".jar"));
                } else {
                    Files.createSymbolicLink(lib.resolve(path.getFileName()), path);
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code functions/target/classes} is the {@code functions} module's jar. */
    private static String moduleName(Path classes) {
        return "luna-" + classes.getParent().getParent().getFileName();
    }

    /** A jar as Maven writes one: folders included, since a library may list a folder's entries (Micronaut finds its beans so). */
    private static void jar(Path folder, Path jar) throws IOException {
        var paths = new ArrayList<Path>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(path -> !path.equals(folder)).sorted().forEach(paths::add);
        }
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var path : paths) {
                var name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }

    private static String read(String resource) {
        try (var in = TaskRoot.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the lambda module writes it when it builds");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
