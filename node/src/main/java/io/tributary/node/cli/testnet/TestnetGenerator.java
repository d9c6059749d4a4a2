package io.tributary.node.cli.testnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.dev.DevAccounts;
import io.tributary.node.cli.load.LoadAccounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a testnet folder: {@code keys/nodeI.key} (fresh secp256k1 keys, mode 0600), {@code genesis.json} listing the
 * validators and funding the load accounts, {@code nodeI/} per node, and {@code testnet.json} describing it all.
 */
public final class TestnetGenerator {
  public static final long DEFAULT_CHAIN_ID = 7358;
  public static final int MAX_NODES = 100;

  /**
   * What to generate.
   *
   * @param validators validator nodes, 1..100
   * @param fullNodes non-validating nodes after them (late joiners, RPC nodes)
   * @param rpcPorts one JSON-RPC port per node
   * @param p2pPorts one p2p port per node
   * @param accounts load accounts to fund (dev mnemonic, m/44'/60'/0'/0/i)
   * @param balanceTrib each load account's balance
   */
  public record Spec(int validators, int fullNodes, String host, List<Integer> rpcPorts, List<Integer> p2pPorts,
      int accounts, long chainId, long balanceTrib, long gasLimit, String blockTime) {
    public Spec {
      rpcPorts = List.copyOf(rpcPorts);
      p2pPorts = List.copyOf(p2pPorts);
      final int nodes = validators + fullNodes;
      if (validators < 1 || validators > MAX_NODES) {
        throw new IllegalArgumentException("--validators must be 1.." + MAX_NODES + ", got " + validators);
      }
      if (fullNodes < 0 || nodes > MAX_NODES) {
        throw new IllegalArgumentException("--full-nodes must be 0.." + (MAX_NODES - validators) + ", got "
            + fullNodes);
      }
      if (rpcPorts.size() != nodes || p2pPorts.size() != nodes) {
        throw new IllegalArgumentException("one RPC and one p2p port per node");
      }
      final List<Integer> all = new ArrayList<>(rpcPorts);
      all.addAll(p2pPorts);
      for (final int port : all) {
        if (port < 1 || port > 65535) {
          throw new IllegalArgumentException("port " + port + " is outside 1..65535 (" + nodes
              + " nodes need consecutive RPC and p2p ports from the base ports)");
        }
      }
      if (all.stream().distinct().count() != all.size()) {
        throw new IllegalArgumentException("the RPC ports " + rpcPorts + " and p2p ports " + p2pPorts + " overlap");
      }
      if (accounts < 0 || accounts > LoadAccounts.MAX_DERIVED) {
        throw new IllegalArgumentException("--accounts must be 0.." + LoadAccounts.MAX_DERIVED + ", got " + accounts);
      }
      if (chainId < 1) {
        throw new IllegalArgumentException("--chain-id must be positive, got " + chainId);
      }
      if (balanceTrib < 0 || gasLimit < 21_000) {
        throw new IllegalArgumentException("--balance must be >= 0 and --gas-limit >= 21000");
      }
    }

    /** Consecutive ports from the base ones. */
    public static Spec withBasePorts(final int validators, final int fullNodes, final String host,
        final int baseRpcPort, final int baseP2pPort, final int accounts, final long chainId, final long balanceTrib,
        final long gasLimit, final String blockTime) {
      final List<Integer> rpc = new ArrayList<>();
      final List<Integer> p2p = new ArrayList<>();
      for (int i = 0; i < Math.max(0, validators + fullNodes); i++) {
        rpc.add(baseRpcPort + i);
        p2p.add(baseP2pPort + i);
      }
      return new Spec(validators, fullNodes, host, rpc, p2p, accounts, chainId, balanceTrib, gasLimit, blockTime);
    }
  }

  private TestnetGenerator() {}

