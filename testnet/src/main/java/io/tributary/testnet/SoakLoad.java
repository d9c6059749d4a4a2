package io.tributary.testnet;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import io.tributary.node.cli.load.BatchRpcClient;
import io.tributary.node.cli.load.LatencyStats;
import io.tributary.node.cli.load.LoadGenerator;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.tuweni.bytes.Bytes;

/**
 * The soak's transfers, sent as a careful wallet sends them, with every transaction accounted for at the end.
 *
 * <p>What "accepted" means, and what is promised for it. A transaction is <em>accepted</em> when a node's
 * {@code eth_sendRawTransaction} answers its hash. The node then holds it in its pool, in memory only, and announces it
 * once to its peers: a validator killed (or frozen, or cut off) right after answering may lose it before anyone else
 * has it. So, as Ethereum clients are told, an accepted transaction is not yet a promise; a transaction <em>in a final
 * block</em> (its receipt returned) is, on every node, forever. A wallet bridges the gap by keeping each signed
 * transaction until it sees it in a block and sending the same signed bytes again to another node when its node stops
 * answering or the transaction is not in a block within {@code resendAfter}. This load does exactly that, and the soak
 * requires, at the end:
 *
 * <ul>
 *   <li>no accepted transaction is lost: each is in a final block, on every node;
 *   <li>no transaction is in the chain twice (a re-sent transaction is the same signed bytes, and its nonce makes a
 *       second inclusion invalid: checked by hash and by sender and nonce);
 *   <li>no transaction seen in a final block is missing from any node.
 * </ul>
 *
 * <p>Each account has one endpoint; its transactions go there in nonce order, so a node never sees a gap it could not
 * fill. A transport failure (killed, paused) moves the account to the next endpoint and re-sends its whole unconfirmed
 * queue there, in order. Latency is from the first send of a transaction to the moment a watcher polling blocks sees it
 * in one: re-sends and the time a node was out count in it.
 */
final class SoakLoad implements AutoCloseable {
  private static final BigInteger ONE_GWEI = BigInteger.valueOf(1_000_000_000L);
  private static final int MAX_PENDING_PER_ACCOUNT = 32;
  private static final long TICK_MILLIS = 100;
  private static final long POLL_MILLIS = 100;
  private static final long BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final long STALE_HEAD_NANOS = TimeUnit.SECONDS.toNanos(3);
  private static final int MAX_ERROR_KINDS = 20;

  /**
   * What to send.
   *
   * @param endpoints the nodes' JSON-RPC URLs
   * @param keys funded accounts, each sending its share of the rate
   * @param tps transactions per second over all accounts
   * @param resendAfter re-send an unconfirmed transaction to another node after this long
   * @param rpcTimeout longest wait for one HTTP request
   */
  record Config(List<URI> endpoints, List<KeyPair> keys, int tps, Duration resendAfter, Duration rpcTimeout) {}

  /**
   * What became of the transactions.
   *
   * @param sent signed and sent at least once
   * @param accepted a node answered the hash
   * @param included in a final block on every node at the end, once
   * @param lost accepted or seen in a final block, but missing from at least one node at the end (must be 0)
   * @param doubleIncluded in the chain more than once, by hash or by sender and nonce (must be 0)
   * @param neverAccepted sent, never answered with its hash and not included (the client knows it failed)
   * @param includedUnanswered included although no node answered the hash (a node took it and went down)
   * @param resent sent to more than one node
   * @param resentIncluded of those, included
   * @param deferred sends skipped because the account already had the most transactions waiting
   * @param latencyMs first send to seen in a final block
   * @param errors the distinct send errors and how often each came
   */
  record Figures(long sent, long accepted, long included, long lost, long doubleIncluded, long neverAccepted,
      long includedUnanswered, long resent, long resentIncluded, long deferred, LatencyStats.Summary latencyMs,
      Map<String, Long> errors) {}

  private static final class Tx {
    final String hash;
    final String raw;
    final Account account;
    final long nonce;
    final long firstSent;
    long lastSent;
    int endpointsTried;
    boolean accepted;
    boolean nonceUsed;
    long block = -1;

    Tx(final String hash, final String raw, final Account account, final long nonce, final long now) {
      this.hash = hash;
      this.raw = raw;
      this.account = account;
      this.nonce = nonce;
      this.firstSent = now;
      this.lastSent = now;
    }
  }

  private static final class Account {
    final KeyPair key;
    final String address;
    long nonce;
    int endpoint;
    Address recipient;
    boolean move;
    final ArrayDeque<Tx> pending = new ArrayDeque<>();

