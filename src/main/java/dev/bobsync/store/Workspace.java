package dev.bobsync.store;

import java.time.Instant;

/** A tenant: a company using bobsync, owning its integrations. */
public record Workspace(String id, String name, Instant createdAt) {}
