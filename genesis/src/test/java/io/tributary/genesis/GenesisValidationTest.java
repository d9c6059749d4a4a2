package io.tributary.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of problem a genesis file can have is reported with its JSON path, and all of them at once. */
class GenesisValidationTest {
  private static final String V1 = "0x0000000000000000000000000000000000000001";
  private static final String V2 = "0x0000000000000000000000000000000000000002";

  @TempDir Path tmp;

  /** A genesis with one validator, {@code top} spliced into its top level and {@code alloc} as its alloc. */
  private static String genesis(final String top, final String alloc) {
    return "{\"config\": {\"chainId\": 7, \"tributary\": {\"validators\": [\"" + V1 + "\"]}}, \"alloc\": {" + alloc
        + "}" + (top.isEmpty() ? "" : ", " + top) + "}";
  }

  private static List<String> problems(final String json) {
    return GenesisFile.validate(json).problems().stream().map(GenesisProblem::toString).toList();
  }

  @Test
  void aCompleteFileIsValidAndGivesItsGenesis() {
    final GenesisValidation validation = GenesisFile.validate(genesis("\"gasLimit\": 30000000",
        "\"" + V2 + "\": {\"balance\": \"0x10\"}"));
    assertThat(validation.isValid()).isTrue();
    assertThat(validation.problems()).isEmpty();
    assertThat(validation.orElseThrow().validators()).containsExactly(Address.of(1));
    assertThat(validation.orElseThrow().alloc()).containsOnlyKeys(Address.of(2));
  }

  @Test
  void unknownFieldsAreReportedAtEveryLevel() {
    assertThat(problems("""
        {"config": {"chainId": 7, "shanghaiBlock": 0, "tributary": {"validators": ["%s"], "validator": "x"}},
         "gasLimt": 1, "GasLimit": 2,
         "alloc": {"%s": {"balance": "1", "balanse": "2"}}}""".formatted(V1, V2)))
        .containsExactly(
            "gasLimt: unknown field (the file holds config, alloc, gasLimit, baseFeePerGas, timestamp, and geth's"
                + " fields, which are ignored)",
            "GasLimit: unknown field: did you mean \"gasLimit\"? (names are case-sensitive)",
            "config.shanghaiBlock: unknown field (config holds chainId, tributary, and geth's fields, which are"
                + " ignored)",
            "config.tributary.validator: unknown field (config.tributary holds validators, governance, attribution, ai,"
                + " chain)",
            "alloc." + V2 + ".balanse: unknown field (alloc." + V2 + " holds balance, nonce, code, storage, and"
                + " geth's fields, which are ignored)");
  }

  @Test
  void aGethGenesisLoadsWithItsHeaderForkAndEngineFieldsIgnored() {
    final GenesisConfig config = GenesisFile.parse("""
        {
          "config": {
            "chainId": 1337, "homesteadBlock": 0, "eip150Block": 0, "eip155Block": 0, "eip158Block": 0,
            "byzantiumBlock": 0, "constantinopleBlock": 0, "petersburgBlock": 0, "istanbulBlock": 0,
            "muirGlacierBlock": 0, "berlinBlock": 0, "londonBlock": 0, "arrowGlacierBlock": 0, "grayGlacierBlock": 0,
            "mergeNetsplitBlock": 0, "shanghaiTime": 0, "cancunTime": 0, "pragueTime": 1750000000,
            "terminalTotalDifficulty": 0, "terminalTotalDifficultyPassed": true, "daoForkSupport": false,
            "depositContractAddress": "0x00000000219ab540356cbb839cbe05303d7705fa",
            "blobSchedule": {"cancun": {"target": 3, "max": 6, "baseFeeUpdateFraction": 3338477}},
            "ethash": {}, "clique": {"period": 5, "epoch": 30000}
          },
          "nonce": "0x0000000000000042", "timestamp": "0x0", "extraData": "0x",
          "gasLimit": "0x1c9c380", "difficulty": "0x0", "number": "0x0", "gasUsed": "0x0",
          "mixhash": "0x0000000000000000000000000000000000000000000000000000000000000000",
          "parentHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
          "coinbase": "0x0000000000000000000000000000000000000000",
          "baseFeePerGas": "0x3b9aca00", "excessBlobGas": "0x0", "blobGasUsed": "0x0",
          "alloc": {
            "f39fd6e51aad88f6f4ce6ab8827279cfffb92266": {
              "balance": "0x21e19e0c9bab2400000",
              "secretKey": "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
            }
          }
        }""");
    assertThat(config.chainId()).isEqualTo(1337);
    assertThat(config.gasLimit()).isEqualTo(30_000_000);
    assertThat(config.alloc()).hasSize(1);
  }

