package io.tributary.node.cli.run;

import io.tributary.node.runner.TributaryNode;
import java.util.concurrent.CountDownLatch;

/** Keeps the CLI in the foreground while a node runs, and stops it cleanly on Ctrl-C or SIGTERM. */
public final class RunningNode {
  private RunningNode() {}

  public static int runUntilStopped(final TributaryNode node) {
    return runUntilStopped(node, java.util.Optional.empty());
  }

  /** Runs until stopped, then closes {@code endpoint} (the metrics server) and the node. */
  public static int runUntilStopped(final TributaryNode node,
      final java.util.Optional<? extends AutoCloseable> endpoint) {
    final CountDownLatch stopped = new CountDownLatch(1);
    final Thread hook = new Thread(() -> {
      endpoint.ifPresent(RunningNode::closeQuietly);
      node.close();
      stopped.countDown();
    }, "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void closeQuietly(final AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (final Exception e) {
      // stopping anyway
    }
  }
}
