package org.openluna.shared.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.openluna.shared.api.Check;

/** The body of {@code PATCH /6/account}: any of the fields, at least one (seed l.132-149). */
public record AccountPatch(String newLogin, String newPassword, AccountType newAccountType, String newDescription) {

    @JsonCreator
    public static AccountPatch fromJson(@JsonProperty("login") String login,
                                        @JsonProperty("password") String password,
                                        @JsonProperty("account_type") String accountType,
                                        @JsonProperty("description") String description) {
        if (login == null && password == null && accountType == null && description == null) {
            throw Check.invalid("", "at least one field must be specified");
        }
        return new AccountPatch(
                login == null ? null : NewAccount.validLogin(login, "login"),
                password == null ? null : NewAccount.validPassword(password, "password"),
                accountType == null ? null : NewAccount.creatableType(accountType, "account_type"),
                description == null ? null : NewAccount.validDescription(description, "description"));
    }

    public Optional<String> login() { return Optional.ofNullable(newLogin); }

    public Optional<String> password() { return Optional.ofNullable(newPassword); }

    public Optional<AccountType> accountType() { return Optional.ofNullable(newAccountType); }

    public Optional<String> description() { return Optional.ofNullable(newDescription); }
}
