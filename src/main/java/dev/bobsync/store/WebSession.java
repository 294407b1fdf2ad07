package dev.bobsync.store;

import java.time.Instant;

/** A logged-in browser: whose it is, its CSRF token, and when it expires. */
public record WebSession(String userId, String csrfToken, Instant createdAt, Instant expiresAt) {}
