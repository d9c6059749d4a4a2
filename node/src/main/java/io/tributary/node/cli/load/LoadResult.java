package io.tributary.node.cli.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a load run did.
 *
 * @param endpoints the RPC endpoints it sent to
 * @param targetTps the rate asked for
 * @param durationSeconds how long it was asked to send
 * @param accounts how many accounts signed
 * @param sent transactions a node accepted (eth_sendRawTransaction answered a hash)
 * @param confirmed accepted transactions seen in a final block
 * @param errors sends a node refused or that did not reach a node
 * @param unconfirmed accepted transactions not seen in a block before the run gave up waiting
 * @param sendTps accepted transactions per second of sending
 * @param confirmedTps confirmed transactions per second, from the first send to the last confirmation
 * @param latencyMs confirmation latency (send to the block being seen), milliseconds
 * @param firstBlock the first block that held one of the run's transactions (0 if none)
 * @param lastBlock the last one
 * @param errorMessages the distinct error messages and how often each came
 */
public record LoadResult(List<String> endpoints, int targetTps, double durationSeconds, int accounts, long sent,
    long confirmed, long errors, long unconfirmed, double sendTps, double confirmedTps,
    LatencyStats.Summary latencyMs, long firstBlock, long lastBlock, Map<String, Long> errorMessages) {

  /** True when every send was accepted and confirmed. */
  public boolean clean() {
    return errors == 0 && unconfirmed == 0 && sent > 0;
  }

  /** The result as JSON-ready maps, field order fixed. */
  public Map<String, Object> toJson() {
    final Map<String, Object> json = new LinkedHashMap<>();
    json.put("endpoints", endpoints);
    json.put("targetTps", targetTps);
    json.put("durationSeconds", durationSeconds);
    json.put("accounts", accounts);
    json.put("sent", sent);
    json.put("confirmed", confirmed);
    json.put("errors", errors);
    json.put("unconfirmed", unconfirmed);
    json.put("sendTps", round(sendTps));
    json.put("confirmedTps", round(confirmedTps));
    final Map<String, Object> latency = new LinkedHashMap<>();
    latency.put("count", latencyMs.count());
    latency.put("min", latencyMs.min());
    latency.put("p50", latencyMs.p50());
    latency.put("p90", latencyMs.p90());
    latency.put("p99", latencyMs.p99());
    latency.put("max", latencyMs.max());
    latency.put("mean", latencyMs.mean());
    json.put("latencyMs", latency);
    json.put("firstBlock", firstBlock);
    json.put("lastBlock", lastBlock);
    json.put("errorMessages", errorMessages);
    return json;
  }

  /** The summary a person reads. */
  public String summary() {
    final StringBuilder text = new StringBuilder();
    text.append(String.format("sent %,d, confirmed %,d, errors %,d, unconfirmed %,d%n", sent, confirmed, errors,
        unconfirmed));
    text.append(String.format("send rate %.1f tx/s (target %d), sustained confirmed %.1f tx/s%n", sendTps, targetTps,
        confirmedTps));
    text.append(String.format("latency ms: p50 %d, p90 %d, p99 %d, max %d (%,d samples); blocks %d..%d%n",
        latencyMs.p50(), latencyMs.p90(), latencyMs.p99(), latencyMs.max(), latencyMs.count(), firstBlock, lastBlock));
    errorMessages.forEach((message, count) -> text.append(String.format("  %,d x %s%n", count, message)));
    return text.toString();
  }

  private static double round(final double value) {
    return Math.round(value * 10) / 10.0;
  }
}
