package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The values a genesis file holds, each read from a JSON node with any problem reported at its path: quantities (a JSON
 * integer, a decimal string or a 0x-hex string, as geth reads them), addresses, 32-byte words and hashes, byte strings.
 * Hex may be written with or without {@code 0x}, in either case.
 */
final class JsonValues {
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]*");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

  private JsonValues() {}

  /** A non-negative integer of any size. */
  static Optional<BigInteger> quantity(final JsonNode node, final String path, final GenesisProblems problems) {
    final BigInteger value;
    if (node.isIntegralNumber()) {
      value = node.bigIntegerValue();
    } else if (node.isNumber()) {
      problems.report(path, "not an integer: " + node.asText());
      return Optional.empty();
    } else if (node.isTextual()) {
      final String text = node.asText();
      if (hasHexPrefix(text) && text.length() > 2 && HEX.matcher(text.substring(2)).matches()) {
        value = new BigInteger(text.substring(2), 16);
      } else if (DECIMAL.matcher(text).matches()) {
        value = new BigInteger(text, 10);
      } else {
        problems.report(path, "not a number: \"" + text + "\" (write a JSON integer, a decimal string or 0x-hex)");
        return Optional.empty();
      }
    } else {
      problems.report(path, "must be a number, got " + node);
      return Optional.empty();
    }
    if (value.signum() < 0) {
      problems.report(path, "must not be negative, got " + value);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A quantity within {@code min..max}. */
  static Optional<Long> quantity(final JsonNode node, final String path, final long min, final long max,
      final String why, final GenesisProblems problems) {
    final Optional<BigInteger> value = quantity(node, path, problems);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get().compareTo(BigInteger.valueOf(min)) < 0 || value.get().compareTo(BigInteger.valueOf(max)) > 0) {
      problems.report(path, "is " + value.get() + ", outside " + min + ".." + max + why);
      return Optional.empty();
    }
    return Optional.of(value.get().longValueExact());
  }

  /** A quantity that fits 256 bits (a balance, a fee). */
  static Optional<UInt256> uint256(final JsonNode node, final String path, final GenesisProblems problems) {
    final Optional<BigInteger> value = quantity(node, path, problems);
    if (value.isPresent() && value.get().bitLength() > 256) {
      problems.report(path, "does not fit 256 bits: " + value.get());
      return Optional.empty();
    }
    return value.map(UInt256::valueOf);
  }

  /** A 20-byte address, as a JSON string. */
  static Optional<Address> address(final JsonNode node, final String path, final GenesisProblems problems) {
    return text(node, path, "a hex address", problems).flatMap(text -> address(text, path, problems));
  }

  /** A 20-byte address: 40 hex digits (an alloc key). */
  static Optional<Address> address(final String text, final String path, final GenesisProblems problems) {
    final String hex = unprefixed(text);
    if (hex.length() != 40 || !HEX.matcher(hex).matches()) {
      problems.report(path, "not a 20-byte hex address: \"" + text + "\"");
      return Optional.empty();
    }
    return Optional.of(Address.fromHexString("0x" + hex));
  }

  /** A 32-byte word of 1 to 64 hex digits (a storage slot or value), as a JSON string. */
  static Optional<UInt256> word(final JsonNode node, final String path, final GenesisProblems problems) {
    return text(node, path, "a hex word", problems).flatMap(text -> word(text, path, problems));
  }

  /** A 32-byte word of 1 to 64 hex digits (a storage slot or value). */
  static Optional<UInt256> word(final String text, final String path, final GenesisProblems problems) {
    final String hex = unprefixed(text);
    if (hex.isEmpty() || hex.length() > 64 || !HEX.matcher(hex).matches()) {
      problems.report(path, "not a hex word of at most 32 bytes: \"" + text + "\"");
      return Optional.empty();
    }
    return Optional.of(UInt256.fromHexString("0x" + hex));
  }

  /** Exactly 32 bytes: 64 hex digits (a hash). */
  static Optional<Bytes32> hash(final JsonNode node, final String path, final GenesisProblems problems) {
    return text(node, path, "a 32-byte hex hash", problems).flatMap(text -> {
      final String hex = unprefixed(text);
      if (hex.length() != 64 || !HEX.matcher(hex).matches()) {
        problems.report(path, "not a 32-byte hex hash (64 hex digits): \"" + text + "\"");
        return Optional.empty();
      }
      return Optional.of(Bytes32.fromHexString("0x" + hex));
    });
  }

  /** Any number of bytes: an even number of hex digits (code, extra data). */
  static Optional<Bytes> bytes(final JsonNode node, final String path, final GenesisProblems problems) {
    return text(node, path, "hex bytes", problems).flatMap(text -> {
      final String hex = unprefixed(text);
      if (!HEX.matcher(hex).matches()) {
        problems.report(path, "not hex: \"" + abbreviated(text) + "\"");
        return Optional.empty();
      }
      if (hex.length() % 2 != 0) {
        problems.report(path, "an odd number of hex digits (" + hex.length() + "): bytes take two each");
        return Optional.empty();
      }
      return Optional.of(Bytes.fromHexString("0x" + hex));
    });
  }

  static Optional<Boolean> bool(final JsonNode node, final String path, final GenesisProblems problems) {
    if (!node.isBoolean()) {
      problems.report(path, "must be true or false, got " + abbreviated(node.toString()));
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  static Optional<String> text(final JsonNode node, final String path, final String what,
      final GenesisProblems problems) {
    if (!node.isTextual()) {
      problems.report(path, "must be a string holding " + what + ", got " + abbreviated(node.toString()));
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  /** The node as an object, or a problem saying what it should hold. */
  static boolean isObject(final JsonNode node, final String path, final String holding,
      final GenesisProblems problems) {
    if (!node.isObject()) {
      problems.report(path, "must be an object of " + holding + ", got " + abbreviated(node.toString()));
      return false;
    }
    return true;
  }

  /** A present, non-null field. */
  static boolean present(final JsonNode node) {
    return node != null && !node.isNull();
  }

  /** {@code object.field} when present and not null (geth reads a null as absent). */
  static Optional<JsonNode> optional(final JsonNode object, final String field) {
    final JsonNode node = object.get(field);
    return present(node) ? Optional.of(node) : Optional.empty();
  }

  private static boolean hasHexPrefix(final String text) {
    return text.startsWith("0x") || text.startsWith("0X");
  }

  private static String unprefixed(final String text) {
    return hasHexPrefix(text) ? text.substring(2) : text;
  }

  private static String abbreviated(final String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
