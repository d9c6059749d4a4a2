package io.tributary.node.cli.testnet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code testnet.json}: what {@code tributary testnet init} generated and {@code testnet start/stop/status}, the load
 * tool and the fault runner read. Paths are relative to the manifest's folder, so a testnet folder can be moved.
 *
 * @param chainId the genesis chain id
 * @param genesis the genesis file
 * @param blockTime the nodes' {@code --block-time}, e.g. "1s"
 * @param accounts load accounts funded in the genesis: m/44'/60'/0'/0/0 .. accounts-1 of {@link #accountsMnemonic}
 * @param accountsMnemonic the mnemonic the load accounts derive from (the public dev mnemonic)
 * @param nodes validators first, then full nodes
 */
public record TestnetManifest(long chainId, String genesis, String blockTime, int accounts, String accountsMnemonic,
    List<Node> nodes) {
  public static final String FILE_NAME = "testnet.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * One node.
   *
   * @param name node0, node1, ...
   * @param validator whether the genesis lists its key as a validator
   * @param address the account of its key
   * @param dir its folder (log, pid file) and {@code dir/data} its datadir
   * @param keyFile its secp256k1 private key, hex, mode 0600; also its p2p identity
   * @param rpcPort JSON-RPC port (HTTP and WebSocket) on 127.0.0.1
   * @param p2pPort p2p TCP port on {@code p2pHost}
   * @param enode {@code enode://<128 hex of the public key>@host:port}
   */
  public record Node(String name, boolean validator, String address, String dir, String keyFile, String rpcHost,
      int rpcPort, String p2pHost, int p2pPort, String enode) {
    @JsonIgnore
    public String rpcUrl() {
      return "http://" + rpcHost + ":" + rpcPort;
    }

    /** The datadir under {@code root}. */
    public Path dataDir(final Path root) {
      return root.resolve(dir).resolve("data");
    }

    public Path logFile(final Path root) {
      return root.resolve(dir).resolve("node.log");
    }

    public Path pidFile(final Path root) {
      return root.resolve(dir).resolve("node.pid");
    }

    public Path key(final Path root) {
      return root.resolve(keyFile);
    }

    /** The 128 hex digits of the node id. */
    @JsonIgnore
    public String nodeId() {
      return enode.substring("enode://".length(), enode.indexOf('@'));
    }

    /** This node's enode URL with another address, e.g. a proxy's. */
    public String enodeAt(final String host, final int port) {
      return "enode://" + nodeId() + "@" + host + ":" + port;
    }
  }

  public static Path file(final Path dir) {
    return dir.resolve(FILE_NAME);
  }

  /** The manifest in {@code dir}, or empty after printing why it cannot be read to {@code err} (the CLI's exit 2). */
  public static java.util.Optional<TestnetManifest> readOrReport(final Path dir, final java.io.PrintWriter err)
      throws IOException {
    try {
      return java.util.Optional.of(read(dir));
    } catch (final IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return java.util.Optional.empty();
    }
  }

  /** Reads {@code dir/testnet.json}; a missing one says how to create it. */
  public static TestnetManifest read(final Path dir) throws IOException {
    try {
      return JSON.readValue(Files.readString(file(dir)), TestnetManifest.class);
    } catch (final NoSuchFileException e) {
      throw new IllegalArgumentException("no testnet in " + dir + " (" + FILE_NAME
          + " is missing): run 'tributary testnet init --dir " + dir + "' first");
    }
  }

  public void write(final Path dir) throws IOException {
    Files.writeString(file(dir), JSON.writeValueAsString(this) + "\n");
  }

  public Path genesisFile(final Path root) {
    return root.resolve(genesis);
  }

  public List<Node> validators() {
    return nodes.stream().filter(Node::validator).toList();
  }

  public Optional<Node> node(final String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** The node called {@code name}, or an error listing the names there are. */
  public Node requireNode(final String name) {
    return node(name).orElseThrow(() -> new IllegalArgumentException("no node '" + name + "' in this testnet (nodes: "
        + String.join(", ", nodes.stream().map(Node::name).toList()) + ")"));
  }
}
