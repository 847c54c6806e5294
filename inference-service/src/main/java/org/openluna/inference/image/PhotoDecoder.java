package org.openluna.inference.image;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.openluna.inference.image.PhotoRejected.Reason;

/**
 * Turns the bytes of an uploaded photo into an upright {@link RgbImage}, or refuses it with a
 * {@link PhotoRejected} that says why. The format is read from the bytes' signature; a declared
 * Content-Type is only checked against it. Sizes are checked against {@link PhotoLimits} from the
 * header, before the raster is decoded. JPEGs are turned upright by their Exif Orientation when asked
 * (the API's {@code use_exif_info}, default on); TIFFs always are (seed l.515: "they're always auto
 * oriented"). Alpha is dropped by compositing onto black.
 *
 * <p>Holds no state but its limits, so one instance serves concurrent requests.
 */
public final class PhotoDecoder {
    private final PhotoLimits limits;

    public PhotoDecoder(PhotoLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public PhotoLimits limits() {
        return limits;
    }

    /** A photo of any supported format, told by its bytes, turned upright by its Exif orientation. */
    public RgbImage decode(byte[] photo) {
        return decodeFile(photo, null, true);
    }

    /** A photo of any supported format, told by its bytes; turned upright only when asked. */
    public RgbImage decode(byte[] photo, boolean useExifOrientation) {
        return decodeFile(photo, null, useExifOrientation);
    }

    /** A request body sent under a photo Content-Type, turned upright by its Exif orientation. */
    public RgbImage decode(byte[] body, PhotoContentType declared) {
        return decode(body, declared, true);
    }

    /**
     * A request body sent under a photo Content-Type: the file itself, or its base64 text for the
     * {@code image/x-*-base64} types. The bytes must be the declared format.
     */
    public RgbImage decode(byte[] body, PhotoContentType declared, boolean useExifOrientation) {
        Objects.requireNonNull(declared, "declared content type");
        byte[] photo = declared.isBase64() ? fromBase64(body) : body;
        return decodeFile(photo, declared, useExifOrientation);
    }

    /** A photo given as base64 text (a JSON or multipart field), of any supported format. */
    public RgbImage decodeBase64(String text) {
        Objects.requireNonNull(text, "text");
        // Latin-1 keeps one byte per char; anything outside it becomes '?', which base64 refuses
        return decodeFile(fromBase64(text.getBytes(StandardCharsets.ISO_8859_1)), null, true);
    }

    private RgbImage decodeFile(byte[] photo, PhotoContentType declared, boolean useExifOrientation) {
        Objects.requireNonNull(photo, "photo");
        if (photo.length == 0) {
            throw new PhotoRejected(Reason.EMPTY, "the image is empty");
        }
        var format = PhotoFormat.sniff(photo).orElseThrow(() -> new PhotoRejected(Reason.UNSUPPORTED_FORMAT,
                PhotoFormat.nameOfUnsupported(photo)
                        .map(name -> "the image is " + name + "; send JPEG, PNG, BMP, TIFF or PPM")
                        .orElse("the data is not a JPEG, PNG, BMP, TIFF or PPM image")));
        if (declared != null && declared.format() != format) {
            throw new PhotoRejected(Reason.CONTENT_TYPE_MISMATCH, "the Content-Type is " + declared.mediaType()
                    + " but the data is a " + format + " image");
        }
        var stored = readRaster(photo, format);
        boolean orient = format == PhotoFormat.TIFF || format == PhotoFormat.JPEG && useExifOrientation;
        return orient ? Orientation.of(photo, format).apply(stored) : stored;
    }

    private RgbImage readRaster(byte[] photo, PhotoFormat format) {
        var readers = ImageIO.getImageReadersByFormatName(format.readerFormatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format + "; is the TwelveMonkeys plugin on the class path?");
        }
        ImageReader reader = readers.next();   // TwelveMonkeys registers its JPEG and TIFF readers ahead of the JDK's
        var warnings = new ArrayList<String>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            reader.setInput(input, true, true);
            // the header alone gives the size; a file claiming a huge raster is refused before read() allocates it
            limits.check(reader.getWidth(0), reader.getHeight(0));
            RgbImage image = isPlainSrgbYCbCr(photo, format) ? fromYCbCr(reader) : RasterToRgb.copyOf(reader.read(0));
            if (wasCutShort(warnings)) {
                throw new PhotoRejected(Reason.CORRUPT, "the " + format + " image is truncated");
            }
            return image;
        } catch (PhotoRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Readers fail on malformed input with IIOException but also with unchecked exceptions
            // (index out of bounds, illegal argument) that mean the same: these bytes are not an image.
            throw new PhotoRejected(Reason.CORRUPT, "the " + format + " image cannot be decoded", e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Most photos are YCbCr JPEGs in sRGB. For them {@code read} spends most of its time (three
     * quarters on a 1920 px photo) in an ICC conversion from the embedded sRGB profile to sRGB,
     * which changes nothing but rounding; the raw raster converted the way libjpeg would is the
     * same picture.
     */
    private static boolean isPlainSrgbYCbCr(byte[] photo, PhotoFormat format) {
        if (format != PhotoFormat.JPEG) {
            return false;
        }
        var header = JpegHeader.read(photo);
        return header.isYCbCr() && header.isSrgb();
    }

    private static RgbImage fromYCbCr(ImageReader reader) throws IOException {
        Raster raster = reader.readRaster(0, null);   // the JPEG readers hand the raster over unconverted
        if (raster.getNumBands() != 3) {
            throw new IOException("a three-component JPEG read as " + raster.getNumBands() + " bands");
        }
        return YCbCrToRgb.convert(raster);
    }

    /**
     * libjpeg does not fail on a file that ends mid-scan: it warns ("Corrupt JPEG data: premature end
     * of data segment", "Premature end of JPEG file") and paints the rest grey. That picture is not
     * the one sent, so it is refused. Other warnings, such as a missing end marker after complete
     * data or stray bytes before a marker, are common in camera files whose pixels are intact.
     */
    private static boolean wasCutShort(List<String> warnings) {
        return warnings.stream().anyMatch(w -> w != null && w.toLowerCase(Locale.ROOT).contains("premature end"));
    }

    /** Strict base64, except that line breaks and spaces are skipped, as the {@code base64} tool wraps its lines. */
    private static byte[] fromBase64(byte[] text) {
        Objects.requireNonNull(text, "body");
        byte[] compact = withoutWhitespace(text);
        if (compact.length == 0) {
            throw new PhotoRejected(Reason.EMPTY, "the base64 image is empty");
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new PhotoRejected(Reason.BAD_BASE64, "the image is not valid base64 text", e);
        }
    }

    private static byte[] withoutWhitespace(byte[] text) {
        int kept = 0;
        for (byte b : text) {
            if (!isWhitespace(b)) {
                kept++;
            }
        }
        if (kept == text.length) {
            return text;
        }
        var compact = new byte[kept];
        int at = 0;
        for (byte b : text) {
            if (!isWhitespace(b)) {
                compact[at++] = b;
            }
        }
        return compact;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
