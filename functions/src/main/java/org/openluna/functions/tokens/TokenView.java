package org.openluna.functions.tokens;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;
import org.openluna.shared.auth.PermissionsJson;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.Token;
import org.openluna.shared.auth.Tokens;

/** A token as the API shows it (seed l.366-400), and the short answer to its creation. */
final class TokenView {
    private TokenView() {}

    /** The JWT shows only to whom {@link Tokens#showsSecretTo} allows; to anyone else it is null. */
    static Map<String, Object> of(Token token, Caller caller) {
        var view = new LinkedHashMap<String, Object>();
        view.put("permissions", PermissionsJson.write(token.permissions()));
        view.put("description", token.description());
        view.put("expiration_time", token.expiration().map(Times::format).orElse(null));
        view.put("visibility_area", token.visibilityArea().wire());
        view.put("token", Tokens.showsSecretTo(token, caller) ? token.jwt() : null);
        view.put("token_id", token.tokenId().toString());
        view.put("account_id", token.accountId().toString());
        view.put("create_time", Times.format(token.createTime()));
        view.put("last_update_time", Times.format(token.lastUpdateTime()));
        return view;
    }

    static Map<String, Object> issued(Token token) {
        var view = new LinkedHashMap<String, Object>();
        view.put("token", token.jwt());
        view.put("token_id", token.tokenId().toString());
        view.put("url", "/6/tokens/" + token.tokenId());
        return view;
    }
}
