package org.openluna.shared.faces;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.attributes.FaceAttribute;
import tools.jackson.databind.JsonNode;

/**
 * Where a face's attribute comes from (seed l.2027, l.2206-2213): a temporary attribute of the same
 * account, named by its id, or descriptors and basic attributes given in the body, as
 * {@code POST /6/attributes} takes them.
 */
public sealed interface AttributeSource {

    record Temporary(UUID attributeId) implements AttributeSource {
        public Temporary {
            Objects.requireNonNull(attributeId, "attribute id");
        }
    }

    record Given(FaceAttribute attribute) implements AttributeSource {
        public Given {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /**
     * {@code {"attribute_id": ...}} alone, or the attribute's own fields.
     *
     * @param path where the object is in the body, for errors; empty for the body itself
     */
    static AttributeSource fromJson(JsonNode node, String path) {
        if (node.isObject() && node.has("attribute_id")) {
            JsonFields.object(node, path, Set.of("attribute_id"));
            var id = node.get("attribute_id");
            var at = path.isEmpty() ? "attribute_id" : path + ".attribute_id";
            return new Temporary(Ids.parseUuid(id.isString() ? id.asString() : null)
                    .orElseThrow(() -> Check.invalid(at, "must be a UUID4 in lower case")));
        }
        return new Given(path.isEmpty() ? FaceAttribute.fromJson(node) : FaceAttribute.fromJson(node, path));
    }
}