  @Test
  void aNumberWithAnExponentBeyondADecimalsRangeIsOneProblemAtItsPath() {
    // Found by GenesisFileFuzzTest: reading 1e180000000000000000000 as a decimal threw out of validate.
    assertThat(problems(genesis("\"gasLimit\": 1e180000000000000000000", "")))
        .containsExactly("gasLimit: not an integer: Infinity");
  }

  @Test
  void acceptedGethFieldsMustStillHaveTheirForm() {
    assertThat(problems(genesis("""
        "mixHash": "0x12", "coinbase": "0xnope", "extraData": "0x0", "number": 5, "difficulty": "0x1"
        """, "")))
        .containsExactly(
            "mixHash: not a 32-byte hex hash (64 hex digits): \"0x12\"",
            "coinbase: not a 20-byte hex address: \"0xnope\"",
            "extraData: an odd number of hex digits (1): bytes take two each",
            "number: must be 0 on a BFT chain (Tributary's genesis block has 0), got 5",
            "difficulty: must be 0 on a BFT chain (Tributary's genesis block has 0), got 1");
    assertThat(problems("""
        {"config": {"chainId": 7, "cancunTime": "soon", "terminalTotalDifficultyPassed": "yes", "ethash": 1,
         "tributary": {"validators": ["%s"]}}}""".formatted(V1)))
        .containsExactly(
            "config.cancunTime: not a number: \"soon\" (write a JSON integer, a decimal string or 0x-hex)",
            "config.terminalTotalDifficultyPassed: must be true or false, got \"yes\"",
            "config.ethash: must be an object of settings, got 1");
  }

  @Test
  void badHexIsReportedInAddressesCodeStorageAndNumbers() {
    assertThat(problems(genesis("\"baseFeePerGas\": \"0xfg\"", """
        "0x12": {},
        "%s": {"balance": "lots", "nonce": "0x", "code": "0x6g00",
               "storage": {"0xzz": "0x01", "0x02": "0x%s"}},
        "0x0000000000000000000000000000000000000003": {"code": "0x600"}
        """.formatted(V2, "1".repeat(65)))))
        .containsExactly(
            "baseFeePerGas: not a number: \"0xfg\" (write a JSON integer, a decimal string or 0x-hex)",
            "alloc.0x12: not a 20-byte hex address: \"0x12\"",
            "alloc." + V2 + ".balance: not a number: \"lots\" (write a JSON integer, a decimal string or 0x-hex)",
            "alloc." + V2 + ".nonce: not a number: \"0x\" (write a JSON integer, a decimal string or 0x-hex)",
            "alloc." + V2 + ".code: not hex: \"0x6g00\"",
            "alloc." + V2 + ".storage.0xzz: not a hex word of at most 32 bytes: \"0xzz\"",
            "alloc." + V2 + ".storage.0x02: not a hex word of at most 32 bytes: \"0x" + "1".repeat(65) + "\"",
            "alloc.0x0000000000000000000000000000000000000003.code: an odd number of hex digits (3): bytes take two"
                + " each");
    assertThat(problems("""
        {"config": {"chainId": 7, "tributary": {"validators": ["%s", "0x01", 5]}}}""".formatted(V1)))
        .containsExactly(
            "config.tributary.validators[1]: not a 20-byte hex address: \"0x01\"",
            "config.tributary.validators[2]: must be a string holding a hex address, got 5");
  }

  @Test
  void aValidatorListedTwiceIsReported() {
    assertThat(problems("""
        {"config": {"chainId": 7, "tributary": {"validators": ["%s", "%s", "%s"]}}}"""
        .formatted(V1, V2, V1.toUpperCase().replace("0X", "0x"))))
        .containsExactly("config.tributary.validators[2]: lists validator " + Address.of(1)
            + " again (also at [0])");
  }

  @Test
  void anAddressAllocatedTwiceIsReportedWhetherTheKeyRepeatsOrIsSpelledDifferently() {
    assertThat(problems(genesis("", """
        "%s": {"balance": "1"}, "%s": {"balance": "2"}""".formatted(V2, V2))))
        .containsExactly("alloc." + V2 + ": appears twice in one object (the first is used); JSON keys must be"
            + " unique");
    assertThat(problems(genesis("", """
        "0x00000000000000000000000000000000000000aB": {"balance": "1"},
        "00000000000000000000000000000000000000AB": {"balance": "2"}""")))
        .containsExactly("alloc.00000000000000000000000000000000000000AB: allocates " + Address.of(0xab)
            + " again (also as alloc.0x00000000000000000000000000000000000000aB)");
    assertThat(problems(genesis("", """
        "%s": {"storage": {"0x1": "0x2", "0x0001": "0x3"}}""".formatted(V2))))
        .containsExactly("alloc." + V2 + ".storage.0x0001: sets slot 0x1 again (also as 0x1)");
  }

