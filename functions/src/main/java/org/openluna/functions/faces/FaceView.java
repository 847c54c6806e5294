package org.openluna.functions.faces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.Targets;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.Face;

/** A face as {@code GET /6/faces} and {@code GET /6/faces/{face_id}} show it (seed l.2062-2077, 2143-2154), reduced to the targets asked for. */
record FaceView(Targets targets) {
    static final List<String> FIELDS = List.of("face_id", "account_id", "event_id", "user_data", "create_time", "external_id",
            "avatar", "lists");

    static FaceView from(QueryParams query) {
        return new FaceView(Targets.from(query, FIELDS));
    }

    Map<String, Object> render(Face face) {
        var view = new LinkedHashMap<String, Object>();
        view.put("face_id", face.faceId());
        view.put("account_id", face.accountId());
        view.put("event_id", face.fields().eventId());
        view.put("user_data", face.fields().userData());
        view.put("create_time", Times.format(face.createTime()));
        view.put("external_id", face.fields().externalId());
        view.put("avatar", face.fields().avatar());
        view.put("lists", face.lists());
        return targets.select(view);
    }
}
