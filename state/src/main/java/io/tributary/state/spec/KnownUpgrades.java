package io.tributary.state.spec;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The protocol upgrades a release knows by name: how each turns the spec in force before it into its own. Governance
 * schedules an upgrade by name and height; a node that finds the name here enters it into its fork schedule, one that
 * does not halts before that height (it cannot check blocks made by rules it does not have).
 */
public final class KnownUpgrades {
  public static final KnownUpgrades NONE = new KnownUpgrades(Map.of());

  private final Map<String, UnaryOperator<ProtocolSpec>> byName;

  private KnownUpgrades(final Map<String, UnaryOperator<ProtocolSpec>> byName) {
    this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
  }

  public static KnownUpgrades of(final Map<String, UnaryOperator<ProtocolSpec>> byName) {
    return new KnownUpgrades(byName);
  }

  /** Upgrade {@code name} applied to {@code previous}, named after the upgrade; empty if this release lacks it. */
  public Optional<ProtocolSpec> apply(final String name, final ProtocolSpec previous) {
    final UnaryOperator<ProtocolSpec> upgrade = byName.get(name);
    return upgrade == null ? Optional.empty() : Optional.of(upgrade.apply(previous).withName(name));
  }

  public boolean knows(final String name) {
    return byName.containsKey(name);
  }

  /** The names, sorted. */
  public java.util.Set<String> names() {
    return byName.keySet();
  }
}
