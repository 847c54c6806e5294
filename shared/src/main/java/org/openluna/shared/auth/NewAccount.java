package org.openluna.shared.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import org.openluna.shared.api.Check;

/** The body of {@code POST /6/accounts} (seed l.97-113). */
public record NewAccount(String login, String password, AccountType accountType, String description) {
    static final Pattern LOGIN = Pattern.compile("^[a-z0-9_\\-.]+@[a-z]+\\.[a-z]{2,}$");
    static final int MAX_LOGIN_LENGTH = 128;

    @JsonCreator
    public static NewAccount fromJson(@JsonProperty("login") String login,
                                      @JsonProperty("password") String password,
                                      @JsonProperty("account_type") String accountType,
                                      @JsonProperty("description") String description) {
        return new NewAccount(
                validLogin(Check.required(login, "login"), "login"),
                validPassword(Check.required(password, "password"), "password"),
                creatableType(Check.required(accountType, "account_type"), "account_type"),
                validDescription(description == null ? "" : description, "description"));
    }

    static String validLogin(String login, String path) {
        return Check.matches(Check.length(login, path, 3, MAX_LOGIN_LENGTH), path, LOGIN);
    }

    static String validPassword(String password, String path) {
        return Check.length(password, path, 3, 128);
    }

    static String validDescription(String description, String path) {
        return Check.length(description, path, 0, 128);
    }

    static AccountType creatableType(String raw, String path) {
        return AccountType.parse(raw).filter(t -> t != AccountType.ADMIN)
                .orElseThrow(() -> Check.invalid(path, "must be one of ['advanced_user', 'user']"));
    }
}
