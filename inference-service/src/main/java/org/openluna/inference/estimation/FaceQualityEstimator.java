package org.openluna.inference.estimation;

import java.util.List;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.Sampler;

/**
 * Face image quality computed from the pixels, with no model: the detector's box is brought to a
 * {@value #SIZE}x{@value #SIZE} grid (as LUNA estimates quality on its fixed-size face sample, so the numbers do
 * not depend on how large the face is in the photo) and the inner part of it, mostly skin, eyes and
 * mouth rather than hair and background, is measured:
 * <ul>
 *   <li>blurriness: the variance of the grey Laplacian over the variance of the grey values themselves
 *       ({@code r}, so the contrast of the photo cancels out), as {@code r / (r + }{@value #SHARPNESS_HALF}{@code )}:
 *       the faces of the test photos give r of 0.025 to 0.3, the same faces blurred by a Gaussian of about
 *       2.5 pixels 0.005 to 0.024;
 *   <li>dark: one minus the share of pixels whose luma is below {@value #DARK_LUMA}, counting a face half in
 *       such shadow as 0;
 *   <li>light: likewise for luma above {@value #LIGHT_LUMA};
 *   <li>specularity: one minus the share of pixels with a channel at {@value #SATURATED} or more (clipped
 *       highlights), counting {@value #SPECULAR_SHARE_AT_ZERO} of the face clipped as 0;
 *   <li>illumination: the darker half's mean luma over the brighter half's, left against right, in the
 *       manner of the illumination uniformity of ISO/IEC 29794-5.
 * </ul>
 * The constants were set on the six test photos and on blurred, darkened, brightened and half-shaded
 * copies of them (see FaceQualityEstimatorTest). Holds no native resource.
 */
public final class FaceQualityEstimator {
    static final int SIZE = 128;
    // the inner part of the box: UltraFace boxes run from the hairline to the chin, ear to ear
    private static final int INNER_LEFT = SIZE / 5;
    private static final int INNER_RIGHT = SIZE - SIZE / 5;
    private static final int INNER_TOP = SIZE / 5;
    private static final int INNER_BOTTOM = SIZE - SIZE / 10;
    static final double SHARPNESS_HALF = 0.015;
    static final int DARK_LUMA = 50;
    static final int LIGHT_LUMA = 230;
    static final int SATURATED = 250;
    private static final double SHADOW_SHARE_AT_ZERO = 0.5;
    static final double SPECULAR_SHARE_AT_ZERO = 0.1;

    /** One quality per face, in the order of the faces. */
    public List<FaceQuality> estimate(List<FaceInPhoto> faces) {
        return faces.stream().map(FaceQualityEstimator::estimate).toList();
    }

    static FaceQuality estimate(FaceInPhoto face) {
        var box = face.box();
        var grid = Affine.fromGridToRect(SIZE, SIZE, box.x1(), box.y1(), Math.max(1, box.width()), Math.max(1, box.height()));
        float[] rgb = Sampler.sample(face.photo(), grid, SIZE, SIZE, PixelScaling.rgb(0, 1));
        int plane = SIZE * SIZE;
        var luma = new float[plane];
        int dark = 0;
        int light = 0;
        int saturated = 0;
        double leftSum = 0;
        double rightSum = 0;
        for (int y = INNER_TOP; y < INNER_BOTTOM; y++) {
            for (int x = INNER_LEFT; x < INNER_RIGHT; x++) {
                int i = y * SIZE + x;
                float r = rgb[i];
                float g = rgb[plane + i];
                float b = rgb[2 * plane + i];
                float l = 0.299f * r + 0.587f * g + 0.114f * b;
                luma[i] = l;
                if (l < DARK_LUMA) {
                    dark++;
                }
                if (l > LIGHT_LUMA) {
                    light++;
                }
                if (Math.max(r, Math.max(g, b)) >= SATURATED) {
                    saturated++;
                }
                if (x < SIZE / 2) {
                    leftSum += l;
                } else {
                    rightSum += l;
                }
            }
        }
        double pixels = (double) (INNER_RIGHT - INNER_LEFT) * (INNER_BOTTOM - INNER_TOP);
        double lumaMean = (leftSum + rightSum) / pixels;
        double lumaVariance = 0;
        for (int y = INNER_TOP; y < INNER_BOTTOM; y++) {
            for (int x = INNER_LEFT; x < INNER_RIGHT; x++) {
                double d = luma[y * SIZE + x] - lumaMean;
                lumaVariance += d * d;
            }
        }
        lumaVariance /= pixels;
        // relative to the face's own contrast, so that a darker or flatter photo of a sharp face stays sharp
        double sharpness = lumaVariance <= 0 ? 0 : laplacianVariance(luma) / lumaVariance;
        double brighterHalf = Math.max(leftSum, rightSum);
        return new FaceQuality(
                (float) (sharpness / (sharpness + SHARPNESS_HALF)),
                share(dark / pixels, SHADOW_SHARE_AT_ZERO),
                brighterHalf <= 0 ? 0 : (float) (Math.min(leftSum, rightSum) / brighterHalf),
                share(saturated / pixels, SPECULAR_SHARE_AT_ZERO),
                share(light / pixels, SHADOW_SHARE_AT_ZERO));
    }

    /** Variance of the 4-neighbour Laplacian over the inner part (its neighbours lie inside the grid). */
    private static double laplacianVariance(float[] luma) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = INNER_TOP + 1; y < INNER_BOTTOM - 1; y++) {
            for (int x = INNER_LEFT + 1; x < INNER_RIGHT - 1; x++) {
                int i = y * SIZE + x;
                double laplacian = luma[i - 1] + luma[i + 1] + luma[i - SIZE] + luma[i + SIZE] - 4 * luma[i];
                sum += laplacian;
                squares += laplacian * laplacian;
                n++;
            }
        }
        double mean = sum / n;
        return Math.max(0, squares / n - mean * mean);
    }

    /** 1 when no pixel is affected, falling linearly to 0 when {@code shareAtZero} of them are. */
    private static float share(double affected, double shareAtZero) {
        return (float) Math.clamp(1 - affected / shareAtZero, 0, 1);
    }
}
