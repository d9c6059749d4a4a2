package io.tributary.node.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tributary.consensus.bft.ports.BftEventListener;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.types.Address;
import io.tributary.rpc.RpcCallObserver;
import io.tributary.state.ai.AttributionService;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The node's Prometheus metrics, all under {@code tributary_}: the chain head, peers, the pool, consensus heights and
 * rounds, the attribution engine's work, JSON-RPC latencies per method, and the JVM's. Gauges read the node when
 * scraped; consensus and RPC report as they go. Metrics are for operators only: nothing here feeds back into
 * consensus, so its floating-point seconds are harmless.
 */
public final class NodeMetrics {
  private static final double NANOS = 1e9;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter roundChanges = Counter.builder().name("tributary_consensus_round_changes")
      .help("Rounds started after round 0, by reason: timeout, catch-up (f+1 validators ahead), restart (WAL)")
      .labelNames("reason")
      .register(registry);
  private final Counter decided = Counter.builder().name("tributary_consensus_blocks_decided")
      .help("Blocks this node saw become final through consensus").register(registry);
  private final Gauge decidedRound = Gauge.builder().name("tributary_consensus_last_decided_round")
      .help("The round in which the last decided block was committed (0: no round change)").register(registry);
  private final Counter equivocations = Counter.builder().name("tributary_consensus_equivocations")
      .help("Validators seen signing two different messages for one step").register(registry);
  private final Histogram rpcLatency = Histogram.builder().name("tributary_rpc_request_duration_seconds")
      .help("Time to answer a JSON-RPC call, by method").labelNames("method", "outcome").classicOnly()
      .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
      .register(registry);

  public NodeMetrics() {
    JvmMetrics.builder().register(registry);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  /** Gauges of the head's number and timestamp, read when scraped. */
  public void chainHead(final Supplier<BlockHeader> head) {
    GaugeWithCallback.builder().name("tributary_chain_head_number").help("Number of the highest final block")
        .callback(cb -> cb.call(head.get().number())).register(registry);
    GaugeWithCallback.builder().name("tributary_chain_head_timestamp_seconds")
        .help("Timestamp of the highest final block").callback(cb -> cb.call(head.get().timestamp()))
        .register(registry);
  }

  /** A gauge of connected peers. */
  public void peers(final LongSupplier count) {
    GaugeWithCallback.builder().name("tributary_p2p_peers").help("Connected peers")
        .callback(cb -> cb.call(count.getAsLong())).register(registry);
  }

  /** A gauge of the transactions in the pool. */
  public void pool(final LongSupplier size) {
    GaugeWithCallback.builder().name("tributary_txpool_transactions").help("Transactions in the pool")
        .callback(cb -> cb.call(size.getAsLong())).register(registry);
  }

  /** Counters of the attribution engine's batches, inferences and time (rate(seconds)/rate(batches): per batch). */
  public void attribution(final AttributionService service) {
    CounterWithCallback.builder().name("tributary_poa_batches").help("Attribution batches verified (one per block"
        + " with claims, plus pool checks)").callback(cb -> cb.call(service.counters().batches())).register(registry);
    CounterWithCallback.builder().name("tributary_poa_inferences").help("Inferences whose claims were verified")
        .callback(cb -> cb.call(service.counters().inferences())).register(registry);
    CounterWithCallback.builder().name("tributary_poa_seconds").help("Time spent in the attribution engine")
        .callback(cb -> cb.call(service.counters().nanos() / NANOS)).register(registry);
  }

  /** What the BFT engine reports, counted. */
  public BftEventListener consensus() {
    return new BftEventListener() {
      @Override
      public void roundStarted(final long height, final int round, final Address proposer, final String reason) {
        if (round > 0) {
          roundChanges.labelValues(reason(reason)).inc();
        }
      }

      @Override
      public void decided(final long height, final int round, final Block block, final CommitCertificate certificate,
          final List<Address> committers) {
        decided.inc();
        decidedRound.set(round);
      }

      @Override
      public void equivocation(final Address author, final io.tributary.consensus.bft.message.BftMessage first,
          final io.tributary.consensus.bft.message.BftMessage second) {
        equivocations.inc();
      }
    };
  }

  /** The engine's reasons ("commit timeout of round 2", "3 validators are at round 4 ...") as a few label values. */
  static String reason(final String text) {
    if (text.contains("timeout")) {
      return "timeout";
    }
    if (text.contains("WAL")) {
      return "restart";
    }
    return "catch-up";
  }

  /** JSON-RPC latencies, by method and outcome (ok or error). */
  public RpcCallObserver rpc() {
    return (method, nanos, error) -> rpcLatency.labelValues(method, error ? "error" : "ok").observe(nanos / NANOS);
  }
}
