package dev.bobsync.store;

import java.time.Instant;

/** A person who logs in to the admin page; they see only their workspace's integrations. */
public record User(
    String id,
    String workspaceId,
    String email,
    String name,
    Instant createdAt,
    Instant lastLoginAt) {}
