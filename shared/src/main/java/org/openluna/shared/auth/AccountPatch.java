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
        return new AccountPatch(
                login == null ? null : NewAccount.validLogin(login, "login"),
                password == null ? null : NewAccount.validPassword(password, "password"),
                accountType == null ? null : NewAccount.creatableType(accountType, "account_type"),
                description == null ? null : NewAccount.validDescription(description, "description"));
    }

    /** The seed's rule, checked after the fields so that an unknown field is reported as such first. */
    public AccountPatch requireAnyField() {
        if (newLogin == null && newPassword == null && newAccountType == null && newDescription == null) {
            throw Check.invalid("", "at least one field must be specified");
        }
        return this;
    }

    /**
     * A type change widens what the account sees (an advanced user's token may read other accounts'
     * data), so only an admin makes it, acting in that account with Luna-Account-Id; an admin account's
     * own type never changes (ADR 0016).
     */
    public AccountPatch requirePermittedFor(Caller caller, Account target) {
        if (newAccountType != null && newAccountType != target.accountType()) {
            caller.requireAdmin();
            if (target.accountType() == AccountType.ADMIN) {
                throw Check.invalid("account_type", "an admin account's type cannot change");
            }
        }
        return this;
    }

    public Optional<String> login() { return Optional.ofNullable(newLogin); }

    public Optional<String> password() { return Optional.ofNullable(newPassword); }

    public Optional<AccountType> accountType() { return Optional.ofNullable(newAccountType); }

    public Optional<String> description() { return Optional.ofNullable(newDescription); }
}
