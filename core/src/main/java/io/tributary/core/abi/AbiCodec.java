package io.tributary.core.abi;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.bytes.MutableBytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The Solidity contract ABI encoding (head/tail, 32-byte words) for {@link AbiType}s. Values are Java objects: {@link
 * UInt256} for uintN, {@link Address}, {@link Boolean}, {@link Bytes} for bytesN and bytes, {@link String}, and {@link
 * List} for arrays and tuples.
 *
 * <p>Decoding is strict, as Solidity's own calldata checks are: a uintN with bits above N, an address or bool with
 * dirty padding, an offset or length outside the input, or invalid UTF-8 is rejected with a {@link DecodingException}
 * that says which value and why. Offsets may alias (the ABI allows it) but the words decoding reads, bytes and strings
 * included, are bounded by the words of the input, so crafted input cannot make decoding expensive.
 */
public final class AbiCodec {
  private static final int WORD = 32;

  private AbiCodec() {}

  // ---------------------------------------------------------------- encoding

  public static Bytes encode(final List<AbiType> types, final List<?> values) {
    if (types.size() != values.size()) {
      throw new IllegalArgumentException(types.size() + " types but " + values.size() + " values");
    }
    final List<Bytes> heads = new ArrayList<>();
    final List<Bytes> tails = new ArrayList<>();
    int headSize = 0;
    for (final AbiType type : types) {
      headSize += type.headSize();
    }
    int tailOffset = headSize;
    for (int i = 0; i < types.size(); i++) {
      final AbiType type = types.get(i);
      final Bytes encoded = encodeValue(type, values.get(i));
      if (type.isDynamic()) {
        heads.add(UInt256.valueOf(tailOffset));
        tails.add(encoded);
        tailOffset += encoded.size();
      } else {
        heads.add(encoded);
      }
    }
    final List<Bytes> all = new ArrayList<>(heads);
    all.addAll(tails);
    return Bytes.concatenate(all.toArray(Bytes[]::new));
  }

