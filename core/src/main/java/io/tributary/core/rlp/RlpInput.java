package io.tributary.core.rlp;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLPReader;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Strict, field-aware reading of one RLP list level over Tuweni's reader. Every read names the field it is for, so
 * errors read "nonce: non-canonical integer (leading zero bytes)". Obtain one from {@link Rlp#decode}.
 */
public final class RlpInput {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private final RLPReader reader;
  private final String path;

  RlpInput(final RLPReader reader, final String path) {
    this.reader = reader;
    this.path = path;
  }

  public boolean isEndOfList() {
    return reader.isComplete();
  }

  public boolean nextIsList() {
    return !reader.isComplete() && reader.nextIsList();
  }

  /** A byte string of any length. */
  public Bytes readBytes(final String field) {
    requireMore(field);
    if (reader.nextIsList()) {
      throw error(DecodingError.EXPECTED_STRING, field, "found a list");
    }
    return Rlp.guard(() -> reader.readValue().copy(), where(field));
  }

  /** A byte string of exactly {@code size} bytes. */
  public Bytes readFixed(final String field, final int size) {
    final Bytes value = readBytes(field);
    if (value.size() != size) {
      throw error(DecodingError.WRONG_FIELD_SIZE, field, "expected " + size + " bytes, got " + value.size());
    }
    return value;
  }

  public Hash readHash(final String field) {
    return Hash.wrap(readFixed(field, 32));
  }

  public Address readAddress(final String field) {
    return Address.wrap(readFixed(field, Address.SIZE));
  }

  /** Empty (contract creation) or a 20-byte address. */
  public Address readOptionalAddress(final String field) {
    final Bytes value = readBytes(field);
    if (value.isEmpty()) {
      return null;
    }
    if (value.size() != Address.SIZE) {
      throw error(DecodingError.WRONG_FIELD_SIZE, field, "an address is 20 bytes (or empty), got " + value.size());
    }
    return Address.wrap(value);
  }

  /** A canonical unsigned scalar of at most {@code maxBytes} bytes. */
  public BigInteger readScalar(final String field, final int maxBytes) {
    final Bytes value = readBytes(field);
    if (!value.isEmpty() && value.get(0) == 0) {
      throw error(DecodingError.NON_CANONICAL_INTEGER, field, "0x" + value.toUnprefixedHexString());
    }
    if (value.size() > maxBytes) {
      throw error(DecodingError.INTEGER_TOO_LARGE, field, value.size() + " bytes, at most " + maxBytes);
    }
    return value.isEmpty() ? BigInteger.ZERO : new BigInteger(1, value.toArrayUnsafe());
  }

  /** A canonical unsigned 64-bit integer, returned as a long holding the unsigned bits. */
  public long readUInt64(final String field) {
    return readScalar(field, 8).longValue();
  }

  /** A canonical unsigned integer that must fit a non-negative int. */
  public int readSmallInt(final String field) {
    final BigInteger value = readScalar(field, 4);
    if (value.bitLength() > 31) {
      throw error(DecodingError.INTEGER_TOO_LARGE, field, value.toString());
    }
    return value.intValue();
  }

  public UInt256 readUInt256(final String field) {
    return UInt256.valueOf(readScalar(field, 32));
  }

  public Wei readWei(final String field) {
    return Wei.of(readUInt256(field));
  }

  /** Reads a nested list; its items must all be consumed by {@code contents}. */
  public <T> T readList(final String field, final Function<RlpInput, T> contents) {
    requireMore(field);
    if (!reader.nextIsList()) {
      throw error(DecodingError.EXPECTED_LIST, field, "found a string");
    }
    final String nested = where(field);
    return Rlp.guard(() -> reader.readList(inner -> {
      final RlpInput in = new RlpInput(inner, nested);
      final T value = contents.apply(in);
      in.requireEnd();
      return value;
    }), nested);
  }

  /** Reads a nested list whose items are all of one kind. */
  public <T> List<T> readListOf(final String field, final Function<RlpInput, T> item) {
    return readList(field, in -> {
      final List<T> items = new ArrayList<>();
      int index = 0;
      while (!in.isEndOfList()) {
        final RlpInput at = new RlpInput(in.reader, in.path + "[" + index++ + "]");
        items.add(item.apply(at));
      }
      return items;
    });
  }

  /** Fails unless every item of this list was read. */
  public void requireEnd() {
    if (!reader.isComplete()) {
      throw new DecodingException(DecodingError.WRONG_FIELD_COUNT, (path.isEmpty() ? "list" : path)
          + " has more items than expected");
    }
  }

  /** Fails when nothing is left, naming the field that was expected. */
  private void requireMore(final String field) {
    if (reader.isComplete()) {
      throw error(DecodingError.WRONG_FIELD_COUNT, field, "missing (list too short)");
    }
  }

  public DecodingException error(final DecodingError kind, final String field, final String detail) {
    return new DecodingException(kind, where(field) + ": " + detail);
  }

  private String where(final String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Unsigned comparison helper for 64-bit fields held in longs. */
  public static BigInteger unsigned(final long value) {
    final BigInteger b = BigInteger.valueOf(value);
    return value >= 0 ? b : b.add(TWO_64);
  }
}
