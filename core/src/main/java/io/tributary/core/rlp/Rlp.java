package io.tributary.core.rlp;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.EndOfRLPException;
import org.apache.tuweni.rlp.InvalidRLPEncodingException;
import org.apache.tuweni.rlp.InvalidRLPTypeException;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPException;
import org.apache.tuweni.rlp.RLPReader;

/**
 * Strict RLP decoding: canonical lengths, no leading zeros in scalars, no trailing bytes, every error a
 * {@link DecodingException}. Encoding uses Tuweni's {@code RLP.encode*} directly, which is canonical.
 */
public final class Rlp {
  /**
   * The deepest nesting of lists {@link #decodeItem} reads: far above any structure of the protocol, far below the
   * few thousand levels (some 15 KB of input) that overflow a thread's stack.
   */
  public static final int MAX_DEPTH = 256;

  private Rlp() {}

  /**
   * Decodes exactly one item that must be a list, reading its fields with {@code contents}; the list must be fully
   * consumed and nothing may follow it. {@code what} names the structure in errors ("transaction", "header").
   */
  public static <T> T decodeList(final Bytes input, final String what, final Function<RlpInput, T> contents) {
    if (input.isEmpty()) {
      throw new DecodingException(DecodingError.EMPTY_INPUT, what);
    }
    return guard(() -> {
      final T value = RLP.decode(FlatBytes.of(input), false, reader -> {
        if (!reader.nextIsList()) {
          throw new DecodingException(DecodingError.EXPECTED_LIST, what + ": top-level item is a string");
        }
        final T decoded = reader.readList(inner -> {
          final RlpInput in = new RlpInput(inner, what);
          final T v = contents.apply(in);
          in.requireEnd();
          return v;
        });
        if (!reader.isComplete()) {
          throw new DecodingException(DecodingError.TRAILING_BYTES, what + ": " + reader.remaining()
              + " bytes after the list");
        }
        return decoded;
      });
      return value;
    }, what);
  }

  /** Decodes any single item into a generic tree, rejecting trailing bytes. */
  public static RlpItem decodeItem(final Bytes input) {
    if (input.isEmpty()) {
      throw new DecodingException(DecodingError.EMPTY_INPUT, "RLP item");
    }
    return guard(() -> RLP.decode(FlatBytes.of(input), false, reader -> {
      final RlpItem item = readItem(reader, 0);
      if (!reader.isComplete()) {
        throw new DecodingException(DecodingError.TRAILING_BYTES, reader.remaining() + " bytes after the item");
      }
      return item;
    }), "RLP item");
  }

  private static RlpItem readItem(final RLPReader reader, final int depth) {
    if (reader.nextIsList()) {
      if (depth == MAX_DEPTH) {
        throw new DecodingException(DecodingError.INVALID_VALUE, "RLP item: lists nested deeper than " + MAX_DEPTH);
      }
      return reader.readList(inner -> {
        final java.util.List<RlpItem> items = new java.util.ArrayList<>();
        while (!inner.isComplete()) {
          items.add(readItem(inner, depth + 1));
        }
        return RlpItem.list(items);
      });
    }
    return RlpItem.string(reader.readValue().copy());
  }

  /** Runs a Tuweni read, translating its exceptions into typed decoding errors. */
  static <T> T guard(final Supplier<T> read, final String where) {
    try {
      return read.get();
    } catch (DecodingException e) {
      throw e;
    } catch (EndOfRLPException e) {
      throw new DecodingException(DecodingError.TRUNCATED, where, e);
    } catch (InvalidRLPTypeException e) {
      throw new DecodingException(classify(e.getMessage(), DecodingError.INVALID_VALUE), where + ": " + e.getMessage(), e);
    } catch (InvalidRLPEncodingException e) {
      throw new DecodingException(classify(e.getMessage(), DecodingError.NON_CANONICAL_LENGTH),
          where + ": " + e.getMessage(), e);
    } catch (RLPException e) {
      throw new DecodingException(DecodingError.INVALID_VALUE, where + ": " + e.getMessage(), e);
    } catch (IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
      // Tuweni signals some malformed lengths this way; they are still just bad input.
      throw new DecodingException(DecodingError.TRUNCATED, where + ": " + e.getMessage(), e);
    }
  }

  private static DecodingError classify(final String message, final DecodingError fallback) {
    final String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("leading zero")) {
      return m.contains("length") ? DecodingError.NON_CANONICAL_LENGTH : DecodingError.NON_CANONICAL_INTEGER;
    }
    if (m.contains("too large") || m.contains("too long") || m.contains("overflow")) {
      return m.contains("length") || m.contains("exceeds") ? DecodingError.TRUNCATED : DecodingError.INTEGER_TOO_LARGE;
    }
    if (m.contains("insufficient") || m.contains("end of")) {
      return DecodingError.TRUNCATED;
    }
    if (m.contains("list")) {
      return DecodingError.EXPECTED_STRING;
    }
    return fallback;
  }
}
