package io.tributary.state.referencetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Reads ethereum/tests GeneralStateTests files (the filled JSON: {@code env}, {@code pre}, {@code transaction},
 * {@code post}). A field that is malformed is reported with the test and field it belongs to.
 */
public final class GeneralStateTestParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private GeneralStateTestParser() {}

  /** Every {@code .json} file under {@code fileOrDir} (itself if it is a file), in sorted path order. */
  public static List<Path> jsonFiles(final Path fileOrDir) {
    if (Files.isRegularFile(fileOrDir)) {
      return List.of(fileOrDir);
    }
    try (Stream<Path> files = Files.walk(fileOrDir)) {
      return files.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tests of one file; {@code source} names the file in case names (a path relative to the suite, say). */
  public static List<GeneralStateTest> parse(final Path file, final String source) {
    final JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(root, source);
  }

  public static List<GeneralStateTest> parse(final JsonNode root, final String source) {
    final List<GeneralStateTest> tests = new ArrayList<>();
    for (final Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> test = it.next();
      try {
        tests.add(parseTest(source, test.getKey(), test.getValue()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(source + " " + test.getKey() + ": " + e.getMessage(), e);
      }
    }
    return tests;
  }

  private static GeneralStateTest parseTest(final String source, final String name, final JsonNode test) {
    final JsonNode env = required(test, "env");
    final Wei difficulty = wei(env, "currentDifficulty").orElse(Wei.ZERO);
    final StateTestEnv parsedEnv = new StateTestEnv(
        Address.fromHexString(text(env, "currentCoinbase")),
        uint64(text(env, "currentGasLimit")),
        uint64(text(env, "currentNumber")),
        uint64(text(env, "currentTimestamp")),
        optionalText(env, "currentRandom").map(GeneralStateTestParser::bytes32)
            .orElseGet(() -> Bytes32.leftPad(Bytes.wrap(difficulty.toUInt256().toBytes()))),
        wei(env, "currentBaseFee").orElse(Wei.of(10)),
        optionalText(env, "currentExcessBlobGas").map(GeneralStateTestParser::uint64).orElse(0L));

    final Map<Address, StateTestAccount> pre = new LinkedHashMap<>();
    for (final Iterator<Map.Entry<String, JsonNode>> it = required(test, "pre").fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> account = it.next();
      final JsonNode a = account.getValue();
      final Map<UInt256, UInt256> storage = new LinkedHashMap<>();
      final JsonNode slots = a.get("storage");
      if (slots != null) {
        for (final Iterator<Map.Entry<String, JsonNode>> s = slots.fields(); s.hasNext(); ) {
          final Map.Entry<String, JsonNode> slot = s.next();
          storage.put(uint256(slot.getKey()), uint256(slot.getValue().asText()));
        }
      }
      pre.put(Address.fromHexString(account.getKey()), new StateTestAccount(wei(a, "balance").orElse(Wei.ZERO),
          optionalText(a, "nonce").map(GeneralStateTestParser::uint64).orElse(0L),
          optionalText(a, "code").map(GeneralStateTestParser::hexBytes).orElse(Bytes.EMPTY), storage));
    }

    final Map<String, List<StateTestPost>> post = new LinkedHashMap<>();
    for (final Iterator<Map.Entry<String, JsonNode>> it = required(test, "post").fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> fork = it.next();
      final List<StateTestPost> entries = new ArrayList<>();
      for (final JsonNode p : fork.getValue()) {
        final JsonNode indexes = required(p, "indexes");
        entries.add(new StateTestPost(Hash.fromHexString(text(p, "hash")), Hash.fromHexString(text(p, "logs")),
            new StateTestPost.Indexes(required(indexes, "data").asInt(), required(indexes, "gas").asInt(),
                required(indexes, "value").asInt()),
            optionalText(p, "txbytes").map(GeneralStateTestParser::hexBytes),
            optionalText(p, "expectException")));
      }
      post.put(fork.getKey(), entries);
    }
    return new GeneralStateTest(source, name, parsedEnv, pre, parseTransaction(required(test, "transaction")), post);
  }

  private static StateTestTransaction parseTransaction(final JsonNode tx) {
    final String to = optionalText(tx, "to").orElse("");
    Optional<List<Optional<List<AccessListEntry>>>> accessLists = Optional.empty();
    final JsonNode lists = tx.get("accessLists");
    if (lists != null && !lists.isNull()) {
      final List<Optional<List<AccessListEntry>>> parsed = new ArrayList<>();
      for (final JsonNode list : lists) {
        parsed.add(list.isNull() ? Optional.empty() : Optional.of(accessList(list)));
      }
      accessLists = Optional.of(parsed);
    }
    Optional<List<Hash>> blobHashes = Optional.empty();
    final JsonNode hashes = tx.get("blobVersionedHashes");
    if (hashes != null && !hashes.isNull()) {
      blobHashes = Optional.of(list(hashes, h -> Hash.fromHexString(h.asText())));
    }
    return new StateTestTransaction(
        list(required(tx, "data"), d -> hexBytes(d.asText())),
        list(required(tx, "gasLimit"), g -> uint64(g.asText())),
        list(required(tx, "value"), v -> quantity(v.asText())),
        uint64(text(tx, "nonce")),
        wei(tx, "gasPrice"), wei(tx, "maxFeePerGas"), wei(tx, "maxPriorityFeePerGas"),
        to.isEmpty() ? Optional.empty() : Optional.of(Address.fromHexString(to)),
        bytes32(text(tx, "secretKey")),
        optionalText(tx, "sender").map(Address::fromHexString),
        accessLists, blobHashes, wei(tx, "maxFeePerBlobGas"));
  }

  private static List<AccessListEntry> accessList(final JsonNode list) {
    return list(list, entry -> new AccessListEntry(Address.fromHexString(text(entry, "address")),
        list(required(entry, "storageKeys"), k -> bytes32Hash(k.asText()))));
  }

  private static <T> List<T> list(final JsonNode array, final Function<JsonNode, T> element) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("expected a list, got " + array);
    }
    final List<T> out = new ArrayList<>(array.size());
    array.forEach(e -> out.add(element.apply(e)));
    return out;
  }

  private static JsonNode required(final JsonNode node, final String field) {
    final JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field " + field);
    }
    return value;
  }

  private static String text(final JsonNode node, final String field) {
    return required(node, field).asText();
  }

  private static Optional<String> optionalText(final JsonNode node, final String field) {
    final JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static Optional<Wei> wei(final JsonNode node, final String field) {
    return optionalText(node, field).map(v -> Wei.of(uint256(v)));
  }

  /** A hex quantity ("0x", "0x00", "0x0a"; leading zeros allowed) of at most 256 bits. */
  static UInt256 uint256(final String hex) {
    final BigInteger value = quantity(hex);
    if (value.bitLength() > 256) {
      throw new IllegalArgumentException("value above 2^256 - 1: " + hex);
    }
    return UInt256.valueOf(value);
  }

  /** A hex quantity of at most 64 bits, returned as an unsigned long. */
  static long uint64(final String hex) {
    final BigInteger value = quantity(hex);
    if (value.compareTo(MAX_UINT64) > 0) {
      throw new IllegalArgumentException("value above 2^64 - 1: " + hex);
    }
    return value.longValue();
  }

  /**
   * A non-negative hex quantity of any size. Fillers write values that do not fit the field as
   * {@code "0x:bigint 0x..."}; those are read too, so the case can expect the transaction to be refused.
   */
  static BigInteger quantity(final String hex) {
    final String bigint = "0x:bigint ";
    final String digits = strip(hex.startsWith(bigint) ? hex.substring(bigint.length()) : hex);
    return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
  }

  static Bytes hexBytes(final String hex) {
    return Bytes.fromHexString(hex.startsWith("0x") || hex.startsWith("0X") ? hex : "0x" + hex);
  }

  /** 32 bytes, left-padded when the fixture writes fewer digits. */
  private static Bytes32 bytes32(final String hex) {
    return Bytes32.leftPad(Bytes.fromHexStringLenient(strip(hex)));
  }

  private static Hash bytes32Hash(final String hex) {
    return Hash.wrap(bytes32(hex));
  }

  private static String strip(final String hex) {
    if (!hex.startsWith("0x") && !hex.startsWith("0X")) {
      throw new IllegalArgumentException("expected 0x-prefixed hex, got " + hex);
    }
    return hex.substring(2);
  }
}
