package io.tributary.node.cli.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.tuweni.bytes.Bytes;

/**
 * Sends EIP-1559 transfers at a steady rate and measures how long each takes to be final, as CometBFT's load tool
 * does: each transaction carries its send time (8 bytes of Unix milliseconds in its data field, so a block explorer
 * or another tool can read it back), the generator keeps the same moment on its monotonic clock, and a watcher polls
 * new blocks ({@code eth_getBlockByNumber} with transaction hashes) and stops the clock of each of its transactions
 * it finds there. Blocks are final when committed (BFT), so "seen in a block" is "confirmed".
 *
 * <p>Sending: {@code workers} threads, each owning a disjoint share of the accounts (so one sender's nonces reach a
 * node in order) and one endpoint (worker i sends to endpoint i mod E), each sending its share of the rate in JSON-RPC
 * batches of at most {@code batchSize}. Nonces are counted locally from the pending nonce at the start; an account
 * whose send fails asks the node for its pending nonce again before its next one.
 */
public final class LoadGenerator {
  private static final BigInteger ONE_GWEI = BigInteger.valueOf(1_000_000_000L);
  private static final long POLL_MILLIS = 50;
  private static final int MAX_ERROR_KINDS = 20;

  /**
   * What to run.
   *
   * @param endpoints JSON-RPC URLs; the first reachable one answers the setup questions
   * @param keys the signing accounts (funded)
   * @param tps transactions per second to send, over all workers
   * @param duration how long to send
   * @param batchSize most transactions in one JSON-RPC batch
   * @param workers sending threads (at most one per account)
   * @param drainTimeout how long to wait for the last transactions after sending stops
   * @param progressInterval how often to print a progress line (zero: never)
   * @param rpcTimeout longest wait for one HTTP request
   */
  public record Config(List<URI> endpoints, List<KeyPair> keys, int tps, Duration duration, int batchSize,
      int workers, Duration drainTimeout, Duration progressInterval, Duration rpcTimeout) {
    public Config {
      endpoints = List.copyOf(endpoints);
      keys = List.copyOf(keys);
      if (endpoints.isEmpty()) {
        throw new IllegalArgumentException("no RPC endpoint");
      }
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("no account to send from");
      }
      if (tps < 1) {
        throw new IllegalArgumentException("--tps must be at least 1, got " + tps);
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("--duration must be positive");
      }
      if (batchSize < 1 || workers < 1) {
        throw new IllegalArgumentException("--batch and --workers must be at least 1");
      }
    }
  }

  private final Config config;
  private final PrintWriter out;
  private final List<BatchRpcClient> clients = new ArrayList<>();
  private final ConcurrentHashMap<String, Long> inFlight = new ConcurrentHashMap<>();
  private final LatencyStats latencies = new LatencyStats();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong confirmed = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Map<String, AtomicLong> errorMessages = new ConcurrentHashMap<>();
  private volatile boolean stopSending;
  private volatile boolean stopWatching;
  private volatile BigInteger tip = ONE_GWEI;
  private volatile BigInteger maxFee = ONE_GWEI.multiply(BigInteger.valueOf(10));
  private volatile long head;
  private volatile long firstBlock;
  private volatile long lastBlock;
  private volatile long lastConfirmNanos;
  private long chainId;
  private long startNanos;

  public LoadGenerator(final Config config, final PrintWriter out) {
    this.config = config;
    this.out = out;
    for (final URI endpoint : config.endpoints()) {
      clients.add(new BatchRpcClient(endpoint, config.rpcTimeout()));
    }
  }

  /** Stops sending now; {@link #run()} then waits for what is in flight and returns its result. */
  public void stop() {
    stopSending = true;
  }

  /** Sends for the configured duration, waits for the last confirmations and returns what happened. */
  public LoadResult run() throws InterruptedException {
    final BatchRpcClient setup = firstReachable();
    chainId = JsonRpcClient.quantity(setup.call("eth_chainId")).longValueExact();
    head = JsonRpcClient.quantity(setup.call("eth_blockNumber")).longValueExact();
    try {
      tip = JsonRpcClient.quantity(setup.call("eth_maxPriorityFeePerGas")).max(ONE_GWEI);
    } catch (final RpcException e) {
      // a node without the method: 1 gwei
    }
    updateFees(setup.call("eth_getBlockByNumber", "latest", false));
    final List<Account> accounts = accounts(setup);

    final int workerCount = Math.min(config.workers(), accounts.size());
    final List<Thread> threads = new ArrayList<>();
    startNanos = System.nanoTime();
    final Thread watcher = new Thread(this::watch, "load-watcher");
    watcher.setDaemon(true);
    watcher.start();
    for (int w = 0; w < workerCount; w++) {
      final List<Account> share = new ArrayList<>();
      for (int i = w; i < accounts.size(); i += workerCount) {
        share.add(accounts.get(i));
      }
      final double rate = (double) config.tps() / workerCount;
      final Thread thread = new Thread(new Worker(share, clients.get(w % clients.size()), rate),
          "load-worker-" + w);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    final Progress progress = new Progress();
    for (final Thread thread : threads) {
      while (thread.isAlive()) {
        thread.join(100);
        progress.maybePrint();
      }
    }
    final long sendEnd = System.nanoTime();
    final long drainDeadline = sendEnd + config.drainTimeout().toNanos();
    while (!inFlight.isEmpty() && System.nanoTime() < drainDeadline) {
      Thread.sleep(POLL_MILLIS);
      progress.maybePrint();
    }
    stopWatching = true;
    watcher.join(config.rpcTimeout().toMillis() + 1_000);
    progress.print();
    return result(sendEnd);
  }

  private LoadResult result(final long sendEnd) {
    final double sendSeconds = Math.max(1e-3, (sendEnd - startNanos) / 1e9);
    final long lastConfirm = lastConfirmNanos;
    final double confirmSeconds = lastConfirm == 0 ? 0 : Math.max(1e-3, (lastConfirm - startNanos) / 1e9);
    final Map<String, Long> messages = new TreeMap<>();
    errorMessages.forEach((message, count) -> messages.put(message, count.get()));
    return new LoadResult(config.endpoints().stream().map(URI::toString).toList(), config.tps(),
        config.duration().toMillis() / 1000.0, config.keys().size(), sent.get(), confirmed.get(), errors.get(),
        inFlight.size(), sent.get() / sendSeconds, confirmSeconds == 0 ? 0 : confirmed.get() / confirmSeconds,
        latencies.summary(), firstBlock, lastBlock, messages);
  }

  private BatchRpcClient firstReachable() {
    RpcException last = null;
    for (final BatchRpcClient client : clients) {
      try {
        client.call("eth_chainId");
        return client;
      } catch (final RpcException e) {
        last = e;
      }
    }
    throw new RpcException(JsonRpcClient.TRANSPORT_ERROR, "no endpoint answers: " + last.getMessage(),
        java.util.Optional.empty());
  }

  private List<Account> accounts(final BatchRpcClient client) {
    final List<Account> accounts = new ArrayList<>();
    final List<KeyPair> keys = config.keys();
    for (int from = 0; from < keys.size(); from += 500) {
      final List<KeyPair> slice = keys.subList(from, Math.min(keys.size(), from + 500));
      final List<BatchRpcClient.Call> calls = new ArrayList<>();
      for (final KeyPair key : slice) {
        calls.add(BatchRpcClient.Call.of("eth_getTransactionCount", key.address().toHexString(), "pending"));
      }
      final List<BatchRpcClient.Answer> answers = client.batch(calls);
      for (int i = 0; i < slice.size(); i++) {
        if (!answers.get(i).ok()) {
          throw answers.get(i).error();
        }
        accounts.add(new Account(slice.get(i), JsonRpcClient.quantity(answers.get(i).result()).longValueExact()));
      }
    }
    for (int i = 0; i < accounts.size(); i++) {
      accounts.get(i).recipient = accounts.get((i + 1) % accounts.size()).key.address();
    }
    return accounts;
  }

  private void updateFees(final JsonNode block) {
    if (block != null && block.hasNonNull("baseFeePerGas")) {
      final BigInteger base = JsonRpcClient.quantity(block.get("baseFeePerGas"));
      // three times the base fee stays includable through nine full blocks of 12.5% rises
      maxFee = base.multiply(BigInteger.valueOf(3)).add(tip);
    }
  }

  private void recordError(final String message) {
    errors.incrementAndGet();
    String key = message == null ? "unknown error" : message;
    if (!errorMessages.containsKey(key) && errorMessages.size() >= MAX_ERROR_KINDS) {
      key = "other errors";
    }
    errorMessages.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  /** Polls new blocks and stops the clock of each transaction of this run it finds in one. */
  private void watch() {
    long next = head + 1;
    int index = 0;
    while (!stopWatching) {
      final BatchRpcClient client = clients.get(index);
      try {
        final long latest = JsonRpcClient.quantity(client.call("eth_blockNumber")).longValueExact();
        head = Math.max(head, latest);
        if (latest >= next) {
          final long to = Math.min(latest, next + 15);
          final List<BatchRpcClient.Call> calls = new ArrayList<>();
          for (long n = next; n <= to; n++) {
            calls.add(BatchRpcClient.Call.of("eth_getBlockByNumber", JsonRpcClient.quantity(n), false));
          }
          final List<BatchRpcClient.Answer> answers = client.batch(calls);
          final long now = System.nanoTime();
          for (final BatchRpcClient.Answer answer : answers) {
            if (!answer.ok() || answer.result() == null || answer.result().isNull()) {
              break;
            }
            confirm(answer.result(), next, now);
            next++;
          }
          if (next <= latest) {
            continue; // further blocks are there already
          }
        }
      } catch (final RpcException e) {
        index = (index + 1) % clients.size(); // this node is down or stopped: watch through the next one
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
  }

  private void confirm(final JsonNode block, final long number, final long seenNanos) {
    updateFees(block);
    for (final JsonNode tx : block.path("transactions")) {
      final String hash = (tx.isObject() ? tx.path("hash").asText() : tx.asText()).toLowerCase(Locale.ROOT);
      final Long sentAt = inFlight.remove(hash);
      if (sentAt != null) {
        latencies.add(TimeUnit.NANOSECONDS.toMillis(seenNanos - sentAt));
        confirmed.incrementAndGet();
        lastConfirmNanos = seenNanos;
        if (firstBlock == 0) {
          firstBlock = number;
        }
        lastBlock = number;
      }
    }
  }

  private static final class Account {
    final KeyPair key;
    long nonce;
    boolean resync;
    Address recipient;

    Account(final KeyPair key, final long nonce) {
      this.key = key;
      this.nonce = nonce;
    }
  }

  private final class Worker implements Runnable {
    private final List<Account> accounts;
    private final BatchRpcClient client;
    private final double rate;
    private long attempted;
    private int cursor;

    Worker(final List<Account> accounts, final BatchRpcClient client, final double rate) {
      this.accounts = accounts;
      this.client = client;
      this.rate = rate;
    }

    @Override
    public void run() {
      final long end = startNanos + config.duration().toNanos();
      while (!stopSending) {
        final long now = System.nanoTime();
        if (now >= end) {
          return;
        }
        final long due = (long) Math.floor(rate * (now - startNanos) / 1e9) - attempted;
        if (due <= 0) {
          final long nextAt = startNanos + (long) ((attempted + 1) / rate * 1e9);
          LockSupport.parkNanos(Math.max(100_000, Math.min(nextAt, end) - now));
          continue;
        }
        sendBatch((int) Math.min(due, config.batchSize()));
      }
    }

    private void sendBatch(final int count) {
      final List<BatchRpcClient.Call> calls = new ArrayList<>(count);
      final List<String> hashes = new ArrayList<>(count);
      final List<Account> owners = new ArrayList<>(count);
      final BigInteger cap = maxFee;
      final BigInteger priority = tip;
      for (int i = 0; i < count; i++) {
        final Account account = accounts.get(cursor++ % accounts.size());
        if (account.resync) {
          resync(account);
        }
        final Bytes stamp = Bytes.wrap(ByteBuffer.allocate(8).putLong(System.currentTimeMillis()).array());
        final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
            .chainId(chainId).nonce(account.nonce++).maxPriorityFeePerGas(Wei.of(priority))
            .maxFeePerGas(Wei.of(cap)).gasLimit(intrinsicGas(stamp)).to(account.recipient).value(Wei.of(1))
            .data(stamp), account.key);
        calls.add(BatchRpcClient.Call.of("eth_sendRawTransaction", tx.encoded().toHexString()));
        hashes.add(tx.hash().toHexString().toLowerCase(Locale.ROOT));
        owners.add(account);
      }
      final long sendNanos = System.nanoTime();
      for (final String hash : hashes) {
        inFlight.put(hash, sendNanos); // before sending: the block may be seen before the answer
      }
      attempted += count;
      final List<BatchRpcClient.Answer> answers = client.batch(calls);
      for (int i = 0; i < count; i++) {
        final BatchRpcClient.Answer answer = answers.get(i);
        if (answer.ok()) {
          sent.incrementAndGet();
        } else {
          inFlight.remove(hashes.get(i));
          owners.get(i).resync = true;
          recordError(answer.error().getMessage());
        }
      }
    }

    private void resync(final Account account) {
      try {
        account.nonce = JsonRpcClient.quantity(client.call("eth_getTransactionCount",
            account.key.address().toHexString(), "pending")).longValueExact();
        account.resync = false;
      } catch (final RpcException e) {
        // the node is unreachable: keep the local count, ask again after the next failure
      }
    }
  }

  /** 21,000 plus 16 gas per non-zero and 4 per zero data byte: a transfer to an account without code needs no more. */
  public static long intrinsicGas(final Bytes data) {
    long gas = 21_000;
    for (int i = 0; i < data.size(); i++) {
      gas += data.get(i) == 0 ? 4 : 16;
    }
    return gas;
  }

  private final class Progress {
    private long lastPrint = System.nanoTime();
    private long lastSent;
    private long lastConfirmed;

    void maybePrint() {
      if (out == null || config.progressInterval().isZero()) {
        return;
      }
      if (System.nanoTime() - lastPrint >= config.progressInterval().toNanos()) {
        print();
      }
    }

    void print() {
      if (out == null) {
        return;
      }
      final long now = System.nanoTime();
      final double seconds = Math.max(1e-3, (now - lastPrint) / 1e9);
      final long s = sent.get();
      final long c = confirmed.get();
      out.printf("[%4ds] sent %,d (%.0f/s) confirmed %,d (%.0f/s) errors %,d in flight %,d p50 %d ms head %d%n",
          TimeUnit.NANOSECONDS.toSeconds(now - startNanos), s, (s - lastSent) / seconds, c,
          (c - lastConfirmed) / seconds, errors.get(), inFlight.size(), latencies.summary().p50(), head);
      out.flush();
      lastPrint = now;
      lastSent = s;
      lastConfirmed = c;
    }
  }
}
