package org.openluna.shared.auth;

/** How a caller proved who it is. */
public enum AuthMethod { NONE, BASIC, BEARER, COOKIE, ACCOUNT_ID_HEADER }
