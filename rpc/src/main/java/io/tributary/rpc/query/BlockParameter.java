package io.tributary.rpc.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Hash;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcParameters;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A block as a JSON-RPC parameter names it: a tag ("latest", "earliest", "pending", "safe", "finalized"), a hex number,
 * or, per EIP-1898, {@code {"blockHash": h, "requireCanonical": b}} or {@code {"blockNumber": n}} (a bare 32-byte hash
 * string is read as a hash, as geth does).
 */
public sealed interface BlockParameter {
  BlockParameter LATEST = new Tagged(Tag.LATEST);

  /** The named blocks. On a BFT chain committed blocks are final, so "safe" and "finalized" are the head. */
  enum Tag {
    EARLIEST,
    LATEST,
    PENDING,
    SAFE,
    FINALIZED
  }

  record Tagged(Tag tag) implements BlockParameter {}

  record AtNumber(long number) implements BlockParameter {}

  record AtHash(Hash hash, boolean requireCanonical) implements BlockParameter {}

  /** An absent parameter means "latest"; {@code where} names the parameter in errors ("params[1]"). */
  static BlockParameter parse(final Optional<JsonNode> node, final String where) {
    return node.map(n -> parse(n, where)).orElse(LATEST);
  }

  static BlockParameter parse(final JsonNode node, final String where) {
    if (node.isTextual()) {
      return parseText(node.textValue(), where);
    }
    if (node.isObject()) {
      final JsonNode hash = node.get("blockHash");
      final JsonNode number = node.get("blockNumber");
      if (hash != null && number != null) {
        throw new InvalidJsonRpcParameters("invalid block parameter at " + where
            + ": cannot specify both blockHash and blockNumber, choose one or the other");
      }
      if (hash != null) {
        final JsonNode canonical = node.get("requireCanonical");
        if (canonical != null && !canonical.isBoolean() && !canonical.isNull()) {
          throw new InvalidJsonRpcParameters("invalid block parameter at " + where + ": requireCanonical must be a boolean");
        }
        return new AtHash(hash(hash, where), canonical != null && canonical.asBoolean(false));
      }
      if (number != null && number.isTextual()) {
        return parseText(number.textValue(), where);
      }
    }
    throw new InvalidJsonRpcParameters("invalid block parameter at " + where
        + ": expected a tag, a hex block number, or {\"blockHash\"} / {\"blockNumber\"}");
  }

  private static BlockParameter parseText(final String text, final String where) {
    switch (text) {
      case "earliest":
        return new Tagged(Tag.EARLIEST);
      case "latest":
        return LATEST;
      case "pending":
        return new Tagged(Tag.PENDING);
      case "safe":
        return new Tagged(Tag.SAFE);
      case "finalized":
        return new Tagged(Tag.FINALIZED);
      default:
        break;
    }
    if (text.length() == 66) {
      return new AtHash(hashText(text, where), false);
    }
    final BigInteger number = JsonRpcParameters.parseQuantity(text, "block number at " + where);
    if (number.bitLength() > 63) {
      throw new InvalidJsonRpcParameters("invalid block number at " + where + ": " + text + " is too large");
    }
    return new AtNumber(number.longValueExact());
  }

  private static Hash hash(final JsonNode node, final String where) {
    if (!node.isTextual()) {
      throw new InvalidJsonRpcParameters("invalid blockHash at " + where + ": expected a hex string");
    }
    return hashText(node.textValue(), where);
  }

  private static Hash hashText(final String text, final String where) {
    if (!text.matches("0x[0-9a-fA-F]{64}")) {
      throw new InvalidJsonRpcParameters("invalid blockHash at " + where + ": " + text + " is not a 32-byte hex hash");
    }
    return Hash.fromHexString(text);
  }
}
