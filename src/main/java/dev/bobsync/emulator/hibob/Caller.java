package dev.bobsync.emulator.hibob;

/** The authenticated service user of a request and the permission group it is in. */
record Caller(ServiceUser user, PermissionGroup group) {}