  @Test
  void parametersOutsideTheirBoundsAreReported() {
    assertThat(problems(genesis("\"gasLimit\": 20999, \"timestamp\": -1", "")))
        .containsExactly(
            "gasLimit: is 20999, outside 21000..2000000000 (at least one transfer's 21000 gas; at most what a"
                + " parameter change could set)",
            "timestamp: must not be negative, got -1");
    assertThat(problems(genesis("\"gasLimit\": \"0x77359401\"", ""))).singleElement().asString()
        .startsWith("gasLimit: is 2000000001, outside 21000..2000000000");
    assertThat(problems("{\"config\": {\"chainId\": 0, \"tributary\": {\"validators\": [\"" + V1 + "\"]}}}"))
        .containsExactly("config.chainId: is 0, outside 1..9223372036854775771 (EIP-155 signatures must fit a 64-bit"
            + " v: EIP-2294)");
    assertThat(problems("{\"config\": {\"chainId\": \"9223372036854775772\", \"tributary\": {\"validators\": [\""
        + V1 + "\"]}}}")).singleElement().asString().startsWith("config.chainId: is 9223372036854775772, outside");
    assertThat(problems("""
        {"config": {"chainId": 7, "tributary": {"validators": ["%s"],
         "governance": {"votingPeriod": 0, "quorumBps": 10001, "minDeposit": 1.5}}}}""".formatted(V1)))
        .containsExactly(
            "config.tributary.governance.votingPeriod: is 0, outside 1..31536000 (the range a proposal could set)",
            "config.tributary.governance.quorumBps: is 10001, outside 1..10000 (the range a proposal could set)",
            "config.tributary.governance.minDeposit: not an integer: 1.5");
    final String max = "0x" + "f".repeat(64);
    assertThat(problems(genesis("", """
        "%s": {"balance": "0x1%s"}""".formatted(V2, "0".repeat(64)))))
        .containsExactly("alloc." + V2 + ".balance: does not fit 256 bits: " + java.math.BigInteger.TWO.pow(256));
    assertThat(problems(genesis("", """
        "%s": {"balance": "%s"}, "0x0000000000000000000000000000000000000003": {"balance": "%s"}"""
        .formatted(V2, max, max)))).singleElement().asString()
        .startsWith("alloc: the balances sum to ").endsWith(" wei, more than 2^256-1");
  }

  @Test
  void zeroValidatorsIsAProblemForAChainStartButNotForAFileANodeCompletes() {
    final String noValidators = "{\"config\": {\"chainId\": 7}}";
    assertThat(GenesisFile.parse(noValidators).validators()).isEmpty();
    assertThat(problems(noValidators)).singleElement().asString().startsWith(
        "config.tributary.validators: no validators: a chain needs at least one to make blocks");
    assertThat(problems("{\"config\": {\"chainId\": 7, \"tributary\": {\"validators\": []}}}")).singleElement()
        .asString().startsWith("config.tributary.validators: no validators");
  }

  @Test
  void everyProblemOfAFileIsReportedInOneExceptionOneALineStartingWithItsPath() {
    final String json = """
        {"config": {"chainId": -1, "tributary": {"validators": ["%s", "%s"]}},
         "gasLimit": 5, "extra": true,
         "alloc": {"%s": {"balance": "lots"}, "0xabc": {}, "%s": {}}}""".formatted(V1, V1, V2, V2);
    assertThatThrownBy(() -> GenesisFile.parse(json)).isInstanceOfSatisfying(GenesisException.class, e -> {
      assertThat(e.problems()).extracting(GenesisProblem::path).containsExactly(
          "alloc." + V2, "extra", "config.chainId", "config.tributary.validators[1]", "gasLimit",
          "alloc." + V2 + ".balance", "alloc.0xabc");
      assertThat(e.getMessage().split("\n")).hasSize(7).allSatisfy(line ->
          assertThat(e.problems().stream().anyMatch(p -> line.startsWith(p.path() + ": "))).isTrue());
    });
  }

  @Test
  void aFileThatCannotBeReadIsOneProblem() throws Exception {
    final Path missing = tmp.resolve("missing.json");
    assertThat(GenesisFile.validate(missing).problems()).singleElement().extracting(GenesisProblem::path)
        .isEqualTo(GenesisProblem.ROOT);
    final Path file = Files.writeString(tmp.resolve("genesis.json"), genesis("", ""));
    assertThat(GenesisFile.validate(file).isValid()).isTrue();
  }
}
