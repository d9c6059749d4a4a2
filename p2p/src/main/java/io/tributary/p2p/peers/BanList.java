package io.tributary.p2p.peers;

import io.tributary.p2p.NodeId;
import java.net.InetAddress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Node ids and IP addresses refused until a time of the injected clock. Bounded: when full, the oldest ban goes.
 * Loopback addresses are never banned by IP (a loopback testnet shares one). Thread-safe.
 */
public final class BanList {
  private final int capacity;
  private final Map<NodeId, Long> nodes = new LinkedHashMap<>();
  private final Map<InetAddress, Long> addresses = new LinkedHashMap<>();

  public BanList(final int capacity) {
    this.capacity = capacity;
  }

  /** Bans {@code nodeId} (and {@code address}, when given and not loopback) until {@code untilMillis}. */
  public synchronized void ban(final NodeId nodeId, final InetAddress address, final long untilMillis) {
    put(nodes, nodeId, untilMillis);
    if (address != null && !address.isLoopbackAddress() && !address.isAnyLocalAddress()) {
      put(addresses, address, untilMillis);
    }
  }

  public synchronized boolean isBanned(final NodeId nodeId, final long nowMillis) {
    return active(nodes, nodeId, nowMillis);
  }

  public synchronized boolean isBanned(final InetAddress address, final long nowMillis) {
    return address != null && active(addresses, address, nowMillis);
  }

  /** Lifts a ban early. */
  public synchronized void unban(final NodeId nodeId) {
    nodes.remove(nodeId);
  }

  private <K> void put(final Map<K, Long> map, final K key, final long until) {
    map.remove(key);
    map.put(key, until);
    if (map.size() > capacity) {
      final Iterator<K> eldest = map.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  private static <K> boolean active(final Map<K, Long> map, final K key, final long now) {
    final Long until = map.get(key);
    if (until == null) {
      return false;
    }
    if (now >= until) {
      map.remove(key);
      return false;
    }
    return true;
  }
}
