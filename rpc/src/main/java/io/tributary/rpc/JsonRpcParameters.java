package io.tributary.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Typed access to positional parameters. Every accessor names the parameter in its error, so a client learns exactly
 * what was wrong ("invalid address at params[0]: ...").
 */
public final class JsonRpcParameters {
  private final JsonNode params;

  JsonRpcParameters(final JsonNode params) {
    this.params = params;
  }

  public int size() {
    return params == null || !params.isArray() ? 0 : params.size();
  }

  /** The raw node at {@code index}, if present and not null. */
  public Optional<JsonNode> optional(final int index) {
    if (params == null || !params.isArray() || index >= params.size() || params.get(index).isNull()) {
      return Optional.empty();
    }
    return Optional.of(params.get(index));
  }

  public JsonNode required(final int index, final String name) {
    return optional(index).orElseThrow(() -> new InvalidJsonRpcParameters("missing " + name + " at params[" + index + "]"));
  }

  public String string(final int index, final String name) {
    final JsonNode node = required(index, name);
    if (!node.isTextual()) {
      throw new InvalidJsonRpcParameters(name + " at params[" + index + "] must be a string");
    }
    return node.textValue();
  }

  /** 0x-prefixed hex data of any even length. */
  public Bytes data(final int index, final String name) {
    return parseData(string(index, name), name, index);
  }

  public Address address(final int index, final String name) {
    final Bytes bytes = data(index, name);
    if (bytes.size() != Address.SIZE) {
      throw new InvalidJsonRpcParameters("invalid " + name + " at params[" + index + "]: an address is 20 bytes");
    }
    return Address.wrap(bytes);
  }

  public Hash hash(final int index, final String name) {
    final Bytes bytes = data(index, name);
    if (bytes.size() != 32) {
      throw new InvalidJsonRpcParameters("invalid " + name + " at params[" + index + "]: a hash is 32 bytes");
    }
    return Hash.wrap(bytes);
  }

  /** An Ethereum QUANTITY: 0x-prefixed hex without leading zeros ("0x0" for zero), at most 256 bits. */
  public BigInteger quantity(final int index, final String name) {
    return parseQuantity(string(index, name), name + " at params[" + index + "]");
  }

  public boolean bool(final int index, final String name) {
    final JsonNode node = required(index, name);
    if (!node.isBoolean()) {
      throw new InvalidJsonRpcParameters(name + " at params[" + index + "] must be true or false");
    }
    return node.booleanValue();
  }

  static Bytes parseData(final String text, final String name, final int index) {
    if (!text.startsWith("0x") || (text.length() % 2) != 0) {
      throw new InvalidJsonRpcParameters("invalid " + name + " at params[" + index + "]: expected 0x-prefixed hex of whole bytes");
    }
    try {
      return Bytes.fromHexString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidJsonRpcParameters("invalid " + name + " at params[" + index + "]: " + e.getMessage());
    }
  }

  /** Parses a QUANTITY; {@code where} names the parameter in the error. */
  public static BigInteger parseQuantity(final String text, final String where) {
    if (!text.startsWith("0x") || text.length() == 2) {
      throw new InvalidJsonRpcParameters("invalid " + where + ": expected a 0x-prefixed hex quantity");
    }
    if (text.length() > 3 && text.charAt(2) == '0') {
      throw new InvalidJsonRpcParameters("invalid " + where + ": hex quantity has leading zeros");
    }
    if (text.length() > 66) {
      throw new InvalidJsonRpcParameters("invalid " + where + ": quantity exceeds 256 bits");
    }
    for (int i = 2; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        throw new InvalidJsonRpcParameters("invalid " + where + ": '" + text.charAt(i) + "' is not a hex digit");
      }
    }
    return new BigInteger(text.substring(2), 16);
  }
}
