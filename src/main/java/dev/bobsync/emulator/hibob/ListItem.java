package dev.bobsync.emulator.hibob;

/** One item of a named list; list fields store its {@code id}, humans see its {@code name}. */
record ListItem(String id, String name, boolean archived, String parentId) {}