    Account(final KeyPair key) {
      this.key = key;
      this.address = key.address().toHexString().toLowerCase(Locale.ROOT);
    }
  }

  private final Config config;
  private final FaultReport report;
  private final List<BatchRpcClient> senders = new ArrayList<>();
  private final List<BatchRpcClient> watchers = new ArrayList<>();
  private final long[] backoffUntil;
  private final List<Account> accounts = new ArrayList<>();
  private final Map<String, Tx> byHash = new LinkedHashMap<>();
  private final LatencyStats latencies = new LatencyStats();
  private final Map<String, Long> errors = new TreeMap<>();
  private final ExecutorService pool;
  private final Object lock = new Object();
  private Thread sender;
  private Thread watcher;
  private volatile boolean sending = true;
  private volatile boolean stopped;
  /** The highest block the watcher has read transactions from; the audit must reach at least this far. */
  private volatile long highestRead;
  private long chainId;
  private BigInteger tip = ONE_GWEI;
  private BigInteger maxFee;
  private long startHead;
  private long startNanos;
  private long scheduled;
  private long deferred;
  private int cursor;

  SoakLoad(final Config config, final FaultReport report) {
    this.config = config;
    this.report = report;
    for (final URI endpoint : config.endpoints()) {
      senders.add(new BatchRpcClient(endpoint, config.rpcTimeout()));
      watchers.add(new BatchRpcClient(endpoint, Duration.ofSeconds(2)));
    }
    backoffUntil = new long[config.endpoints().size()];
    pool = Executors.newFixedThreadPool(config.endpoints().size(), r -> {
      final Thread t = new Thread(r, "soak-send");
      t.setDaemon(true);
      return t;
    });
  }

  /** Reads the chain id, fees and nonces from the first node that answers, then starts sending and watching. */
  void start() {
    final BatchRpcClient setup = firstReachable();
    chainId = JsonRpcClient.quantity(setup.call("eth_chainId")).longValueExact();
    startHead = JsonRpcClient.quantity(setup.call("eth_blockNumber")).longValueExact();
    try {
      tip = JsonRpcClient.quantity(setup.call("eth_maxPriorityFeePerGas")).max(ONE_GWEI);
    } catch (final RpcException e) {
      // 1 gwei
    }
    final JsonNode latest = setup.call("eth_getBlockByNumber", "latest", false);
    final BigInteger base = latest.hasNonNull("baseFeePerGas") ? JsonRpcClient.quantity(latest.get("baseFeePerGas"))
        : ONE_GWEI;
    // A fixed cap far above the base fee: blocks stay well under their gas target at a soak's rate, so the base fee
    // only falls, and a re-sent transaction must still be valid minutes later.
    maxFee = base.multiply(BigInteger.TEN).add(tip).max(ONE_GWEI.multiply(BigInteger.valueOf(100)));
    for (final KeyPair key : config.keys()) {
      final Account account = new Account(key);
      account.nonce = JsonRpcClient.quantity(setup.call("eth_getTransactionCount", account.address, "pending"))
          .longValueExact();
      account.endpoint = accounts.size() % senders.size();
      accounts.add(account);
    }
    for (int i = 0; i < accounts.size(); i++) {
      accounts.get(i).recipient = accounts.get((i + 1) % accounts.size()).key.address();
    }
    startNanos = System.nanoTime();
    sender = new Thread(this::sendLoop, "soak-load");
    watcher = new Thread(this::watchLoop, "soak-watch");
    sender.setDaemon(true);
    watcher.setDaemon(true);
    sender.start();
    watcher.start();
  }

  /** The head when the load started: none of its transactions is at or below it. */
  long startHead() {
    return startHead;
  }

  /**
   * Stops sending new transactions, waits up to {@code drain} for the outstanding ones (still re-sending them), then
   * stops the sender (after its current round of sends) and the block watcher and waits for both: what the audit
   * reads no longer moves, and no block beyond {@link #highestRead()} is read after the end head is chosen (a
   * transaction first seen in a later block would be counted lost by an audit that stops short).
   */
  void drain(final Duration drain) throws InterruptedException {
    sending = false;
    final long deadline = System.nanoTime() + drain.toNanos();
    while (System.nanoTime() < deadline && outstanding() > 0) {
      TimeUnit.MILLISECONDS.sleep(200);
    }
    report.event("load: sending stopped; " + outstanding() + " transactions not yet in a block after the drain");
    stopped = true;
    if (sender != null) {
      sender.join(30_000);
    }
    if (watcher != null) {
      watcher.interrupt();
      watcher.join(10_000);
    }
  }

