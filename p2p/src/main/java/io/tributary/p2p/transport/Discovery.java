package io.tributary.p2p.transport;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.P2pConfig;
import io.tributary.p2p.Peer;
import io.tributary.p2p.PeerDisconnectedException;
import io.tributary.p2p.peers.AddressBook;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the node connected: every {@link P2pConfig#discoveryInterval()} it dials static peers that are not connected
 * (always), then bootnodes and learned peers while fewer than {@link P2pConfig#targetOutboundPeers()} outbound
 * sessions exist, each no sooner than its backoff allows ({@link AddressBook}). With peer exchange on, it asks every
 * new peer for its peers, and asks all peers again each {@link P2pConfig#peerExchangeInterval()} while below target.
 */
final class Discovery {
  private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);

  private final P2pNetwork network;
  private final P2pConfig config;
  private final AddressBook book;
  private final Set<NodeId> dialing = ConcurrentHashMap.newKeySet();
  private volatile long nextExchangeMillis;
  private volatile ScheduledFuture<?> ticker;
  private volatile boolean stopped;

  Discovery(final P2pNetwork network, final AddressBook book) {
    this.network = network;
    this.config = network.config();
    this.book = book;
    config.staticPeers().forEach(e -> book.addConfigured(e, AddressBook.Source.STATIC));
    config.bootnodes().forEach(e -> book.addConfigured(e, AddressBook.Source.BOOTNODE));
  }

  void start(final EventLoop loop) {
    final long interval = config.discoveryInterval().toMillis();
    ticker = loop.scheduleWithFixedDelay(this::tick, 0, interval, TimeUnit.MILLISECONDS);
  }

  void stop() {
    stopped = true;
    final ScheduledFuture<?> t = ticker;
    if (t != null) {
      t.cancel(false);
    }
  }

  AddressBook book() {
    return book;
  }

  private void tick() {
    try {
      final long now = network.clock().millis();
      final NodeId self = network.nodeId();
      long outbound = network.registry().count(Peer.Direction.OUTBOUND) + dialing.size();
      for (final AddressBook.Candidate candidate : book.due(now)) {
        final NodeId id = candidate.enode().nodeId();
        if (id.equals(self) || dialing.contains(id) || network.registry().contains(id) || network.isBanned(id)) {
          continue;
        }
        if (candidate.source() != AddressBook.Source.STATIC && outbound >= config.targetOutboundPeers()) {
          continue;
        }
        dial(candidate);
        outbound++;
      }
      if (config.peerExchange() && network.registry().count(Peer.Direction.OUTBOUND) < config.targetOutboundPeers()
          && now >= nextExchangeMillis) {
        nextExchangeMillis = now + config.peerExchangeInterval().toMillis();
        network.registry().connected().forEach(PeerSession::askForPeers);
      }
    } catch (RuntimeException e) {
      LOG.warn("p2p discovery round failed", e);
    }
  }

  private void dial(final AddressBook.Candidate candidate) {
    final EnodeUrl enode = candidate.enode();
    final NodeId id = enode.nodeId();
    dialing.add(id);
    LOG.debug("dialing {} {} (failures so far {})", candidate.source(), enode, candidate.failures());
    network.connect(enode).whenComplete((peer, error) -> {
      dialing.remove(id);
      if (error == null || stopped) {
        return;
      }
      final Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
          : error;
      final long now = network.clock().millis();
      if (cause instanceof PeerDisconnectedException refused
          && refused.reason() == DisconnectReason.ALREADY_CONNECTED) {
        book.disconnected(id, now); // we have a session, or a simultaneous dial resolved the other way
      } else {
        book.dialFailed(id, now);
        LOG.debug("dial of {} failed: {}", enode, cause.toString());
      }
    });
  }

  void established(final PeerSession session) {
    book.connected(session.nodeId(), session.enode());
    if (config.peerExchange()) {
      session.askForPeers();
    }
  }

  void ended(final Disconnection disconnection) {
    if (disconnection.wasConnected() && disconnection.nodeId().isPresent()) {
      book.disconnected(disconnection.nodeId().get(), network.clock().millis());
    }
  }

  void learn(final PeerSession from, final List<EnodeUrl> enodes) {
    int added = 0;
    for (final EnodeUrl enode : enodes) {
      if (!enode.nodeId().equals(network.nodeId()) && book.learn(enode)) {
        added++;
      }
    }
    if (added > 0) {
      LOG.debug("learned {} new peers from {}", added, from.nodeId());
    }
  }
}
