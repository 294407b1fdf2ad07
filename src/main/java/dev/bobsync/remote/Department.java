package dev.bobsync.remote;

/** A company department in Remote. */
public record Department(String id, String name) {}
