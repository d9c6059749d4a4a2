package io.tributary.core.abi;

import io.tributary.core.block.Log;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A contract event: topic 0 is keccak-256 of {@code name(types)}; indexed parameters of static types become the
 * next topics (their 32-byte encoding), the others are ABI-encoded together as the log's data.
 */
public record AbiEvent(String name, List<AbiType> types, List<Boolean> indexed) {
  public AbiEvent {
    types = List.copyOf(types);
    indexed = List.copyOf(indexed);
    if (types.size() != indexed.size()) {
      throw new IllegalArgumentException("one indexed flag per parameter");
    }
    if (indexed.stream().filter(b -> b).count() > 3) {
      throw new IllegalArgumentException("at most three indexed parameters");
    }
  }

  /** {@code parse("RoyaltyPaid(uint64 indexed,uint64 indexed,address indexed,uint32,uint256)")}. */
  public static AbiEvent parse(final String declaration) {
    final int open = declaration.indexOf('(');
    final String name = declaration.substring(0, open);
    final String body = declaration.substring(open + 1, declaration.length() - 1);
    final List<AbiType> types = new ArrayList<>();
    final List<Boolean> indexed = new ArrayList<>();
    for (final String part : body.isBlank() ? new String[0] : body.split(",")) {
      final String p = part.strip();
      final boolean isIndexed = p.endsWith(" indexed");
      final AbiType type = AbiType.parse(isIndexed ? p.substring(0, p.length() - " indexed".length()) : p);
      if (isIndexed && type.isDynamic()) {
        throw new IllegalArgumentException("indexed dynamic parameters are not supported: " + p);
      }
      types.add(type);
      indexed.add(isIndexed);
    }
    return new AbiEvent(name, types, indexed);
  }

  public String signature() {
    return name + new AbiType.Tuple(types).canonical();
  }

  public Hash topic() {
    return Hash.wrap(Bytes.wrap(Keccak256.digest(signature().getBytes(StandardCharsets.UTF_8))));
  }

  /** The log {@code emitter} writes for these values, in declaration order. */
  public Log log(final Address emitter, final Object... values) {
    if (values.length != types.size()) {
      throw new IllegalArgumentException(name + " has " + types.size() + " parameters, got " + values.length);
    }
    final List<Hash> topics = new ArrayList<>();
    topics.add(topic());
    final List<AbiType> dataTypes = new ArrayList<>();
    final List<Object> dataValues = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (indexed.get(i)) {
        topics.add(Hash.wrap(Bytes32.wrap(AbiCodec.encode(List.of(types.get(i)), List.of(values[i])))));
      } else {
        dataTypes.add(types.get(i));
        dataValues.add(values[i]);
      }
    }
    return new Log(emitter, topics, AbiCodec.encode(dataTypes, dataValues));
  }
}
