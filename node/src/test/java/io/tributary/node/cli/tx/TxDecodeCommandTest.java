package io.tributary.node.cli.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.node.cli.CliRunner;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class TxDecodeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode fixtures() throws Exception {
    try (InputStream in = TxDecodeCommandTest.class.getResourceAsStream("/fixtures/ethers-signed.json")) {
      return JSON.readTree(in);
    }
  }

  @Test
  void reproducesTheHashAndSenderOfEveryTransactionSignedByEthers() throws Exception {
    final JsonNode fixtures = fixtures();
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(4);
    for (final JsonNode fixture : fixtures) {
      final CliRunner.Result result = CliRunner.run("tx", "decode", fixture.get("raw").asText());
      assertThat(result.exitCode()).as(fixture.get("name").asText() + ": " + result.err()).isZero();
      final JsonNode decoded = JSON.readTree(result.out());
      assertThat(decoded.get("hash").asText()).isEqualTo(fixture.get("hash").asText());
      assertThat(decoded.get("from").asText()).isEqualToIgnoringCase(fixture.get("from").asText());
      assertThat(Integer.decode(decoded.get("type").asText())).isEqualTo(fixture.get("type").asInt());
      assertThat(decoded.get("chainId").asText()).isEqualTo("0x1cbd");
      assertThat(decoded.get("valid").asBoolean()).isTrue();
    }
  }

  @Test
  void flagsATransactionForAnotherChain() throws Exception {
    final CliRunner.Result result = CliRunner.run("tx", "decode", "--chain-id", "1", fixtures().get(0).get("raw").asText());
    assertThat(result.exitCode()).isZero();
    final JsonNode decoded = JSON.readTree(result.out());
    assertThat(decoded.get("valid").asBoolean()).isFalse();
    assertThat(decoded.get("invalidReason").asText()).isEqualTo("invalid chain id for signer: have 7357 want 1");
  }

  @Test
  void explainsMalformedInputAndExitsWithOne() {
    final CliRunner.Result truncated = CliRunner.run("tx", "decode", "0x02f8");
    assertThat(truncated.exitCode()).isEqualTo(1);
    assertThat(truncated.err()).startsWith("error: ").contains("truncated");
    final CliRunner.Result notHex = CliRunner.run("tx", "decode", "0xzz");
    assertThat(notHex.exitCode()).isEqualTo(1);
    assertThat(notHex.err()).contains("not hex");
    final CliRunner.Result unknownType = CliRunner.run("tx", "decode", "0x04c0");
    assertThat(unknownType.err()).contains("unsupported type").contains("0x04");
  }
}
