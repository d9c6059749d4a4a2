package io.tributary.node.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@code tributary dev} process started from the packaged CLI (the node jar plus {@code target/lib}, as
 * {@code bin/tributary} runs it), on its own port and data directory. Its output goes to a log file; the last
 * lines are kept for failure messages.
 */
final class DevnetProcess {

  static final String READY_LINE = "JSON-RPC listening on";
  /**
   * Funded dev accounts: the ethers suite spends from 0 to 7 (client-compat), 9 (solidity), 10 to 14 (ai) and 15 to
   * 16 (gov), web3j from 8, the explorer's browser test from 17; each file has its own because node --test runs them
   * side by side.
   */
  static final int DEV_ACCOUNTS = 18;
  private static final int TAIL_LINES = 80;

  private final Process process;
  private final int port;
  private final Path log;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final Deque<String> tail = new ArrayDeque<>();
  private volatile boolean stopping;

  private DevnetProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The java command that runs the packaged CLI with {@code args}, as bin/tributary does. */
  static List<String> cliCommand(String... args) {
    String jar = requiredProperty("tributary.node.jar");
    String lib = requiredProperty("tributary.node.lib");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("the node jar " + jar + " is missing: DevnetClientsIT runs after `package`");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(
        "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "-cp", jar + java.io.File.pathSeparator + lib + "/*",
        "io.tributary.node.Tributary"));
    command.addAll(List.of(args));
    return command;
  }

  /** Starts {@code tributary dev} on {@code port} with {@code datadir} and waits for its ready line. */
  static DevnetProcess start(int port, Path datadir, Path log, Duration timeout, String... extraArgs)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(
        "dev", "--rpc-port", Integer.toString(port), "--datadir", datadir.toString(), "--block-time", "500ms",
        "--accounts", Integer.toString(DEV_ACCOUNTS)));
    args.addAll(List.of(extraArgs));
    ProcessBuilder pb = new ProcessBuilder(cliCommand(args.toArray(String[]::new))).redirectErrorStream(true);
    DevnetProcess devnet = new DevnetProcess(pb.start(), port, log);
    Thread pump = devnet.pumpOutput();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!devnet.ready.await(200, TimeUnit.MILLISECONDS)) {
      boolean exited = !devnet.process.isAlive();
      if (exited || System.nanoTime() > deadline) {
        String why = exited ? "it exited with " + devnet.process.exitValue() : "no \"" + READY_LINE + "\" within " + timeout;
        devnet.stop();
        pump.join(2_000);
        throw new IllegalStateException("tributary dev did not start: " + why + "\n" + devnet.tail());
      }
    }
    return devnet;
  }

  private Thread pumpOutput() throws IOException {
    Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); out) {
        for (String line; (line = in.readLine()) != null; ) {
          out.write(line);
          out.write('\n');
          out.flush();
          synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) tail.removeFirst();
          }
          if (line.contains(READY_LINE)) ready.countDown();
        }
      } catch (IOException e) {
        if (!stopping) throw new UncheckedIOException(e);
        // stop() closes the stream
      }
    }, "devnet-output-" + port);
    pump.setDaemon(true);
    pump.start();
    return pump;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The last lines the process printed. */
  String tail() {
    synchronized (tail) {
      return "--- last lines of " + log + " ---\n" + String.join("\n", tail);
    }
  }

  /** Asks the process to stop (SIGTERM), as Ctrl-C would; kills it if it is still there after 30 s. */
  void stop() throws InterruptedException {
    if (!process.isAlive()) return;
    stopping = true;
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Exit status after {@link #stop()}; -1 while running. */
  int exitValue() {
    return process.isAlive() ? -1 : process.exitValue();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run DevnetClientsIT through failsafe");
    }
    return value;
  }
}
