package org.openluna.shared.auth;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of account. Only {@code user} and {@code advanced_user} can be created over the API. */
public enum AccountType {
    USER("user"), ADVANCED_USER("advanced_user"), ADMIN("admin");

    private final String wire;

    AccountType(String wire) {
        this.wire = wire;
    }

    public String wire() { return wire; }

    public static Optional<AccountType> parse(String raw) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(raw)).findFirst();
    }

    /** Users see their own account only, whatever a token's visibility area says. */
    public boolean maySeeAllAccounts() {
        return this != USER;
    }
}
