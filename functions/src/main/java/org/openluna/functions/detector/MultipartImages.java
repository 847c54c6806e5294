package org.openluna.functions.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import reactor.core.publisher.Flux;

/**
 * A {@code multipart/form-data} body: every part is one image, in order, whatever its name, with its
 * filename and its own content type. Spring's multipart reader does the parsing; the body is already
 * whole in memory (the gateway bounds it), so parts are kept in memory too and never touch the disk.
 */
final class MultipartImages {
    static final String MEDIA_TYPE = "multipart/form-data";

    private MultipartImages() {}

    static List<Image> read(String contentTypeHeader, byte[] body) {
        var parts = parts(contentTypeHeader, body);
        if (parts.isEmpty()) {
            throw new LunaException(ErrorCode.BAD_MULTIPART, "it holds no part");
        }
        var images = new ArrayList<Image>(parts.size());
        for (var part : parts) {
            var filename = part instanceof FilePart file ? file.filename() : null;
            var declared = part.headers().getContentType();
            images.add(DeclaredImageType.image(filename,
                    declared == null ? null : declared.getType() + "/" + declared.getSubtype(), bytes(part)));
        }
        return images;
    }

    private static List<Part> parts(String contentTypeHeader, byte[] body) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentTypeHeader);
        } catch (InvalidMediaTypeException e) {
            throw new LunaException(ErrorCode.BAD_CONTENT_TYPE, e);
        }
        if (type.getParameter("boundary") == null) {
            throw new LunaException(ErrorCode.BAD_MULTIPART, "the Content-Type names no boundary");
        }
        var reader = new DefaultPartHttpMessageReader();
        reader.setMaxInMemorySize(-1);
        try {
            var parts = reader.read(ResolvableType.forClass(Part.class), message(type, body), Map.of()).collectList().block();
            return parts == null ? List.of() : parts;
        } catch (DecodingException e) {
            throw new LunaException(ErrorCode.BAD_MULTIPART, e, e.getMessage());
        }
    }

    private static byte[] bytes(Part part) {
        var joined = DataBufferUtils.join(part.content()).block();
        if (joined == null) {
            return new byte[0];
        }
        try {
            var bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }

    private static ReactiveHttpInputMessage message(MediaType type, byte[] body) {
        var headers = new HttpHeaders();
        headers.setContentType(type);
        return new ReactiveHttpInputMessage() {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body));
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
