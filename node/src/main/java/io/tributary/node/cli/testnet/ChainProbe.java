package io.tributary.node.cli.testnet;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import io.tributary.node.cli.load.BatchRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What nodes say about their chain over JSON-RPC, and waiting until several nodes agree on final blocks. */
public final class ChainProbe {
  /** A block: its number and hash. */
  public record Head(long number, String hash) {}

  private ChainProbe() {}

  public static BatchRpcClient client(final String url, final Duration timeout) {
    return new BatchRpcClient(URI.create(url), timeout);
  }

  /** The node's latest block, or empty when it does not answer. */
  public static Optional<Head> head(final BatchRpcClient client) {
    return block(client, "latest");
  }

  /** The hash of block {@code number} on this node, or empty when it does not have it or does not answer. */
  public static Optional<String> hashAt(final BatchRpcClient client, final long number) {
    return block(client, JsonRpcClient.quantity(number)).map(Head::hash);
  }

  private static Optional<Head> block(final BatchRpcClient client, final String tag) {
    try {
      final JsonNode block = client.call("eth_getBlockByNumber", tag, false);
      if (block == null || block.isNull()) {
        return Optional.empty();
      }
      return Optional.of(new Head(JsonRpcClient.quantity(block.get("number")).longValueExact(),
          block.get("hash").asText()));
    } catch (final RpcException e) {
      return Optional.empty();
    }
  }

  /** Peers a node reports ({@code net_peerCount}), or empty. */
  public static Optional<Long> peerCount(final BatchRpcClient client) {
    try {
      return Optional.of(JsonRpcClient.quantity(client.call("net_peerCount")).longValueExact());
    } catch (final RpcException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Called between polls; throws to give up (a node process exited). */
  public interface Check {
    void run() throws Exception;
  }

  /**
   * Waits until every node answers, each node's head has grown by at least {@code advance} blocks since it first
   * answered, and all nodes give the same hash at the lowest of their heads: blocks are being made and are final on
   * every node. Returns that common block.
   */
  public static Head awaitFinality(final List<BatchRpcClient> nodes, final int advance, final Duration timeout,
      final Check check) throws Exception {
    final long deadline = System.nanoTime() + timeout.toNanos();
    final Map<Integer, Long> first = new HashMap<>();
    String last = "no node answered yet";
    while (true) {
      check.run();
      final List<Head> heads = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        final Optional<Head> head = head(nodes.get(i));
        if (head.isEmpty()) {
          last = nodes.get(i).endpoint() + " does not answer yet";
          break;
        }
        first.putIfAbsent(i, head.get().number());
        heads.add(head.get());
      }
      if (heads.size() == nodes.size()) {
        final Optional<Head> agreed = agreement(nodes, heads, first, advance);
        if (agreed.isPresent()) {
          return agreed.get();
        }
        last = "heads " + heads.stream().map(h -> Long.toString(h.number())).toList();
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("blocks were not final on all " + nodes.size() + " nodes within " + timeout
            + " (" + last + ")");
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  private static Optional<Head> agreement(final List<BatchRpcClient> nodes, final List<Head> heads,
      final Map<Integer, Long> first, final int advance) {
    long common = Long.MAX_VALUE;
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i).number() < first.get(i) + advance || heads.get(i).number() < 1) {
        return Optional.empty();
      }
      common = Math.min(common, heads.get(i).number());
    }
    String hash = null;
    BatchRpcClient holder = null;
    for (final BatchRpcClient node : nodes) {
      final Optional<String> h = hashAt(node, common);
      if (h.isEmpty()) {
        return Optional.empty();
      }
      if (hash != null && !hash.equals(h.get())) {
        throw new IllegalStateException("nodes disagree on final block " + common + ": " + holder.endpoint()
            + " has " + hash + ", " + node.endpoint() + " has " + h.get());
      }
      hash = h.get();
      holder = node;
    }
    return Optional.of(new Head(common, hash));
  }
}
