package org.openluna.inference.models;

/**
 * Every file we take from the pinned packages, with its SHA-256 from ../shared/MODELS.md (models)
 * or as first fetched (photos), none of them committed to the repository; and the two models no
 * registry serves, which the repository keeps as resources of this module (THIRD_PARTY_NOTICES.md),
 * verified the same way. {@link #DETECTOR} is the previous face detector, which only the detector
 * benchmark runs now, as its baseline.
 */
public enum Asset {
    DETECTOR(NpmPackage.FACE_MODELS, "package/model/fr_detect.onnx", "6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854"),
    LANDMARKS(NpmPackage.FACE_MODELS, "package/model/fr_landmark.onnx", "f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258"),
    DESCRIPTOR(NpmPackage.FACE_MODELS, "package/model/fr_feature.onnx", "87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581"),
    AGE(NpmPackage.FACE_MODELS, "package/model/fr_age.onnx", "74c9b01700cb9ef96f7190a2230218414ff99d231415c4b091a755780cad5e8a"),
    GENDER(NpmPackage.FACE_MODELS, "package/model/fr_gender.onnx", "a003e8392a617ca834c7ca2c01e0895f5c354217fb56cd0373935e6e9b9c396e"),
    HEAD_POSE(NpmPackage.FACE_MODELS, "package/model/fr_pose.onnx", "72d032ec941b7153bf8d3f2c03a4c165453cc7e63d479041ec7c6ef087e5839d"),
    EMOTIONS(NpmPackage.FACE_MODELS, "package/model/fr_expression.onnx", "88959314d9dc14d6c968cca31dc068e4350bf1944154e3bdd2eece5d0f318d05"),
    LIVENESS(NpmPackage.FACE_MODELS, "package/model/fr_liveness.onnx", "afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d"),
    EYES(NpmPackage.FACE_MODELS, "package/model/fr_eye.onnx", "1afcea006abc1ccac3c517022abde0aa092bed74ff3c9fe6878483ef9e6e38de"),
    /** YuNet (libfacedetection.train, Apache-2.0): the face detector. */
    YUNET(null, "models/yunet_n_dynamic.onnx", "104ee26c71d5c270ce79a6b3dced91c91013260d29a6bf18f9296c5b8c4c2b12"),
    /** An UltraFace RFB-640 trained on faces with and without masks (Linzaer, MIT): the mask estimation. */
    MASKED_FACES(null, "models/RFB-640-masked_face-v2.onnx", "27ca3e5985f722e91efea7993f625716de627303c4bafb40bb26f456286beca8"),

    PHOTO_1(NpmPackage.TEST_PHOTOS, "package/demo/sample1.jpg", "8ecae4b267b2d3169e06e00c7dee97097aa2a94635d45216f7732a5f4943cb51"),
    PHOTO_2(NpmPackage.TEST_PHOTOS, "package/demo/sample2.jpg", "7d2b60ae6f13bf30f422e04df87451081a02c83de469056f25afb44b7000c691"),
    PHOTO_3(NpmPackage.TEST_PHOTOS, "package/demo/sample3.jpg", "8eb081c9efb14370fa94d9feab9e5fbeafd19a627491853a80c2bf67f7ffa936"),
    PHOTO_4(NpmPackage.TEST_PHOTOS, "package/demo/sample4.jpg", "729efa5923061d40eb4ed5f267a18cc7b8ba6f852bb2757b16d8b7e4937476fc"),
    PHOTO_5(NpmPackage.TEST_PHOTOS, "package/demo/sample5.jpg", "6d45095ebb182d8f975c0790e0e4eefd86fbb40609cf4b271776d92e12662938"),
    PHOTO_6(NpmPackage.TEST_PHOTOS, "package/demo/sample6.jpg", "9baad80f9d5e306fb9b8c0913d44445f1e95848df317530efb03d0934c57ba87"),

    KITTEN(NpmPackage.KITTEN_PHOTO, "package/test/cat.jpg", "fa92ae217431c981d083238dee1915aaae329618db4617821f30c90b6eebf5ed"),
    BLACK_CAT(NpmPackage.ANIMAL_PHOTOS, "package/fixtures/sample/images/4.jpg", "06507e06f7e22ea082bb8b0a63f36bcfe3f83fe4628266bbd5d01966edf6a775"),
    PHEASANT(NpmPackage.ANIMAL_PHOTOS, "package/fixtures/sample/images/1.jpg", "689fa56d63ca190199305e73a75d14be40ab5d1336a9e99be7a9d0791ec4495e"),
    LANDSCAPE(NpmPackage.LANDSCAPE_PHOTO, "package/example/DSCN0614_small.jpg", "fd29268f0f2037a137392f38cb5a0036ea40e7bb6804d1d944086357ed38c6fe"),

    /** A screenshot of the face-api webcam demo: the one man, and the one webcam capture, among the photos (853x1280, palette PNG). */
    WEBCAM_SCREENSHOT(NpmPackage.TEST_PHOTOS, "package/demo/screenshot-webcam.png", "844071b9be8d43570c019ab4a5fd3166a801f49a82303cb98cc2189d50b06d9a");

    private final NpmPackage source;
    private final String pathInPackage;
    private final String sha256;

    Asset(NpmPackage source, String pathInPackage, String sha256) {
        this.source = source;
        this.pathInPackage = pathInPackage;
        this.sha256 = sha256;
    }

    /** The package the asset comes in; null for one the repository keeps as a resource. */
    public NpmPackage source() { return source; }

    /** Its path in the package, or as a class path resource of this module. */
    public String pathInPackage() { return pathInPackage; }

    public String sha256() { return sha256; }
}
