package io.tributary.node.cli.testnet;

import io.tributary.node.Tributary;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops a testnet's {@code tributary node} processes: the command line each node runs, detached processes
 * with a log file and a pid file, and SIGTERM-then-SIGKILL stops. The node runs on this JVM and class path unless
 * {@code TRIBUTARY_NODE_COMMAND} names another launcher (e.g. {@code bin/tributary}); {@code TRIBUTARY_NODE_JAVA_OPTS}
 * adds JVM options (default {@code -Xmx2g}).
 */
public final class NodeProcesses {
  public static final String NODE_COMMAND_ENV = "TRIBUTARY_NODE_COMMAND";
  public static final String NODE_JAVA_OPTS_ENV = "TRIBUTARY_NODE_JAVA_OPTS";
  /** A class path for the node processes other than this JVM's (tests set it to the packaged jars). */
  public static final String CLASSPATH_PROPERTY = "tributary.node.classpath";

  private NodeProcesses() {}

  /** The command that runs {@code tributary}: {@code TRIBUTARY_NODE_COMMAND}, else this JVM with its class path. */
  public static List<String> tributaryCommand() {
    final String override = System.getenv(NODE_COMMAND_ENV);
    if (override != null && !override.isBlank()) {
      return Arrays.asList(override.trim().split("\\s+"));
    }
    final List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    final String opts = System.getenv(NODE_JAVA_OPTS_ENV);
    command.addAll(Arrays.asList((opts == null ? "-Xmx2g" : opts).trim().split("\\s+")));
    command.removeIf(String::isEmpty);
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow"); // lmdbjava's jffi
    }
    command.addAll(List.of("--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens",
        "java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty(CLASSPATH_PROPERTY, System.getProperty("java.class.path")),
        Tributary.class.getName()));
    return command;
  }

  /**
   * The {@code tributary node} arguments of {@code node}, keeping {@code bootnodes} (enode URLs) connected as static
   * peers.
   */
  public static List<String> nodeArgs(final Path root, final TestnetManifest manifest, final TestnetManifest.Node node,
      final List<String> bootnodes, final boolean peerExchange) {
    final Path abs = root.toAbsolutePath().normalize();
    final List<String> args = new ArrayList<>(List.of("node",
        "--genesis", manifest.genesisFile(abs).toString(),
        "--datadir", node.dataDir(abs).toString(),
        "--validator-key", node.key(abs).toString(),
        "--rpc-host", node.rpcHost(),
        "--rpc-port", Integer.toString(node.rpcPort()),
        "--block-time", manifest.blockTime()));
    args.addAll(List.of("--p2p-host", node.p2pHost(), "--p2p-port", Integer.toString(node.p2pPort())));
    if (!bootnodes.isEmpty()) {
      // A testnet's peers are fixed: static peers are redialed whenever disconnected (after a partition heals).
      args.addAll(List.of("--static-peers", String.join(",", bootnodes)));
    }
    if (!peerExchange) {
      args.add("--no-peer-exchange");
    }
    return args;
  }

  /** Every other node's enode URL: a full mesh of static peers. */
  public static List<String> meshBootnodes(final TestnetManifest manifest, final TestnetManifest.Node node) {
    return manifest.nodes().stream().filter(n -> !n.name().equals(node.name())).map(TestnetManifest.Node::enode)
        .toList();
  }

  /**
   * Starts {@code command} with its output appended to {@code log}. A detached process gets its own session
   * ({@code setsid}), so it outlives this JVM and a Ctrl-C of the terminal that started it.
   */
  public static Process start(final List<String> command, final Path log, final boolean detach) throws IOException {
    final List<String> full = new ArrayList<>();
    if (detach && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      full.add("/usr/bin/setsid"); // not a group leader, so setsid execs in place: the pid stays the node's
    }
    full.addAll(command);
    Files.createDirectories(log.toAbsolutePath().getParent());
    return new ProcessBuilder(full).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
  }

  /** Starts a testnet node detached and writes its pid file. */
  public static Process startDetached(final Path root, final TestnetManifest manifest, final TestnetManifest.Node node)
      throws IOException {
    final List<String> command = new ArrayList<>(tributaryCommand());
    command.addAll(nodeArgs(root, manifest, node, meshBootnodes(manifest, node), true));
    final Process process = start(command, node.logFile(root), true);
    Files.writeString(node.pidFile(root), process.pid() + "\n", StandardCharsets.US_ASCII);
    return process;
  }

  /** The live process of {@code node}'s pid file, if it is still this node (its command line names its datadir). */
  public static Optional<ProcessHandle> runningPid(final Path root, final TestnetManifest.Node node) throws IOException {
    final Path pidFile = node.pidFile(root);
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    final long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
    } catch (final NumberFormatException e) {
      return Optional.empty();
    }
    final String dataDir = node.dataDir(root.toAbsolutePath().normalize()).toString();
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(h -> commandLine(h).map(c -> c.contains(dataDir)).orElse(true));
  }

  /**
   * The full command line of {@code process}, from {@code /proc/<pid>/cmdline} where there is one: the JDK's
   * {@code ProcessHandle.Info.commandLine()} stops at 4,096 characters, and a node's class path alone is longer, so
   * the data directory after it was never seen and {@code testnet stop} took running nodes for someone else's.
   */
  static Optional<String> commandLine(final ProcessHandle process) {
    final Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        final String args = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ').trim();
        if (!args.isEmpty()) {
          return Optional.of(args);
        }
      }
    } catch (final IOException e) {
      // the process ended meanwhile, or /proc hides it: fall back to what the JDK knows
    }
    return process.info().commandLine();
  }

  /**
   * The first of {@code node}'s ports (JSON-RPC, p2p) that something else already listens on, described for an
   * error message; empty when both are free. A node started on a taken port exits at once, while whatever holds the
   * port answers in its place.
   */
  public static Optional<String> portInUse(final TestnetManifest.Node node) {
    if (!canListen(node.rpcHost(), node.rpcPort())) {
      return Optional.of(node.name() + "'s JSON-RPC port " + node.rpcHost() + ":" + node.rpcPort() + " is in use");
    }
    if (!canListen(node.p2pHost(), node.p2pPort())) {
      return Optional.of(node.name() + "'s p2p port " + node.p2pHost() + ":" + node.p2pPort() + " is in use");
    }
    return Optional.empty();
  }

  /** Whether a listener could bind {@code host:port} now (as a node binds it: a socket in TIME_WAIT does not count). */
  private static boolean canListen(final String host, final int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (final IOException e) {
      return false;
    }
  }

  /** SIGTERM, then SIGKILL if it is still there after {@code grace}; true if it had to be killed. */
  public static boolean stop(final ProcessHandle process, final Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return false;
    }
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      return false;
    } catch (final java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
      try {
        process.onExit().get(10, TimeUnit.SECONDS);
      } catch (final java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ignored) {
        // reported by the caller's next status
      }
      return true;
    } catch (final java.util.concurrent.ExecutionException e) {
      return false;
    }
  }

  /** The last {@code lines} lines of a log file, for error messages. */
  public static String tail(final Path log, final int lines) {
    try {
      final List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (final IOException e) {
      return "(no log at " + log + ")";
    }
  }
}
