package org.openluna.functions.detector;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpData;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * A {@code multipart/form-data} body: every part is one image, in order, whatever its name, with its
 * filename and its own content type. Netty's multipart decoder does the parsing because it keeps
 * every part's bytes as sent: Spring's readers decode a part without filename and type as UTF-8 text,
 * which mangles an image sent that way. The body is already whole in memory (the gateway bounds it),
 * so the parts stay in memory too and never touch the disk.
 */
final class MultipartImages {
    static final String MEDIA_TYPE = "multipart/form-data";
    static final String POLICIES = "policies";

    private MultipartImages() {}

    /** The images, and the bytes of a part named {@code policies} (null when there is none). */
    record Read(List<Image> images, byte[] policies) {}

    static List<Image> read(String contentTypeHeader, byte[] body) {
        return read(contentTypeHeader, body, false).images();
    }

    /**
     * @param policiesAllowed whether a part named {@code policies} holds a dynamic handler's policies (LUNA's
     *                        multipart form for them) rather than an image
     */
    static Read read(String contentTypeHeader, byte[] body, boolean policiesAllowed) {
        var request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/", Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentTypeHeader);
        if (!HttpPostRequestDecoder.isMultipart(request)) {
            request.release();
            throw new LunaException(ErrorCode.BAD_MULTIPART, "the Content-Type names no boundary");
        }
        var factory = new DefaultHttpDataFactory(false);
        HttpPostMultipartRequestDecoder decoder = null;
        try {
            decoder = new HttpPostMultipartRequestDecoder(factory, request, StandardCharsets.UTF_8);
            var images = new ArrayList<Image>();
            byte[] policies = null;
            for (var data : decoder.getBodyHttpDatas()) {
                var part = (HttpData) data;
                if (policiesAllowed && POLICIES.equals(part.getName())) {
                    if (policies != null) {
                        throw new LunaException(ErrorCode.BAD_MULTIPART, "it holds two parts named policies");
                    }
                    policies = bytes(part);
                } else {
                    images.add(image(part));
                }
            }
            if (images.isEmpty()) {
                throw new LunaException(ErrorCode.BAD_MULTIPART, "it holds no image part");
            }
            return new Read(images, policies);
        } catch (DecoderException e) {
            throw new LunaException(ErrorCode.BAD_MULTIPART, e, e.getMessage());
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            factory.cleanAllHttpData();
            request.release();
        }
    }

    private static byte[] bytes(HttpData part) {
        try {
            return part.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Netty gives a part without filename as an attribute, with no type: its bytes then tell the format. */
    private static Image image(HttpData part) {
        var bytes = bytes(part);
        return part instanceof FileUpload file
                ? DeclaredImageType.image(file.getFilename(), file.getContentType(), bytes)
                : DeclaredImageType.image(null, null, bytes);
    }
}