  private static Bytes encodeValue(final AbiType type, final Object value) {
    if (type instanceof AbiType.UInt u) {
      final UInt256 v = (UInt256) value;
      if (u.bits() < 256 && v.bitLength() > u.bits()) {
        throw new IllegalArgumentException(v.toDecimalString() + " does not fit " + u.canonical());
      }
      return v;
    }
    if (type instanceof AbiType.AddressType) {
      return Bytes32.leftPad((Address) value);
    }
    if (type instanceof AbiType.Bool) {
      return ((Boolean) value) ? UInt256.ONE : UInt256.ZERO;
    }
    if (type instanceof AbiType.FixedBytes f) {
      final Bytes v = (Bytes) value;
      if (v.size() != f.size()) {
        throw new IllegalArgumentException(f.canonical() + " needs " + f.size() + " bytes, got " + v.size());
      }
      return Bytes32.rightPad(v);
    }
    if (type instanceof AbiType.DynamicBytes) {
      return lengthPrefixed((Bytes) value);
    }
    if (type instanceof AbiType.Utf8String) {
      return lengthPrefixed(Bytes.wrap(((String) value).getBytes(StandardCharsets.UTF_8)));
    }
    if (type instanceof AbiType.Array a) {
      final List<?> elements = (List<?>) value;
      final List<AbiType> types = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        types.add(a.element());
      }
      return Bytes.concatenate(UInt256.valueOf(elements.size()), encode(types, elements));
    }
    return encode(((AbiType.Tuple) type).components(), (List<?>) value);
  }

  private static Bytes lengthPrefixed(final Bytes value) {
    final int padded = (value.size() + WORD - 1) / WORD * WORD;
    final MutableBytes body = MutableBytes.create(padded);
    value.copyTo(body, 0);
    return Bytes.concatenate(UInt256.valueOf(value.size()), body);
  }

  // ---------------------------------------------------------------- decoding

  /** Decodes a tuple of {@code types} that fills {@code data} (trailing bytes are allowed, as Solidity allows). */
  public static List<Object> decode(final List<AbiType> types, final Bytes data) {
    final Reader reader = new Reader(data);
    return reader.tuple(types, 0, "");
  }

  private static final class Reader {
    private final Bytes data;
    private long budget;

    Reader(final Bytes data) {
      this.data = data;
      // Decoding canonical input reads each of its words once: heads, offsets, lengths, bytes and string contents.
      // Aliased offsets may make it read a word twice, but not read more words than the input holds (plus a little
      // slack), or a few kilobytes of call data could decode into gigabytes.
      this.budget = data.size() / WORD + 16;
    }

    /** Accounts for reading {@code words} more words. */
    private void read(final long words, final String where) {
      budget -= words;
      if (budget < 0) {
        throw error(DecodingError.INVALID_VALUE, where, "reads more words than the input holds (aliased offsets)");
      }
    }

    List<Object> tuple(final List<AbiType> types, final int base, final String path) {
      final List<Object> values = new ArrayList<>(types.size());
      int head = base;
      for (int i = 0; i < types.size(); i++) {
        final AbiType type = types.get(i);
        final String where = path + "[" + i + "]";
        if (type.isDynamic()) {
          read(1, where);
          final int offset = offset(head, where);
          values.add(value(type, base + offset, where));
        } else {
          values.add(value(type, head, where));
        }
        head += type.headSize();
      }
      return values;
    }

    private Object value(final AbiType type, final int at, final String where) {
      if (!type.isDynamic() && !(type instanceof AbiType.Tuple)) {
        read(1, where); // an elementary value; a static tuple is its components, the others read their own words
      }
      if (type instanceof AbiType.UInt u) {
        final UInt256 v = UInt256.fromBytes(word(at, where));
        if (u.bits() < 256 && v.bitLength() > u.bits()) {
          throw error(DecodingError.INTEGER_TOO_LARGE, where, v.toHexString() + " does not fit " + u.canonical());
        }
        return v;
      }
      if (type instanceof AbiType.AddressType) {
        final Bytes32 w = word(at, where);
        if (w.numberOfLeadingZeroBytes() < 12) {
          throw error(DecodingError.INVALID_VALUE, where, "address with non-zero padding " + w.toHexString());
        }
        return Address.wrap(w.slice(12).copy());
      }
      if (type instanceof AbiType.Bool) {
        final UInt256 v = UInt256.fromBytes(word(at, where));
        if (v.compareTo(UInt256.ONE) > 0) {
          throw error(DecodingError.INVALID_VALUE, where, "bool must be 0 or 1, got " + v.toHexString());
        }
        return v.equals(UInt256.ONE);
      }
      if (type instanceof AbiType.FixedBytes f) {
        final Bytes32 w = word(at, where);
        if (!w.slice(f.size()).isZero()) {
          throw error(DecodingError.INVALID_VALUE, where, f.canonical() + " with non-zero padding");
        }
        return w.slice(0, f.size()).copy();
      }
      if (type instanceof AbiType.DynamicBytes) {
        return bytes(at, where);
      }
      if (type instanceof AbiType.Utf8String) {
        return utf8(bytes(at, where), where);
      }
      if (type instanceof AbiType.Array a) {
        read(1, where);
        if (a.element().headSize() == 0) {
          // Only a tuple of empty tuples takes no room: Solidity has no such type, and any number would fit.
          throw error(DecodingError.UNSUPPORTED_TYPE, where, a.canonical() + " has elements of no size");
        }
        final int length = length(at, where);
        final int elementsStart = at + WORD;
        final long minimum = (long) length * a.element().headSize();
        if (minimum > data.size() - elementsStart) {
          throw error(DecodingError.TRUNCATED, where, "array of " + length + " elements needs at least "
              + minimum + " bytes, " + (data.size() - elementsStart) + " remain");
        }
        final List<AbiType> types = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
          types.add(a.element());
        }
        return tuple(types, elementsStart, where);
      }
      return tuple(((AbiType.Tuple) type).components(), at, where);
    }

    private Bytes32 word(final int at, final String where) {
      if (at < 0 || (long) at + WORD > data.size()) {
        throw error(DecodingError.TRUNCATED, where, "needs 32 bytes at offset " + at + ", input has " + data.size());
      }
      return Bytes32.wrap(data.slice(at, WORD));
    }

    private int offset(final int at, final String where) {
      final UInt256 v = UInt256.fromBytes(word(at, where));
      if (!v.fitsInt() || v.intValue() > data.size()) {
        throw error(DecodingError.INVALID_VALUE, where, "offset " + v.toHexString() + " points past the input");
      }
      return v.intValue();
    }

    private int length(final int at, final String where) {
      final UInt256 v = UInt256.fromBytes(word(at, where));
      if (!v.fitsInt() || v.intValue() > data.size()) {
        throw error(DecodingError.TRUNCATED, where, "length " + v.toHexString() + " exceeds the input");
      }
      return v.intValue();
    }

    private Bytes bytes(final int at, final String where) {
      read(1, where);
      final int length = length(at, where);
      final int start = at + WORD;
      if ((long) start + length > data.size()) {
        throw error(DecodingError.TRUNCATED, where, length + " bytes declared, " + (data.size() - start)
            + " remain");
      }
      read((length + WORD - 1L) / WORD, where);
      return data.slice(start, length).copy();
    }

    private static String utf8(final Bytes bytes, final String where) {
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes.toArrayUnsafe()))
            .toString();
      } catch (final CharacterCodingException e) {
        throw error(DecodingError.INVALID_VALUE, where, "string is not valid UTF-8");
      }
    }

    private static DecodingException error(final DecodingError kind, final String where, final String message) {
      return new DecodingException(kind, "ABI value " + (where.isEmpty() ? "" : where + " ") + message);
    }
  }
}
