package dev.bobsync.remote;

/** A company manager in Remote; an employment's {@code manager_id} must be one's user id. */
public record Manager(String userId, String email, String role) {}
