package io.tributary.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.testing.EthereumTestVectors;
import io.tributary.core.types.Address;
import io.tributary.core.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of ethereum/tests TransactionTests under the Cancun rules (chain id 1): valid ones decode with the
 * expected hash, sender and intrinsic gas and re-encode to the same bytes; invalid ones are rejected by the decoder or
 * the validator. Vectors filled before Cancun existed (ttWrongRLP, two ttSignature cases) are judged by the newest
 * fork they list: a malformed encoding stays malformed.
 */
class TransactionConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FORKS_NEWEST_FIRST = List.of("Cancun", "Shanghai", "Paris", "London");
  private static final TransactionValidator CANCUN = TransactionValidator.cancun(1);

  @TestFactory
  Stream<DynamicTest> everyTransactionVector() throws IOException {
    final List<DynamicTest> tests = new ArrayList<>();
    for (final Path file : EthereumTestVectors.jsonFiles("TransactionTests")) {
      final JsonNode root = JSON.readTree(file.toFile());
      for (final Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        final Map.Entry<String, JsonNode> vector = it.next();
        final JsonNode result = newestResult(vector.getValue().get("result"));
        final String txbytes = vector.getValue().get("txbytes").asText();
        final String name = file.getParent().getFileName() + "/" + vector.getKey();
        tests.add(DynamicTest.dynamicTest(name, () -> check(txbytes, result)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(200);
    return tests.stream();
  }

  private static JsonNode newestResult(final JsonNode results) {
    for (final String fork : FORKS_NEWEST_FIRST) {
      if (results.has(fork)) {
        return results.get(fork);
      }
    }
    throw new IllegalStateException("no post-London result in " + results);
  }

  private static void check(final String txbytes, final JsonNode expected) {
    final Bytes encoded;
    try {
      encoded = Bytes.fromHexString(txbytes);
    } catch (IllegalArgumentException e) {
      assertThat(expected.has("exception")).as("unparseable hex must be an expected failure").isTrue();
      return;
    }
    if (expected.has("exception")) {
      assertThat(rejection(encoded)).as("expected " + expected.get("exception").asText()).isNotNull();
      return;
    }
    final Transaction tx = TransactionDecoder.decode(encoded);
    final ValidationResult<TransactionInvalidReason> validity = CANCUN.validate(tx);
    assertThat(validity.isValid()).as(validity.toString()).isTrue();
    assertThat(tx.hash().toHexString()).isEqualTo(expected.get("hash").asText());
    assertThat(tx.sender()).contains(Address.fromHexString(expected.get("sender").asText()));
    assertThat(IntrinsicGasCalculator.intrinsicGas(tx)).isEqualTo(Long.decode(expected.get("intrinsicGas").asText()));
    assertThat(tx.encoded()).isEqualTo(encoded);
    // The decoder keeps the bytes as the encoding; what makes that right is that re-encoding gives them back.
    assertThat(TransactionEncoder.encode(tx)).isEqualTo(encoded);
  }

  /** Why the bytes are refused, or null if they are accepted. */
  private static String rejection(final Bytes encoded) {
    try {
      final ValidationResult<TransactionInvalidReason> validity = CANCUN.validate(TransactionDecoder.decode(encoded));
      return validity.isValid() ? null : validity.toString();
    } catch (DecodingException e) {
      return e.getMessage();
    }
  }
}
