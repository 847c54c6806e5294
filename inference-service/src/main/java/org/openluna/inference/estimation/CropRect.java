package org.openluna.inference.estimation;

import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.image.Affine;

/**
 * A whole-pixel rectangle of the photo that one model's input is cut from. The factories repeat the
 * model package's own crops (lib/fr_*.js) step for step, integer truncation included, because each
 * model was trained on crops made that way; where the package would hand OpenCV a rectangle reaching
 * past the photo (and fail) the rectangle is shifted back inside, as its other crops do.
 */
record CropRect(int left, int top, int width, int height) {

    CropRect {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an empty crop: " + width + "x" + height);
        }
    }

    /** The map from a model's {@code outWidth x outHeight} input grid onto this rectangle. */
    Affine toGrid(int outWidth, int outHeight) {
        return Affine.fromGridToRect(outWidth, outHeight, left, top, width, height);
    }

    /**
     * The box scaled by {@code scale} about its centre (at most to the photo's size), then moved inside
     * the photo: {@code align*Image(image, bbox, scale)} of fr_age.js, fr_gender.js and fr_liveness.js.
     */
    static CropRect scaledAboutCentre(FaceBox box, double scale, int photoWidth, int photoHeight) {
        int x = (int) box.x1();
        int y = (int) box.y1();
        int boxWidth = Math.max(1, Math.abs((int) box.x2() - x));
        int boxHeight = Math.max(1, Math.abs((int) box.y2() - y));
        double s = Math.min((photoHeight - 1.0) / boxHeight, Math.min((photoWidth - 1.0) / boxWidth, scale));
        double newWidth = boxWidth * s;
        double newHeight = boxHeight * s;
        double centreX = boxWidth / 2.0 + x;
        double centreY = boxHeight / 2.0 + y;
        double left = centreX - newWidth / 2;
        double top = centreY - newHeight / 2;
        double right = centreX + newWidth / 2;
        double bottom = centreY + newHeight / 2;
        if (left < 0) {
            right -= left;
            left = 0;
        }
        if (top < 0) {
            bottom -= top;
            top = 0;
        }
        if (right > photoWidth - 1) {
            left -= right - photoWidth + 1;
            right = photoWidth - 1;
        }
        if (bottom > photoHeight - 1) {
            top -= bottom - photoHeight + 1;
            bottom = photoHeight - 1;
        }
        return new CropRect(Math.max((int) left, 0), Math.max((int) top, 0),
                Math.max(1, Math.min((int) (right - left), photoWidth - 1)),
                Math.max(1, Math.min((int) (bottom - top), photoHeight - 1)));
    }

    /** The box widened by {@code fraction} of its size on every side: fr_pose.js uses a quarter. */
    static CropRect widened(FaceBox box, double fraction, int photoWidth, int photoHeight) {
        int x1 = (int) box.x1();
        int y1 = (int) box.y1();
        int x2 = (int) box.x2();
        int y2 = (int) box.y2();
        int width = Math.abs(x2 - x1);
        int height = Math.abs(y2 - y1);
        int left = (int) (x1 - width * fraction);
        int top = (int) (y1 - height * fraction);
        int right = (int) (x2 + width * fraction);
        int bottom = (int) (y2 + height * fraction);
        return inside(Math.max(left, 0), Math.max(top, 0), Math.min(right - left, photoWidth),
                Math.min(bottom - top, photoHeight), photoWidth, photoHeight);
    }

    /**
     * From the box's top-left corner, {@code scale} times its width and height: fr_expression.js keeps
     * the corner, so the crop reaches past the chin and the right cheek rather than about the centre.
     */
    static CropRect fromCorner(FaceBox box, double scale, int photoWidth, int photoHeight) {
        int x1 = (int) box.x1();
        int y1 = (int) box.y1();
        int width = Math.abs((int) box.x2() - x1);
        int height = Math.abs((int) box.y2() - y1);
        return inside(Math.max(x1, 0), Math.max(y1, 0), Math.min((int) (width * scale), photoWidth - 1),
                Math.min((int) (height * scale), photoHeight - 1), photoWidth, photoHeight);
    }

    /** A square of side {@code size} about a centre, cut at the photo's edges as getEyeBBox of fr_eye.js does. */
    static CropRect squareAbout(int centreX, int centreY, int size, int photoWidth, int photoHeight) {
        int left = Math.max(0, (int) (centreX - size / 2.0));
        int top = Math.max(0, (int) (centreY - size / 2.0));
        if (left + size >= photoWidth) {
            size = photoWidth - left - 1;
        }
        if (top + size >= photoHeight) {
            size = photoHeight - top - 1;
        }
        return inside(left, top, size, size, photoWidth, photoHeight);
    }

    private static CropRect inside(int left, int top, int width, int height, int photoWidth, int photoHeight) {
        width = Math.max(1, Math.min(width, photoWidth));
        height = Math.max(1, Math.min(height, photoHeight));
        left = Math.max(0, Math.min(left, photoWidth - width));
        top = Math.max(0, Math.min(top, photoHeight - height));
        return new CropRect(left, top, width, height);
    }
}
