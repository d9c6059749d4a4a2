package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcParameters;
import io.tributary.state.ai.Claim;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the ai_ methods' parameters. Ids, limits and hits are uint64s (uint32 for hits), written as a hex QUANTITY
 * ("0x1f") or a plain JSON integer; word hashes are uint64s in hex, leading zeros allowed (they are hashes). Every
 * error names where it was found ("invalid model at params[0].model: ...").
 */
final class AiArguments {
  /** The page size of ai_listDatasets and ai_listModels when none is asked. */
  static final int DEFAULT_LIMIT = 100;
  /** The largest page: bounds the state reads of one request. */
  static final int MAX_LIMIT = 1000;

  /** The first id and the size of a page of datasets or models. */
  record Page(long fromId, int limit) {}

  private AiArguments() {}

  /** An unsigned 64-bit number: a hex QUANTITY or a non-negative JSON integer. */
  static long uint64(final JsonNode node, final String where) {
    final BigInteger value;
    if (node.isTextual()) {
      value = JsonRpcParameters.parseQuantity(node.textValue(), where);
    } else if (node.isIntegralNumber()) {
      value = node.bigIntegerValue();
    } else {
      throw new InvalidJsonRpcParameters("invalid " + where + ": expected a hex quantity or an integer");
    }
    if (value.signum() < 0 || value.bitLength() > 64) {
      throw new InvalidJsonRpcParameters("invalid " + where + ": " + value + " is not a uint64");
    }
    return value.longValue();
  }

  /** {@code {fromId?, limit?}} at {@code where}, absent meaning from the first, {@link #DEFAULT_LIMIT} of them. */
  static Page page(final Optional<JsonNode> node, final String where) {
    if (node.isEmpty()) {
      return new Page(1, DEFAULT_LIMIT);
    }
    final JsonNode options = object(node.get(), where, Set.of("fromId", "limit"));
    final long fromId = field(options, "fromId").map(n -> uint64(n, "fromId at " + where)).orElse(1L);
    final long limit = field(options, "limit").map(n -> uint64(n, "limit at " + where)).orElse((long) DEFAULT_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidJsonRpcParameters("invalid limit at " + where + ": " + Long.toUnsignedString(limit)
          + " is outside 1.." + MAX_LIMIT);
    }
    // Ids above 2^63 - 1 are negative as longs, which AiReader's paging would read as "from the first".
    return new Page(fromId < 0 ? Long.MAX_VALUE : fromId, (int) limit);
  }

  /** A JSON object whose fields are all among {@code known}, so that a misspelt option is an error. */
  static JsonNode object(final JsonNode node, final String where, final Set<String> known) {
    if (!node.isObject()) {
      throw new InvalidJsonRpcParameters("invalid " + where + ": expected an object with " + String.join(", ",
          known.stream().sorted().toList()));
    }
    for (final Iterator<String> names = node.fieldNames(); names.hasNext();) {
      final String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidJsonRpcParameters("unknown field \"" + name + "\" in " + where + ": expected "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return node;
  }

  /** A field that is present and not null. */
  static Optional<JsonNode> field(final JsonNode object, final String name) {
    final JsonNode value = object.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** An array of word hashes, each 0x and 1 to 16 hex digits. */
  static long[] words(final JsonNode node, final String where) {
    if (!node.isArray()) {
      throw new InvalidJsonRpcParameters("invalid " + where + ": expected an array of hex uint64 word hashes");
    }
    final long[] words = new long[node.size()];
    for (int i = 0; i < words.length; i++) {
      final JsonNode word = node.get(i);
      if (!word.isTextual() || !word.textValue().matches("0x[0-9a-fA-F]{1,16}")) {
        throw new InvalidJsonRpcParameters("invalid " + where + "[" + i + "]: expected a uint64 in hex (0x and 1 to 16"
            + " hex digits), got " + word);
      }
      words[i] = Long.parseUnsignedLong(word.textValue().substring(2), 16);
    }
    return words;
  }

  /** An array of {@code {datasetId, hits}}, kept in the order given. */
  static List<Claim> claims(final JsonNode node, final String where) {
    if (!node.isArray()) {
      throw new InvalidJsonRpcParameters("invalid " + where + ": expected an array of {datasetId, hits}");
    }
    final List<Claim> claims = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      final String at = where + "[" + i + "]";
      final JsonNode claim = object(node.get(i), at, Set.of("datasetId", "hits"));
      final long datasetId = uint64(field(claim, "datasetId").orElseThrow(
          () -> new InvalidJsonRpcParameters("missing datasetId at " + at)), "datasetId at " + at);
      final long hits = uint64(field(claim, "hits").orElseThrow(
          () -> new InvalidJsonRpcParameters("missing hits at " + at)), "hits at " + at);
      if (hits > 0xFFFF_FFFFL || hits < 0) {
        throw new InvalidJsonRpcParameters("invalid hits at " + at + ": " + Long.toUnsignedString(hits)
            + " is not a uint32");
      }
      claims.add(new Claim(datasetId, (int) hits));
    }
    return claims;
  }
}
