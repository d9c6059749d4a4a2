package io.tributary.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * Black-box test of {@code tributary dev}: a fresh devnet process from the packaged CLI, driven only over JSON-RPC by
 * the clients dapps use. (a) the ethers.js v6 suite in {@code src/test/js} ({@code node --test}); (b) web3j: chain id,
 * dev balances, a signed EIP-1559 transfer with its receipt, nonces, a geth-worded rejection; (c) a restart on the same
 * data directory keeps the chain height, block hashes, balances and nonces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DevnetClientsIT {

  private static final long CHAIN_ID = 7357;
  private static final BigInteger WEI_PER_TRIB = BigInteger.TEN.pow(18);
  private static final BigInteger DEV_BALANCE = WEI_PER_TRIB.multiply(BigInteger.valueOf(10_000));
  private static final String MNEMONIC = "test test test test test test test test test test test junk";
  private static final String TREASURY = "0x00000000000000000000000000000000000a7000";
  private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  /**
   * The ethers suite spends from dev accounts 0 to 7, 9 (its Solidity tests) and 10 to 14 (its AI module tests; see
   * {@link DevnetProcess#DEV_ACCOUNTS}); web3j spends from this one.
   */
  private static final int WEB3J_ACCOUNT = 8;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration NODE_SUITE_TIMEOUT = Duration.ofMinutes(5);
  /**
   * -Dtributary.it.rpcUrl=http://... runs (a) and (b) against a node already running there (e.g. Hardhat's, to work on
   * the tests themselves) and skips (c); unset, the test starts its own devnet.
   */
  private static final String EXTERNAL_URL = System.getProperty("tributary.it.rpcUrl");

  private Path work;
  private Path datadir;
  private DevnetProcess devnet;

  @BeforeAll
  void startDevnet() throws Exception {
    Path itDir = Files.createDirectories(Path.of(DevnetProcess.requiredProperty("tributary.it.dir")));
    work = Files.createTempDirectory(itDir, "devnet-");
    datadir = work.resolve("data");
    if (EXTERNAL_URL != null) return;
    requireDevCommand();
    devnet = DevnetProcess.start(DevnetProcess.freePort(), datadir, work.resolve("devnet.log"), START_TIMEOUT);
  }

  private String url() {
    return EXTERNAL_URL != null ? EXTERNAL_URL : devnet.url();
  }

  private String devnetTail() {
    return devnet != null ? devnet.tail() : "";
  }

  @AfterAll
  void stopDevnet() throws InterruptedException {
    if (devnet != null) devnet.stop();
  }

  /** Fails early, with the CLI's own words, when the packaged CLI cannot start a devnet. */
  private void requireDevCommand() throws IOException, InterruptedException {
    Result help = run(DevnetProcess.cliCommand("dev", "--help"), work, Map.of(), Duration.ofSeconds(60));
    assertThat(help.exit).as("tributary dev --help\n%s", help.output).isZero();
    assertThat(help.output).as("tributary dev --help").contains("--rpc-port");
  }

  @Test
  @Order(1)
  void ethersSuitePassesAgainstTheDevnet() throws Exception {
    Path js = Path.of(DevnetProcess.requiredProperty("tributary.js.dir"));
    requireNode(js);
    npmCi(js);
    Result suite = run(List.of("node", "--test"), js, Map.of("RPC_URL", url()), NODE_SUITE_TIMEOUT);
    Files.writeString(work.resolve("ethers-suite.txt"), suite.output);
    if (suite.exit != 0) {
      fail("the ethers.js suite (node --test in %s, RPC_URL=%s) failed with exit %d:%n%s%n%s",
          js, url(), suite.exit, suite.output, devnetTail());
    }
  }

  /** Installs the suite's packages from its lock file when they are missing or older than it. */
  private static void npmCi(Path js) throws IOException, InterruptedException {
    Path lock = js.resolve("package-lock.json");
    Path installed = js.resolve("node_modules/.package-lock.json");
    if (!Files.exists(installed)
        || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) < 0) {
      Result ci = run(List.of("npm", "ci", "--no-audit", "--no-fund"), js, Map.of(), Duration.ofMinutes(5));
      if (ci.exit != 0) fail("npm ci in %s failed (exit %d):%n%s", js, ci.exit, ci.output);
      Files.setLastModifiedTime(installed, FileTime.fromMillis(System.currentTimeMillis()));
    }
  }

  private static void requireNode(Path js) throws InterruptedException {
    try {
      Result version = run(List.of("node", "--version"), js, Map.of(), Duration.ofSeconds(30));
      if (version.exit == 0) return;
    } catch (IOException e) {
      // reported below
    }
    fail("Node.js is required to run the ethers.js client suite (%s): install Node.js 18 or newer with npm "
        + "and put `node` and `npm` on PATH", js);
  }

  @Test
  @Order(2)
  void web3jReadsAndSendsAnEip1559Transfer() throws Exception {
    Web3j web3 = Web3j.build(new HttpService(url()));
    try {
      assertThat(ok(web3.ethChainId()).getChainId()).isEqualTo(BigInteger.valueOf(CHAIN_ID));
      assertThat(ok(web3.netVersion()).getNetVersion()).isEqualTo(Long.toString(CHAIN_ID));

      List<Credentials> dev = devAccounts();
      assertThat(dev.get(0).getAddress()).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
      for (int i = 0; i < dev.size(); i++) {
        String address = dev.get(i).getAddress();
        BigInteger balance = balance(web3, address, DefaultBlockParameterName.LATEST);
        if (nonce(web3, address, DefaultBlockParameterName.LATEST).signum() == 0) {
          assertThat(balance).as("dev account %d %s, never spent from", i, address).isEqualTo(DEV_BALANCE);
        } else {
          assertThat(balance).as("dev account %d %s, spent from", i, address).isLessThan(DEV_BALANCE);
        }
      }

      Credentials sender = dev.get(WEB3J_ACCOUNT);
      String to = Keys.toChecksumAddress(Keys.getAddress(Keys.createEcKeyPair()));
      BigInteger value = WEI_PER_TRIB.multiply(BigInteger.valueOf(3)).divide(BigInteger.TWO);
      BigInteger before = balance(web3, sender.getAddress(), DefaultBlockParameterName.LATEST);
      BigInteger nonce = nonce(web3, sender.getAddress(), DefaultBlockParameterName.PENDING);
      BigInteger baseFee = ok(web3.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false))
          .getBlock().getBaseFeePerGas();
      BigInteger tip = GWEI;
      BigInteger maxFee = baseFee.shiftLeft(1).add(tip);
      RawTransaction tx = RawTransaction.createEtherTransaction(CHAIN_ID, nonce, TRANSFER_GAS, to, value, tip, maxFee);
      String signed = Numeric.toHexString(TransactionEncoder.signMessage(tx, sender));

      EthSendTransaction sent = ok(web3.ethSendRawTransaction(signed));
      assertThat(sent.hasError()).as("eth_sendRawTransaction: %s", errorOf(sent)).isFalse();
      assertThat(sent.getTransactionHash()).isEqualTo(Hash.sha3(signed));
      assertThat(nonce(web3, sender.getAddress(), DefaultBlockParameterName.PENDING)).isEqualTo(nonce.add(BigInteger.ONE));

      TransactionReceipt receipt = new PollingTransactionReceiptProcessor(web3, 200, 300)
          .waitForTransactionReceipt(sent.getTransactionHash());
      assertThat(receipt.isStatusOK()).isTrue();
      assertThat(receipt.getGasUsed()).isEqualTo(TRANSFER_GAS);
      assertThat(receipt.getFrom()).isEqualToIgnoringCase(sender.getAddress());
      assertThat(receipt.getTo()).isEqualToIgnoringCase(to);
      EthBlock.Block block = ok(web3.ethGetBlockByHash(receipt.getBlockHash(), false)).getBlock();
      assertThat(block.getNumber()).isEqualTo(receipt.getBlockNumber());
      assertThat(block.getTransactions()).extracting(t -> (String) t.get()).contains(receipt.getTransactionHash());
      BigInteger blockBaseFee = block.getBaseFeePerGas();
      BigInteger effective = Numeric.decodeQuantity(receipt.getEffectiveGasPrice());
      assertThat(effective).as("baseFee + min(tip, maxFee - baseFee)")
          .isEqualTo(blockBaseFee.add(tip.min(maxFee.subtract(blockBaseFee))));

      Transaction served = ok(web3.ethGetTransactionByHash(receipt.getTransactionHash())).getTransaction().orElseThrow();
      assertThat(served.getType()).isEqualTo("0x2");
      assertThat(served.getChainId()).isEqualTo(CHAIN_ID);
      assertThat(served.getNonce()).isEqualTo(nonce);
      assertThat(served.getBlockHash()).isEqualTo(receipt.getBlockHash());

      BigInteger after = balance(web3, sender.getAddress(), DefaultBlockParameter.valueOf(receipt.getBlockNumber()));
      assertThat(before.subtract(after)).isEqualTo(value.add(TRANSFER_GAS.multiply(effective)));
      assertThat(balance(web3, to, DefaultBlockParameterName.LATEST)).isEqualTo(value);
      assertThat(nonce(web3, sender.getAddress(), DefaultBlockParameterName.LATEST)).isEqualTo(nonce.add(BigInteger.ONE));

      RawTransaction again = RawTransaction.createEtherTransaction(CHAIN_ID, nonce, TRANSFER_GAS, to, BigInteger.ONE, tip, maxFee);
      EthSendTransaction stale = web3.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(again, sender))).send();
      assertThat(stale.hasError()).as("a mined nonce is refused").isTrue();
      assertThat(stale.getError().getCode()).isEqualTo(-32000);
      assertThat(stale.getError().getMessage()).startsWith("nonce too low");
    } finally {
      web3.shutdown();
    }
  }

  @Test
  @Order(3)
  void aRestartOnTheSameDataDirectoryKeepsTheChain() throws Exception {
    Assumptions.assumeTrue(EXTERNAL_URL == null, "a node at -Dtributary.it.rpcUrl is not ours to restart");
    List<String> watched = new ArrayList<>();
    for (Credentials c : devAccounts()) watched.add(c.getAddress());
    watched.add(TREASURY);

    BigInteger height;
    String hashAtHeight;
    Map<String, BigInteger> balances = new LinkedHashMap<>();
    Map<String, BigInteger> nonces = new LinkedHashMap<>();
    Web3j web3 = Web3j.build(new HttpService(devnet.url()));
    try {
      height = ok(web3.ethBlockNumber()).getBlockNumber();
      assertThat(height).as("blocks were produced").isPositive();
      DefaultBlockParameter at = DefaultBlockParameter.valueOf(height);
      hashAtHeight = ok(web3.ethGetBlockByNumber(at, false)).getBlock().getHash();
      for (String a : watched) {
        balances.put(a, balance(web3, a, at));
        nonces.put(a, nonce(web3, a, at));
      }
    } finally {
      web3.shutdown();
    }

    devnet.stop();
    assertThat(devnet.isAlive()).isFalse();
    devnet = DevnetProcess.start(DevnetProcess.freePort(), datadir, work.resolve("devnet.log"), START_TIMEOUT);

    web3 = Web3j.build(new HttpService(devnet.url()));
    try {
      assertThat(ok(web3.ethBlockNumber()).getBlockNumber()).as("height after restart").isGreaterThanOrEqualTo(height);
      EthBlock.Block block = ok(web3.ethGetBlockByNumber(DefaultBlockParameter.valueOf(height), false)).getBlock();
      assertThat(block).as("block %s after restart", height).isNotNull();
      assertThat(block.getHash()).isEqualTo(hashAtHeight);
      for (String a : watched) {
        assertThat(balance(web3, a, DefaultBlockParameterName.LATEST)).as("balance of %s after restart", a)
            .isEqualTo(balances.get(a));
        assertThat(nonce(web3, a, DefaultBlockParameterName.LATEST)).as("nonce of %s after restart", a)
            .isEqualTo(nonces.get(a));
      }
    } finally {
      web3.shutdown();
    }
  }

  /**
   * The block explorer the node serves at / is driven by headless Chromium through playwright-core
   * ({@code node --test explorer.browser.mjs}) on the chain the suites above filled, after the restart: each page must
   * show what the JSON-RPC answers, and the home page's screenshot is kept as {@code target/explorer-home.png}.
   * Without Chromium the test is skipped, except where it is required (CI=true, as .ci/run runs, or
   * -Dtributary.browser.required=true), where it fails.
   */
  @Test
  @Order(4)
  void theExplorerShowsWhatTheRpcAnswersInChromium() throws Exception {
    Assumptions.assumeTrue(EXTERNAL_URL == null, "only a Tributary node serves the explorer");
    Path js = Path.of(DevnetProcess.requiredProperty("tributary.js.dir"));
    Path chromium = Path.of(System.getProperty("tributary.chromium",
        System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));
    if (!Files.isExecutable(chromium)) {
      String why = "Chromium is not at " + chromium + " (install Debian's chromium package, as .ci/run does, or point "
          + "-Dtributary.chromium or CHROMIUM at one): the explorer's browser test cannot run";
      if ("true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("tributary.browser.required")) fail(why);
      Assumptions.abort(why);
    }
    requireNode(js);
    npmCi(js);
    Path screenshot = Path.of(DevnetProcess.requiredProperty("tributary.it.dir")).getParent()
        .resolve("explorer-home.png");
    Files.deleteIfExists(screenshot);
    Result browser = run(List.of("node", "--test", "explorer.browser.mjs"), js, Map.of("RPC_URL", url(),
        "CHROMIUM", chromium.toString(), "EXPLORER_SCREENSHOT", screenshot.toString()), Duration.ofMinutes(3));
    Files.writeString(work.resolve("explorer-browser.txt"), browser.output);
    if (browser.exit != 0) {
      fail("the explorer's browser test (node --test explorer.browser.mjs in %s, RPC_URL=%s) failed with exit %d:"
          + "%n%s%n%s", js, url(), browser.exit, browser.output, devnetTail());
    }
    assertThat(screenshot).as("the home page's screenshot").isNotEmptyFile();
  }

  /** m/44'/60'/0'/0/i of the test mnemonic, derived by web3j: an independent check of the devnet's accounts. */
  private static List<Credentials> devAccounts() {
    Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(MNEMONIC, ""));
    List<Credentials> accounts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int[] path = {44 | Bip32ECKeyPair.HARDENED_BIT, 60 | Bip32ECKeyPair.HARDENED_BIT, Bip32ECKeyPair.HARDENED_BIT, 0, i};
      accounts.add(Credentials.create(Bip32ECKeyPair.deriveKeyPair(master, path)));
    }
    return accounts;
  }

  private static BigInteger balance(Web3j web3, String address, DefaultBlockParameter at) throws IOException {
    return ok(web3.ethGetBalance(address, at)).getBalance();
  }

  private static BigInteger nonce(Web3j web3, String address, DefaultBlockParameter at) throws IOException {
    return ok(web3.ethGetTransactionCount(address, at)).getTransactionCount();
  }

  /** Sends a request and fails with the node's JSON-RPC error, if any, instead of a web3j decoding error. */
  private static <T extends Response<?>> T ok(Request<?, T> request) throws IOException {
    T response = request.send();
    if (response.hasError()) {
      fail("%s %s answered %d %s", request.getMethod(), request.getParams(), response.getError().getCode(),
          response.getError().getMessage());
    }
    return response;
  }

  private static String errorOf(EthSendTransaction response) {
    return response.hasError() ? response.getError().getCode() + " " + response.getError().getMessage() : "none";
  }

  private record Result(int exit, String output) {}

  /** Runs a command to completion (or kills it at the timeout) with its output, stdout and stderr together. */
  private static Result run(List<String> command, Path dir, Map<String, String> env, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("devnet-it-", ".out");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(out.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      try {
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
          return new Result(-1, String.join(" ", command) + " timed out after " + timeout + "\n"
              + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
      } finally {
        if (p.isAlive()) p.destroyForcibly();
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
