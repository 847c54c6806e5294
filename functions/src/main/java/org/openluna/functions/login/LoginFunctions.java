package org.openluna.functions.login;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Check;
import org.openluna.shared.auth.Accounts;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.auth.Sessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credential verification ({@code POST /6/auth}, seed l.417-464) and the login cookie ({@code /6/login}, l.14798-14809). */
@Configuration(proxyBeanMethods = false)
public class LoginFunctions {

    record Credentials(String login, String password) {
        @JsonCreator
        static Credentials fromJson(@JsonProperty("login") String login, @JsonProperty("password") String password) {
            return new Credentials(Check.length(Check.required(login, "login"), "login", 3, 128),
                    Check.length(Check.required(password, "password"), "password", 3, 128));
        }
    }

    @Bean
    Function<ApiRequest, ApiResponse> verifyCredentials(Authorizer authorizer) {
        return req -> {
            var credentials = req.json(Credentials.class);
            var account = authorizer.verifyPassword(credentials.login(), credentials.password());
            var body = new LinkedHashMap<String, Object>();
            body.put("account_type", account.accountType().wire());
            body.put("account_id", account.accountId().toString());
            return ApiResponse.ok(body);
        };
    }

    /**
     * Login and password in (the route takes nothing else, and no Luna-Account-Id: a session is always
     * of the account whose password opened it), an HttpOnly cookie out that names a stored session.
     */
    @Bean
    Function<ApiRequest, ApiResponse> setLoginCookie(Sessions sessions, Accounts accounts, LunaSettings settings) {
        return req -> {
            var lifetime = Duration.ofHours(settings.auth().sessionHours());
            var account = accounts.get(req.caller().account());
            var cookie = sessions.open(account, lifetime);
            return ApiResponse.noContent().withHeader("Set-Cookie", Authorizer.LOGIN_COOKIE + "=" + cookie
                    + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + lifetime.toSeconds());
        };
    }

    /** Ends the session the cookie names, so the same value never works again, and tells the browser to drop it. */
    @Bean
    Function<ApiRequest, ApiResponse> clearLoginCookie(Sessions sessions) {
        return req -> {
            Authorizer.sessionCookie(req.headers()).ifPresent(sessions::close);
            return ApiResponse.noContent()
                    .withHeader("Set-Cookie", Authorizer.LOGIN_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        };
    }
}
