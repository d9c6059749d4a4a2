package io.tributary.testnet;

import io.tributary.node.cli.load.BatchRpcClient;
import io.tributary.node.cli.testnet.ChainProbe;
import io.tributary.node.cli.testnet.NodeProcesses;
import io.tributary.node.cli.testnet.TestnetGenerator;
import io.tributary.node.cli.testnet.TestnetManifest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The node processes of one fault scenario and the links between them. Every node's static peers are per-link
 * {@link LinkProxy proxies} (peer exchange off), so a partition cuts exactly the links between groups. The processes
 * are children of this JVM (not detached) and are stopped by {@link #close()}.
 */
final class Cluster implements AutoCloseable {
  /** Where a node's process stands. */
  enum State { NOT_STARTED, UP, KILLED, PAUSED }

  /** One node: its manifest entry, arguments, process and state. */
  static final class Member {
    final TestnetManifest.Node node;
    final List<String> command;
    final BatchRpcClient rpc;
    volatile Process process;
    volatile State state = State.NOT_STARTED;

    Member(final TestnetManifest.Node node, final List<String> command) {
      this.node = node;
      this.command = command;
      this.rpc = ChainProbe.client(node.rpcUrl(), Duration.ofSeconds(1));
    }

    String name() {
      return node.name();
    }

    boolean up() {
      return state == State.UP;
    }
  }

  private final Path dir;
  private final TestnetManifest manifest;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, LinkProxy> links = new LinkedHashMap<>();
  private volatile List<Set<String>> partition = List.of();

  Cluster(final Path dir, final FaultManifest scenario) throws IOException {
    this.dir = dir;
    final int nodes = scenario.validators() + scenario.fullNodes();
    final List<Integer> ports = freePorts(2 * nodes);
    manifest = TestnetGenerator.generate(dir, new TestnetGenerator.Spec(scenario.validators(), scenario.fullNodes(),
        "127.0.0.1", ports.subList(0, nodes), ports.subList(nodes, 2 * nodes),
        scenario.load() == null ? 1 : scenario.load().accountCount(), TestnetGenerator.DEFAULT_CHAIN_ID, 10_000,
        30_000_000L, scenario.blockTime()), false);
    for (final TestnetManifest.Node from : manifest.nodes()) {
      for (final TestnetManifest.Node to : manifest.nodes()) {
        if (from != to) {
          links.put(link(from.name(), to.name()), new LinkProxy(from.name() + "->" + to.name(),
              new InetSocketAddress("127.0.0.1", to.p2pPort())));
        }
      }
    }
    for (final TestnetManifest.Node node : manifest.nodes()) {
      final List<String> bootnodes = new ArrayList<>();
      for (final TestnetManifest.Node peer : manifest.nodes()) {
        if (peer != node) {
          bootnodes.add(peer.enodeAt("127.0.0.1", links.get(link(node.name(), peer.name())).port()));
        }
      }
      final List<String> command = new ArrayList<>(NodeProcesses.tributaryCommand());
      command.addAll(NodeProcesses.nodeArgs(dir, manifest, node, bootnodes, false));
      members.put(node.name(), new Member(node, command));
    }
  }

  TestnetManifest manifest() {
    return manifest;
  }

  Path dir() {
    return dir;
  }

  List<Member> members() {
    return List.copyOf(members.values());
  }

  Member member(final String name) {
    final Member member = members.get(name);
    if (member == null) {
      throw new IllegalArgumentException("no node " + name);
    }
    return member;
  }

  List<Set<String>> partition() {
    return partition;
  }

  void start(final String name) throws IOException {
    final Member member = member(name);
    if (member.state == State.UP || member.state == State.PAUSED) {
      throw new IllegalStateException(name + " is already running");
    }
    member.process = NodeProcesses.start(member.command, member.node.logFile(dir), false);
    member.state = State.UP;
  }

  /** kill -9. */
  void kill(final String name) throws InterruptedException {
    final Member member = member(name);
    if (member.process == null || !member.process.isAlive()) {
      throw new IllegalStateException(name + " is not running");
    }
    member.state = State.KILLED;
    member.process.destroyForcibly(); // SIGKILL
    if (!member.process.waitFor(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " is still alive 10 s after SIGKILL");
    }
  }

  /** SIGSTOP: the process stays, frozen; its sockets stay open and unanswered. */
  void pause(final String name) throws IOException, InterruptedException {
    final Member member = member(name);
    if (member.state != State.UP) {
      throw new IllegalStateException(name + " is not up");
    }
    member.state = State.PAUSED;
    signal(member.process, "STOP");
  }

  /** SIGCONT. */
  void resume(final String name) throws IOException, InterruptedException {
    final Member member = member(name);
    if (member.state != State.PAUSED) {
      throw new IllegalStateException(name + " is not paused");
    }
    signal(member.process, "CONT");
    member.state = State.UP;
  }

  /** Cuts every link between nodes of different groups; a node in no group is alone. */
  void partition(final List<List<String>> groups) {
    heal();
    final List<Set<String>> sets = new ArrayList<>();
    for (final List<String> group : groups) {
      sets.add(new HashSet<>(group));
    }
    for (final String name : members.keySet()) {
      if (sets.stream().noneMatch(s -> s.contains(name))) {
        sets.add(Set.of(name));
      }
    }
    for (final String a : members.keySet()) {
      for (final String b : members.keySet()) {
        if (!a.equals(b) && group(sets, a) != group(sets, b)) {
          links.get(link(a, b)).cut();
        }
      }
    }
    partition = List.copyOf(sets);
  }

  void heal() {
    links.values().forEach(LinkProxy::restore);
    partition = List.of();
  }

  /** Whether a and b can talk now. */
  boolean connected(final String a, final String b) {
    return partition.isEmpty() || group(partition, a) == group(partition, b);
  }

  private static Set<String> group(final List<Set<String>> sets, final String name) {
    return sets.stream().filter(s -> s.contains(name)).findFirst().orElseThrow();
  }

  private static String link(final String from, final String to) {
    return from + "->" + to;
  }

  private static void signal(final Process process, final String signal) throws IOException, InterruptedException {
    final Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IOException("kill -" + signal + " " + process.pid() + " failed");
    }
  }

  /**
   * Ports for the nodes' RPC and p2p listeners, below Linux's ephemeral range (32768 and up): the proxies, the
   * nodes' outgoing connections and the clients all take ephemeral ports, and one of them taking a port picked here
   * before its node bound it made that node fail to start ("Address already in use"). Each is checked free by
   * binding it; the start is random so that runs one after another do not wait for each other's sockets to close.
   */
  private static List<Integer> freePorts(final int count) throws IOException {
    final int low = 20_000;
    final int high = 32_000;
    final List<Integer> ports = new ArrayList<>();
    int port = low + java.util.concurrent.ThreadLocalRandom.current().nextInt(high - low);
    for (int tried = 0; ports.size() < count && tried < high - low; tried++, port = port + 1 >= high ? low : port + 1) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.setReuseAddress(false);
        probe.bind(new InetSocketAddress("127.0.0.1", port));
        ports.add(port);
      } catch (final IOException taken) {
        // in use: try the next one
      }
    }
    if (ports.size() < count) {
      throw new IOException("no " + count + " free ports between " + low + " and " + high);
    }
    return ports;
  }

  /** SIGCONT to paused nodes, then SIGTERM to all, SIGKILL after 10 s; closes the proxies. */
  @Override
  public void close() {
    for (final Member member : members.values()) {
      if (member.state == State.PAUSED) {
        try {
          signal(member.process, "CONT");
        } catch (final IOException | InterruptedException ignored) {
          // killed below anyway
        }
      }
    }
    for (final Member member : members.values()) {
      if (member.process != null && member.process.isAlive()) {
        member.process.destroy();
      }
    }
    for (final Member member : members.values()) {
      if (member.process != null) {
        try {
          NodeProcesses.stop(member.process.toHandle(), Duration.ofSeconds(10));
        } catch (final InterruptedException e) {
          member.process.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
      member.state = State.KILLED;
    }
    links.values().forEach(LinkProxy::close);
  }
}