  /** The highest block whose transactions the watcher has read (the start head before any). */
  long highestRead() {
    return Math.max(startHead, highestRead);
  }

  /** Transactions sent and not yet seen in a block. */
  long outstanding() {
    synchronized (lock) {
      return accounts.stream().mapToLong(a -> a.pending.size()).sum();
    }
  }

  /** A progress line. */
  String progress() {
    synchronized (lock) {
      final long accepted = byHash.values().stream().filter(t -> t.accepted).count();
      final long confirmed = byHash.values().stream().filter(t -> t.block >= 0).count();
      return String.format("load: sent %,d accepted %,d in blocks %,d waiting %,d re-sent %,d p50 %d ms",
          byHash.size(), accepted, confirmed, outstanding(),
          byHash.values().stream().filter(t -> t.endpointsTried > 1).count(), latencies.summary().p50());
    }
  }

  @Override
  public void close() {
    stopped = true;
    for (final Thread thread : new Thread[] {sender, watcher}) {
      if (thread != null) {
        thread.interrupt();
        try {
          thread.join(10_000);
        } catch (final InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    pool.shutdownNow();
  }

  private BatchRpcClient firstReachable() {
    RpcException last = null;
    for (final BatchRpcClient client : senders) {
      try {
        client.call("eth_chainId");
        return client;
      } catch (final RpcException e) {
        last = e;
      }
    }
    throw new IllegalStateException("no node answers: " + (last == null ? "" : last.getMessage()));
  }

  private void sendLoop() {
    while (!stopped) {
      try {
        tick();
      } catch (final RuntimeException e) {
        report.event("load: " + e);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
    }
  }

  /** Signs what is due, re-sends what waited too long or lost its node, and sends it all, one batch per node. */
  private void tick() {
    final long now = System.nanoTime();
    final Map<Integer, List<Tx>> batches = new TreeMap<>();
    synchronized (lock) {
      final long resendNanos = config.resendAfter().toNanos();
      for (final Account account : accounts) {
        if (account.pending.isEmpty()) {
          account.move = false;
          continue;
        }
        final boolean stale = account.pending.stream().anyMatch(t -> !t.nonceUsed && now - t.lastSent > resendNanos);
        if (account.move || stale) {
          account.move = false;
          account.endpoint = nextEndpoint(account.endpoint, now);
          for (final Tx tx : account.pending) {
            if (!tx.nonceUsed) {
              tx.endpointsTried++;
              batches.computeIfAbsent(account.endpoint, e -> new ArrayList<>()).add(tx);
            }
          }
        }
      }
      if (sending) {
        final long due = (long) Math.floor(config.tps() * ((now - startNanos) / 1e9)) - scheduled;
        for (long i = 0; i < due; i++) {
          scheduled++;
          final Account account = nextAccount();
          if (account == null) {
            deferred++;
            continue;
          }
          final Tx tx = sign(account, now);
          tx.endpointsTried = 1;
          account.pending.add(tx);
          byHash.put(tx.hash, tx);
          batches.computeIfAbsent(account.endpoint, e -> new ArrayList<>()).add(tx);
        }
      }
    }
    final List<Future<?>> sends = new ArrayList<>();
    batches.forEach((endpoint, txs) -> sends.add(pool.submit(() -> send(endpoint, txs))));
    for (final Future<?> send : sends) {
      try {
        send.get();
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (final java.util.concurrent.ExecutionException e) {
        report.event("load: a send failed: " + e.getCause());
      }
    }
  }

  private Account nextAccount() {
    for (int i = 0; i < accounts.size(); i++) {
      final Account account = accounts.get(cursor++ % accounts.size());
      if (account.pending.size() < MAX_PENDING_PER_ACCOUNT) {
        return account;
      }
    }
    return null;
  }

  private int nextEndpoint(final int from, final long now) {
    final int n = senders.size();
    for (int step = 1; step <= n; step++) {
      final int candidate = (from + step) % n;
      if (backoffUntil[candidate] <= now) {
        return candidate;
      }
    }
    return (from + 1) % n;
  }

  private Tx sign(final Account account, final long now) {
    final Bytes stamp = Bytes.wrap(ByteBuffer.allocate(8).putLong(System.currentTimeMillis()).array());
    final long nonce = account.nonce++;
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(chainId).nonce(nonce).maxPriorityFeePerGas(Wei.of(tip)).maxFeePerGas(Wei.of(maxFee))
        .gasLimit(LoadGenerator.intrinsicGas(stamp)).to(account.recipient).value(Wei.of(1)).data(stamp), account.key);
    return new Tx(tx.hash().toHexString().toLowerCase(Locale.ROOT), tx.encoded().toHexString(), account, nonce, now);
  }

  private void send(final int endpoint, final List<Tx> txs) {
    final List<BatchRpcClient.Call> calls = new ArrayList<>(txs.size());
    for (final Tx tx : txs) {
      calls.add(BatchRpcClient.Call.of("eth_sendRawTransaction", tx.raw));
    }
    final long sendNanos = System.nanoTime();
    final List<BatchRpcClient.Answer> answers = senders.get(endpoint).batch(calls);
    synchronized (lock) {
      for (int i = 0; i < txs.size(); i++) {
        final Tx tx = txs.get(i);
        final BatchRpcClient.Answer answer = answers.get(i);
        tx.lastSent = sendNanos;
        if (answer.ok()) {
          tx.accepted = true;
          continue;
        }
        final String message = answer.error().getMessage();
        if (answer.error().code() == JsonRpcClient.TRANSPORT_ERROR) {
          backoffUntil[endpoint] = System.nanoTime() + BACKOFF_NANOS;
          tx.account.move = true;
          recordError("node " + endpoint + " unreachable");
        } else if (message != null && message.startsWith("already known")) {
          tx.accepted = true; // the node has it already (gossiped, or this is a re-send)
        } else if (message != null && message.startsWith("nonce too low")) {
          tx.nonceUsed = true; // this very transaction is in a block: it alone was signed with that nonce
        } else {
          recordError(message);
        }
      }
    }
  }

  private void recordError(final String message) {
    String key = message == null ? "unknown error" : message.replaceAll("0x[0-9a-fA-F]+", "0x..")
        .replaceAll("\\d+", "N");
    if (!errors.containsKey(key) && errors.size() >= MAX_ERROR_KINDS) {
      key = "other errors";
    }
    errors.merge(key, 1L, Long::sum);
  }

  /** Polls new blocks on one node, moving to the next when it stops answering or its head stops moving. */
  private void watchLoop() {
    long next = startHead + 1;
    int index = 0;
    long lastHead = -1;
    long lastMove = System.nanoTime();
    while (!stopped) {
      final BatchRpcClient client = watchers.get(index);
      try {
        final long latest = JsonRpcClient.quantity(client.call("eth_blockNumber")).longValueExact();
        if (latest != lastHead) {
          lastHead = latest;
          lastMove = System.nanoTime();
        } else if (System.nanoTime() - lastMove > STALE_HEAD_NANOS) {
          throw new RpcException(JsonRpcClient.TRANSPORT_ERROR, "head not moving", java.util.Optional.empty());
        }
        if (latest >= next) {
          final List<BatchRpcClient.Call> calls = new ArrayList<>();
          for (long n = next; n <= Math.min(latest, next + 31); n++) {
            calls.add(BatchRpcClient.Call.of("eth_getBlockByNumber", JsonRpcClient.quantity(n), false));
          }
          final List<BatchRpcClient.Answer> answers = client.batch(calls);
          final long seen = System.nanoTime();
          for (final BatchRpcClient.Answer answer : answers) {
            if (!answer.ok() || answer.result() == null || answer.result().isNull()) {
              break;
            }
            confirm(answer.result(), next, seen);
            highestRead = next;
            next++;
          }
          if (next <= latest) {
            continue;
          }
        }
      } catch (final RpcException e) {
        index = (index + 1) % watchers.size();
        lastHead = -1;
        lastMove = System.nanoTime();
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
  }

  private void confirm(final JsonNode block, final long number, final long seen) {
    synchronized (lock) {
      for (final JsonNode item : block.path("transactions")) {
        final String hash = (item.isObject() ? item.path("hash").asText() : item.asText()).toLowerCase(Locale.ROOT);
        final Tx tx = byHash.get(hash);
        if (tx != null && tx.block < 0) {
          tx.block = number;
          tx.account.pending.remove(tx);
          latencies.add(TimeUnit.NANOSECONDS.toMillis(seen - tx.firstSent));
        }
      }
    }
  }

  /**
   * Reads blocks 1..{@code upTo} with their transactions from every node, hands each block's hash to {@code monitor}
   * (agreement) and accounts for every transaction sent; violations go to the report.
   */
  Figures audit(final List<Cluster.Member> nodes, final long upTo, final ChainMonitor monitor) {
    final Map<String, Account> bySender = new HashMap<>();
    for (final Account account : accounts) {
      bySender.put(account.address, account);
    }
    final Map<String, Integer> missingOn = new HashMap<>();
    long doubles = 0;
    for (final Cluster.Member node : nodes) {
      final BatchRpcClient client = new BatchRpcClient(URI.create(node.node.rpcUrl()), Duration.ofSeconds(60));
      final Map<String, Integer> byHashCount = new HashMap<>();
      final Map<String, Integer> bySenderNonce = new HashMap<>();
      for (long from = 1; from <= upTo; from += 50) {
        final List<BatchRpcClient.Call> calls = new ArrayList<>();
        for (long n = from; n <= Math.min(upTo, from + 49); n++) {
          calls.add(BatchRpcClient.Call.of("eth_getBlockByNumber", JsonRpcClient.quantity(n), true));
        }
        final List<BatchRpcClient.Answer> answers = client.batch(calls);
        for (int i = 0; i < answers.size(); i++) {
          final BatchRpcClient.Answer answer = answers.get(i);
          if (!answer.ok() || answer.result() == null || answer.result().isNull()) {
            report.violation(node.name() + " does not give block " + (from + i) + " (up to " + upTo + ")"
                + (answer.ok() ? "" : ": " + answer.error().getMessage()));
            continue;
          }
          monitor.agree(node.name(), from + i, answer.result().path("hash").asText());
          for (final JsonNode tx : answer.result().path("transactions")) {
            final String sender = tx.path("from").asText().toLowerCase(Locale.ROOT);
            if (bySender.containsKey(sender)) {
              byHashCount.merge(tx.path("hash").asText().toLowerCase(Locale.ROOT), 1, Integer::sum);
              bySenderNonce.merge(sender + "/" + JsonRpcClient.quantity(tx.path("nonce")), 1, Integer::sum);
            }
          }
        }
      }
      for (final Map.Entry<String, Integer> entry : byHashCount.entrySet()) {
        if (entry.getValue() > 1 || !byHash.containsKey(entry.getKey())) {
          doubles++;
          report.violation(node.name() + " has transaction " + entry.getKey() + " " + entry.getValue()
              + " times" + (byHash.containsKey(entry.getKey()) ? "" : ", and the soak never signed it"));
        }
      }
      for (final Map.Entry<String, Integer> entry : bySenderNonce.entrySet()) {
        if (entry.getValue() > 1) {
          doubles++;
          report.violation(node.name() + " has " + entry.getValue() + " transactions of sender/nonce "
              + entry.getKey());
        }
      }
      synchronized (lock) {
        for (final Tx tx : byHash.values()) {
          if (!byHashCount.containsKey(tx.hash)) {
            missingOn.merge(tx.hash, 1, Integer::sum);
            if (tx.accepted || tx.block >= 0) {
              report.violation("transaction lost: " + tx.hash + " (" + tx.account.address + " nonce " + tx.nonce
                  + (tx.accepted ? ", accepted" : "") + (tx.block >= 0 ? ", seen in block " + tx.block : "")
                  + ") is not in the chain of " + node.name() + " up to block " + upTo);
            }
          }
        }
      }
    }
    synchronized (lock) {
      long included = 0;
      long lost = 0;
      long neverAccepted = 0;
      long unanswered = 0;
      long resent = 0;
      long resentIncluded = 0;
      for (final Tx tx : byHash.values()) {
        final boolean everywhere = !missingOn.containsKey(tx.hash);
        final boolean nowhere = missingOn.getOrDefault(tx.hash, 0) == nodes.size();
        if (everywhere) {
          included++;
        } else if (tx.accepted || tx.block >= 0 || !nowhere) {
          lost++;
        } else {
          neverAccepted++;
        }
        if (everywhere && !tx.accepted) {
          unanswered++;
        }
        if (tx.endpointsTried > 1) {
          resent++;
          if (everywhere) {
            resentIncluded++;
          }
        }
      }
      final Map<String, Long> errorCounts = new TreeMap<>(errors);
      return new Figures(byHash.size(), byHash.values().stream().filter(t -> t.accepted).count(), included, lost,
          doubles, neverAccepted, unanswered, resent, resentIncluded, deferred, latencies.summary(), errorCounts);
    }
  }
}
