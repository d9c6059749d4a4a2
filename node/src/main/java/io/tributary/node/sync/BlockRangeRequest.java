package io.tributary.node.sync;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * A request for up to {@code count} consecutive final blocks starting at number {@code from}:
 * {@code rlp([from, count])}. The answer is a {@link FinalBlock} list, possibly shorter (the server's head or its size
 * limit), never with gaps.
 */
public record BlockRangeRequest(long from, int count) {
  /** The most blocks one request may ask for. */
  public static final int MAX_COUNT = 128;

  public BlockRangeRequest {
    if (from < 1 || count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("a range starts at block 1 or later and holds 1 to " + MAX_COUNT
          + " blocks, not from " + from + " count " + count);
    }
  }

  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeLong(from);
      w.writeInt(count);
    }));
  }

  public static BlockRangeRequest decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "block range request", in -> {
      final long from = in.readUInt64("from");
      final int count = in.readSmallInt("count");
      if (from < 1 || count < 1 || count > MAX_COUNT) {
        throw in.error(DecodingError.INVALID_VALUE, "count", "a range starts at block 1 or later and holds 1 to "
            + MAX_COUNT + " blocks");
      }
      return new BlockRangeRequest(from, count);
    });
  }
}
