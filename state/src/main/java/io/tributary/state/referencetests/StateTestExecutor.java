package io.tributary.state.referencetests;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs state tests on a fixed pool of threads with deep stacks. Tests are
 * independent: each loads its own pre-state into its own storage.
 */
public final class StateTestExecutor implements AutoCloseable {
  /** Stack size of the worker threads: room to spare should execution recurse deeply. */
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  private final GeneralStateTestRunner runner;
  private final ExecutorService pool;

  public StateTestExecutor(final GeneralStateTestRunner runner, final int threads) {
    this.runner = runner;
    final AtomicInteger count = new AtomicInteger();
    final ThreadFactory factory = task -> {
      final Thread thread = new Thread(null, task, "statetest-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  /** The outcomes of every {@link GeneralStateTestRunner#FORK} entry of {@code test}, once run. */
  public CompletableFuture<List<StateTestOutcome>> submit(final GeneralStateTest test) {
    return CompletableFuture.supplyAsync(() -> runner.run(test), pool);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
