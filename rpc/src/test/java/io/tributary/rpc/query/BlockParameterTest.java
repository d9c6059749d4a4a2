package io.tributary.rpc.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.types.Hash;
import io.tributary.rpc.InvalidJsonRpcParameters;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockParameterTest {
  private static final String HASH = "0x" + "ab".repeat(32);
  private final ObjectMapper mapper = new ObjectMapper();

  private BlockParameter parse(final String json) throws Exception {
    return BlockParameter.parse(mapper.readTree(json), "params[1]");
  }

  @Test
  void readsEveryTag() throws Exception {
    assertThat(parse("\"latest\"")).isEqualTo(BlockParameter.LATEST);
    assertThat(parse("\"earliest\"")).isEqualTo(new BlockParameter.Tagged(BlockParameter.Tag.EARLIEST));
    assertThat(parse("\"pending\"")).isEqualTo(new BlockParameter.Tagged(BlockParameter.Tag.PENDING));
    assertThat(parse("\"safe\"")).isEqualTo(new BlockParameter.Tagged(BlockParameter.Tag.SAFE));
    assertThat(parse("\"finalized\"")).isEqualTo(new BlockParameter.Tagged(BlockParameter.Tag.FINALIZED));
  }

  @Test
  void anAbsentParameterIsLatest() {
    assertThat(BlockParameter.parse(Optional.<JsonNode>empty(), "params[1]")).isEqualTo(BlockParameter.LATEST);
  }

  @Test
  void readsHexNumbers() throws Exception {
    assertThat(parse("\"0x0\"")).isEqualTo(new BlockParameter.AtNumber(0));
    assertThat(parse("\"0x1b4\"")).isEqualTo(new BlockParameter.AtNumber(436));
  }

  @Test
  void readsEip1898ObjectsAndBareHashes() throws Exception {
    assertThat(parse("{\"blockHash\": \"" + HASH + "\"}"))
        .isEqualTo(new BlockParameter.AtHash(Hash.fromHexString(HASH), false));
    assertThat(parse("{\"blockHash\": \"" + HASH + "\", \"requireCanonical\": true}"))
        .isEqualTo(new BlockParameter.AtHash(Hash.fromHexString(HASH), true));
    assertThat(parse("{\"blockNumber\": \"0x10\"}")).isEqualTo(new BlockParameter.AtNumber(16));
    assertThat(parse("\"" + HASH + "\"")).isEqualTo(new BlockParameter.AtHash(Hash.fromHexString(HASH), false));
  }

  @Test
  void refusesMalformedParametersNamingWhere() {
    assertThatThrownBy(() -> parse("\"0x\"")).isInstanceOf(InvalidJsonRpcParameters.class)
        .hasMessageContaining("params[1]");
    assertThatThrownBy(() -> parse("\"0x007\"")).hasMessageContaining("leading zeros");
    assertThatThrownBy(() -> parse("\"Latest\"")).isInstanceOf(InvalidJsonRpcParameters.class);
    assertThatThrownBy(() -> parse("\"0x8000000000000000\"")).hasMessageContaining("too large");
    assertThatThrownBy(() -> parse("12")).hasMessageContaining("expected a tag");
    assertThatThrownBy(() -> parse("{}")).hasMessageContaining("expected a tag");
    assertThatThrownBy(() -> parse("{\"blockHash\": \"0x12\"}")).hasMessageContaining("32-byte");
    assertThatThrownBy(() -> parse("{\"blockHash\": \"" + HASH + "\", \"requireCanonical\": \"yes\"}"))
        .hasMessageContaining("requireCanonical");
    assertThatThrownBy(() -> parse("{\"blockHash\": \"" + HASH + "\", \"blockNumber\": \"0x1\"}"))
        .hasMessageContaining("cannot specify both");
  }
}