  /**
   * Generates the testnet into {@code dir}. An existing testnet there is replaced only with {@code force} (its chain
   * is lost); any other non-empty folder is refused.
   */
  public static TestnetManifest generate(final Path dir, final Spec spec, final boolean force) throws IOException {
    prepare(dir, force);
    final Path keys = Files.createDirectories(dir.resolve("keys"));
    restrict(keys, "rwx------");
    final List<TestnetManifest.Node> nodes = new ArrayList<>();
    final List<String> validatorAddresses = new ArrayList<>();
    for (int i = 0; i < spec.validators() + spec.fullNodes(); i++) {
      final String name = "node" + i;
      final KeyPair key = SignatureAlgorithms.get().generateKeyPair();
      final Path keyFile = keys.resolve(name + ".key");
      writePrivate(keyFile, key.privateKey().toHexString() + "\n");
      Files.createDirectories(dir.resolve(name));
      final boolean validator = i < spec.validators();
      if (validator) {
        validatorAddresses.add(key.address().toHexString());
      }
      final int p2pPort = spec.p2pPorts().get(i);
      nodes.add(new TestnetManifest.Node(name, validator, key.address().toChecksumString(), name,
          "keys/" + name + ".key", spec.host(), spec.rpcPorts().get(i), spec.host(), p2pPort,
          "enode://" + key.publicKey().toUnprefixedHexString() + "@" + spec.host() + ":" + p2pPort));
    }
    final Path genesis = dir.resolve("genesis.json");
    Files.writeString(genesis, genesisJson(spec, validatorAddresses), StandardCharsets.UTF_8);
    final GenesisConfig check = GenesisFile.read(genesis);
    if (check.validators().size() != spec.validators()) {
      throw new IllegalStateException("the written genesis lists " + check.validators().size() + " validators");
    }
    final TestnetManifest manifest = new TestnetManifest(spec.chainId(), "genesis.json", spec.blockTime(),
        spec.accounts(), DevAccounts.MNEMONIC, nodes);
    manifest.write(dir);
    return manifest;
  }

  private static String genesisJson(final Spec spec, final List<String> validators) throws IOException {
    final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    final ObjectNode root = json.createObjectNode();
    final ObjectNode config = root.putObject("config");
    config.put("chainId", spec.chainId());
    config.putObject("tributary").putPOJO("validators", validators);
    root.put("gasLimit", "0x" + Long.toHexString(spec.gasLimit()));
    root.put("baseFeePerGas", "0x" + GenesisConfig.DEFAULT_BASE_FEE.toBigInteger().toString(16));
    root.put("timestamp", "0x0");
    final ObjectNode alloc = root.putObject("alloc");
    final String balance = "0x" + Wei.ofTrib(spec.balanceTrib()).toBigInteger().toString(16);
    for (final KeyPair account : LoadAccounts.dev().first(spec.accounts())) {
      alloc.putObject(account.address().toHexString()).put("balance", balance);
    }
    return json.writeValueAsString(root) + "\n";
  }

  private static void prepare(final Path dir, final boolean force) throws IOException {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir);
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " exists and is not a folder");
    }
    final Path manifestFile = TestnetManifest.file(dir);
    if (Files.exists(manifestFile)) {
      if (!force) {
        throw new IllegalArgumentException(dir + " already holds a testnet (" + TestnetManifest.FILE_NAME
            + "); pass --force to replace it and its chain");
      }
      final TestnetManifest old = TestnetManifest.read(dir);
      for (final TestnetManifest.Node node : old.nodes()) {
        if (NodeProcesses.runningPid(dir, node).isPresent()) {
          throw new IllegalArgumentException("the testnet in " + dir + " is running (" + node.name()
              + "): stop it first (tributary testnet stop --dir " + dir + ")");
        }
      }
      for (final TestnetManifest.Node node : old.nodes()) {
        deleteRecursively(dir.resolve(node.dir()));
      }
      deleteRecursively(dir.resolve("keys"));
      Files.deleteIfExists(dir.resolve(old.genesis()));
      Files.delete(manifestFile);
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException(dir + " is not empty and holds no testnet: choose an empty or new folder");
      }
    }
  }

  private static void writePrivate(final Path file, final String text) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (final UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (final FileAlreadyExistsException e) {
      throw new IllegalStateException(file + " already exists", e);
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII);
  }

  private static void restrict(final Path path, final String mode) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    } catch (final UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }

  static void deleteRecursively(final Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (final Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
