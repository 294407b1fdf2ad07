package dev.bobsync.emulator.hibob;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The service users a company accepts and its permission groups. Immutable. */
final class Access {
  private final Map<String, ServiceUser> users;
  private final Map<String, PermissionGroup> groups;

  Access(Collection<ServiceUser> users, Collection<PermissionGroup> groups) {
    Map<String, ServiceUser> u = new LinkedHashMap<>();
    users.forEach(s -> u.put(s.id(), s));
    Map<String, PermissionGroup> g = new LinkedHashMap<>();
    groups.forEach(p -> g.put(p.name(), p));
    this.users = Collections.unmodifiableMap(u);
    this.groups = Collections.unmodifiableMap(g);
  }

  /** The service user with this id and token; tokens compared in constant time. */
  Optional<ServiceUser> authenticate(String id, String token) {
    ServiceUser user = users.get(id);
    if (user == null
        || !MessageDigest.isEqual(
            user.token().getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(user);
  }

  /**
   * The user's group; empty when it is in none, names one that does not exist, or is in a group
   * whose type is not "Service user" (which gives a service user nothing).
   */
  Optional<PermissionGroup> groupOf(ServiceUser user) {
    return Optional.ofNullable(user.permissionGroup())
        .map(groups::get)
        .filter(PermissionGroup::servesServiceUsers);
  }

  Collection<ServiceUser> users() {
    return users.values();
  }

  Collection<PermissionGroup> groups() {
    return groups.values();
  }

  Access withGroup(PermissionGroup group) {
    Map<String, PermissionGroup> next = new LinkedHashMap<>(groups);
    next.put(group.name(), group);
    return new Access(users.values(), next.values());
  }

  Access withUser(ServiceUser user) {
    Map<String, ServiceUser> next = new LinkedHashMap<>(users);
    next.put(user.id(), user);
    return new Access(next.values(), groups.values());
  }
}
