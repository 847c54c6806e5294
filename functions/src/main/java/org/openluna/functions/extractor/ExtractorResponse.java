package org.openluna.functions.extractor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.openluna.functions.attributes.AttributeFunctions;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.attributes.TemporaryAttribute;

/**
 * One item of the extractor's answer per attribute made (seed l.1824-1874). Two fields the seed shows
 * are null because nothing here can estimate them, and a made-up value would be worse than none
 * (ADR 0007): {@code score}, the descriptor's quality, and {@code ethnicities}.
 */
final class ExtractorResponse {

    record Item(List<UUID> samples, UUID attributeId, String url,
                @JsonInclude(JsonInclude.Include.NON_NULL) BasicAttributesView basicAttributes, Float score) {}

    record BasicAttributesView(Object ethnicities, int age, int gender) {}

    private ExtractorResponse() {}

    static Item item(TemporaryAttribute stored) {
        var attribute = stored.attribute();
        var created = AttributeFunctions.Created.of(stored.attributeId());
        return new Item(attribute.samples(), created.attributeId(), created.url(),
                attribute.basic().map(ExtractorResponse::basic).orElse(null), null);
    }

    private static BasicAttributesView basic(BasicAttributes basic) {
        return new BasicAttributesView(null, basic.age(), basic.gender());
    }
}
