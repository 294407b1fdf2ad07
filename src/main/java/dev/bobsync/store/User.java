package dev.bobsync.store;

import dev.bobsync.access.Role;
import java.time.Instant;

/**
 * A person who logs in to the admin page; they see only their workspace's integrations and do what
 * their role allows.
 */
public record User(
    String id,
    String workspaceId,
    String email,
    String name,
    Instant createdAt,
    Instant lastLoginAt,
    Role role) {}
