package org.openluna.inference.models;

import java.util.Objects;

/**
 * A pinned npm package whose tarball carries assets we use, and the tarball's SHA-256 as fetched
 * with {@code npm pack}.
 */
public record NpmPackage(String name, String version, String tarballSha256) {
    public static final NpmPackage FACE_MODELS =
            new NpmPackage("faceplugin-face-recognition-js", "0.0.1", "7ea06031d9a3f83753254fcff60506a07b81b46fc84d4ee024cd041f260ec1ba");
    public static final NpmPackage TEST_PHOTOS =
            new NpmPackage("@vladmandic/face-api", "1.7.15", "0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031");

    // photos without a human face: the detector alone fires on cats, the gate must not
    public static final NpmPackage KITTEN_PHOTO =
            new NpmPackage("html-docx-js", "0.3.1", "8c96f32f888bec15e2c207cb5225a6c7683e3186d5802af94a7f0512b994bdc1");
    public static final NpmPackage ANIMAL_PHOTOS =
            new NpmPackage("node-vibrant", "3.1.6", "38ed72424000830064fd3ea3218c4fd50a0d0de7758c273591622ee82a1367d2");
    public static final NpmPackage LANDSCAPE_PHOTO =
            new NpmPackage("exif-js", "2.3.0", "0c7cdbc9675498d5e54db7f873636a47719f1a137bf24b0e53da08a03f23f0b3");

    public NpmPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tarballSha256, "tarball sha256");
    }

    public String spec() {
        return name + "@" + version;
    }

    /** The file name {@code npm pack} gives the tarball: scope folded into the name. */
    String tarballName() {
        return name.replace("@", "").replace('/', '-') + "-" + version + ".tgz";
    }

    /** The folder the package unpacks to under the cache. */
    String folderName() {
        return tarballName().substring(0, tarballName().length() - ".tgz".length());
    }
}
