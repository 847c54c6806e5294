package org.openluna.functions.verifiers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;
import org.openluna.shared.verifiers.Verifier;

/** A verifier as {@code GET /6/verifiers} and {@code GET /6/verifiers/{verifier_id}} show it (seed l.13085-13399): its whole policies, defaults included. */
final class VerifierView {
    private VerifierView() {}

    static Map<String, Object> render(Verifier verifier) {
        var view = new LinkedHashMap<String, Object>();
        view.put("verifier_id", verifier.verifierId());
        view.put("account_id", verifier.accountId());
        view.put("description", verifier.description());
        view.put("policies", verifier.policies().toJson());
        view.put("create_time", Times.format(verifier.createTime()));
        view.put("last_update_time", Times.format(verifier.lastUpdateTime()));
        view.put("version", verifier.version());
        return view;
    }
}
