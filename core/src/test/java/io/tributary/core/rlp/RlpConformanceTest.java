package io.tributary.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.testing.EthereumTestVectors;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every vector of ethereum/tests RLPTests: valid ones encode and decode exactly, invalid ones are rejected. */
class RlpConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyRlpVector() throws IOException {
    final List<DynamicTest> tests = new ArrayList<>();
    for (final Path file : EthereumTestVectors.jsonFiles("RLPTests")) {
      final JsonNode root = JSON.readTree(file.toFile());
      for (final Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        final Map.Entry<String, JsonNode> vector = it.next();
        final JsonNode in = vector.getValue().get("in");
        final Bytes out = Bytes.fromHexString(vector.getValue().get("out").asText());
        final String name = file.getFileName() + ":" + vector.getKey();
        if (in.isTextual() && in.asText().equals("INVALID")) {
          tests.add(DynamicTest.dynamicTest(name, () -> assertThatThrownBy(() -> Rlp.decodeItem(out))
              .isInstanceOf(DecodingException.class)));
        } else if (in.isTextual() && in.asText().equals("VALID")) {
          tests.add(DynamicTest.dynamicTest(name, () -> assertThat(Rlp.decodeItem(out).encode()).isEqualTo(out)));
        } else {
          tests.add(DynamicTest.dynamicTest(name, () -> {
            final RlpItem expected = toItem(in);
            assertThat(expected.encode()).as("encoding").isEqualTo(out);
            assertThat(Rlp.decodeItem(out)).as("decoding").isEqualTo(expected);
          }));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(50);
    return tests.stream();
  }

  /** The JSON input as an RLP tree: strings as UTF-8, integers and "#bigint" strings as minimal big-endian. */
  private static RlpItem toItem(final JsonNode in) {
    if (in.isArray()) {
      final List<RlpItem> items = new ArrayList<>();
      in.forEach(child -> items.add(toItem(child)));
      return RlpItem.list(items);
    }
    if (in.isNumber()) {
      return RlpItem.string(minimal(in.bigIntegerValue()));
    }
    final String text = in.asText();
    if (text.startsWith("#")) {
      return RlpItem.string(minimal(new BigInteger(text.substring(1))));
    }
    return RlpItem.string(Bytes.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Bytes minimal(final BigInteger value) {
    return value.signum() == 0 ? Bytes.EMPTY : Bytes.wrap(value.toByteArray()).trimLeadingZeros();
  }
}
