package io.tributary.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for JSON-RPC, with parsing limits against hostile input. */
public final class JsonRpcObjectMapper {
  /** Deeper nesting than any legitimate request needs; stops stack-exhausting "[[[[...". */
  public static final int MAX_NESTING_DEPTH = 64;

  private JsonRpcObjectMapper() {}

  public static ObjectMapper create() {
    final JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(100)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .build();
  }
}
