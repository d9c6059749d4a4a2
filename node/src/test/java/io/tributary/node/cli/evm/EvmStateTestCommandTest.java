package io.tributary.node.cli.evm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.node.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvmStateTestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRANSFER = "ZeroValue_TransactionCALL.json";
  private static final String REFUSED = "ValueOverflowParis.json";

  @TempDir Path dir;

  /** Two real GeneralStateTests files: a transfer that runs, and a transaction that must be refused. */
  @BeforeEach
  void copyFixtures() throws Exception {
    final Path suite = Path.of(System.getProperty("ethereum.tests.dir", "../../shared/ethereum-tests"))
        .resolve("GeneralStateTests");
    Files.copy(suite.resolve("stZeroCallsTest").resolve(TRANSFER), dir.resolve(TRANSFER));
    Files.copy(suite.resolve("stTransactionTest").resolve(REFUSED), dir.resolve(REFUSED));
  }

  private static List<JsonNode> lines(final String out) throws Exception {
    final List<JsonNode> lines = new ArrayList<>();
    for (final String line : out.strip().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void printsOneLinePerCaseAndASummary() throws Exception {
    final CliRunner.Result result = CliRunner.run("evm", "statetest", dir.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    final List<JsonNode> lines = lines(result.out());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("name").asText()).isEqualTo(REFUSED + "/ValueOverflowParis");
    assertThat(lines.get(0).get("expectException").asText()).isEqualTo("TransactionException.RLP_INVALID_VALUE");
    assertThat(lines.get(1).get("name").asText()).isEqualTo(TRANSFER + "/ZeroValue_TransactionCALL");
    for (final JsonNode line : lines.subList(0, 2)) {
      assertThat(line.get("fork").asText()).isEqualTo("Cancun");
      assertThat(line.get("index").asInt()).isZero();
      assertThat(line.get("pass").asBoolean()).isTrue();
      assertThat(line.get("stateRoot")).isEqualTo(line.get("expectedStateRoot"));
    }
    final JsonNode summary = lines.get(2);
    assertThat(summary.get("summary").asBoolean()).isTrue();
    assertThat(summary.get("total").asInt()).isEqualTo(2);
    assertThat(summary.get("passed").asInt()).isEqualTo(2);
    assertThat(summary.get("failed").asInt()).isZero();
  }

  @Test
  void aWrongExpectedRootFailsTheCaseAndTheExitCode() throws Exception {
    final Path file = dir.resolve(TRANSFER);
    final JsonNode fixture = JSON.readTree(file.toFile());
    final String expected = fixture.get("ZeroValue_TransactionCALL").get("post").get("Cancun").get(0).get("hash")
        .asText();
    final String wrong = "0x" + "00".repeat(32);
    Files.writeString(file, Files.readString(file).replace(expected, wrong));

    final CliRunner.Result result = CliRunner.run("evm", "statetest", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    final List<JsonNode> lines = lines(result.out());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("name").asText()).isEqualTo(TRANSFER + "/ZeroValue_TransactionCALL");
    assertThat(lines.get(0).get("pass").asBoolean()).isFalse();
    assertThat(lines.get(0).get("expectedStateRoot").asText()).isEqualTo(wrong);
    assertThat(lines.get(0).get("stateRoot").asText()).isEqualTo(expected);
    assertThat(lines.get(0).get("error").asText()).contains("state root");
    assertThat(lines.get(1).get("failed").asInt()).isEqualTo(1);
  }

  @Test
  void runSelectsTestsByName() throws Exception {
    final CliRunner.Result result = CliRunner.run("evm", "statetest", "--run", "Overflow", dir.toString());

    final List<JsonNode> lines = lines(result.out());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("name").asText()).contains("ValueOverflowParis");
    assertThat(lines.get(1).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void contractCodeRunsThroughTheEvm() throws Exception {
    final Path suite = Path.of(System.getProperty("ethereum.tests.dir", "../../shared/ethereum-tests"))
        .resolve("GeneralStateTests");
    final CliRunner.Result result = CliRunner.run("evm", "statetest", suite.resolve("stExample/add11.json").toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    final List<JsonNode> lines = lines(result.out());
    assertThat(lines.get(0).get("name").asText()).isEqualTo("add11.json/add11");
    assertThat(lines.get(0).get("pass").asBoolean()).isTrue();
    assertThat(lines.get(0).get("stateRoot").asText())
        .isEqualTo("0xe8010ce590f401c9d61fef8ab05bea9bcec24281b795e5868809bc4e515aa530");
  }

  @Test
  void aMissingInputIsAnError() {
    final CliRunner.Result result = CliRunner.run("evm", "statetest", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("does not exist");
  }
}
