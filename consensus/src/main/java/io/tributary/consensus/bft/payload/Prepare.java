package io.tributary.consensus.bft.payload;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * A first-phase vote (Tendermint's prevote) for the block {@code blockHash}, or for nil ({@link Hash#ZERO}) when the
 * validator saw no acceptable proposal in time.
 *
 * <p>Encoding: {@code rlp([height, round, blockHash])}.
 */
public record Prepare(long height, int round, Hash blockHash) implements BftPayload {
  public Prepare {
    BftPayload.checkHeightAndRound(height, round);
  }

  public static Prepare nil(final long height, final int round) {
    return new Prepare(height, round, Hash.ZERO);
  }

  public boolean isNil() {
    return blockHash.equals(Hash.ZERO);
  }

  @Override
  public MessageType type() {
    return MessageType.PREPARE;
  }

  @Override
  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeLong(height);
      w.writeInt(round);
      w.writeValue(blockHash);
    }));
  }

  public static Prepare decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "prepare", in -> {
      final long height = in.readUInt64("height");
      if (height < 0) {
        throw in.error(DecodingError.INTEGER_TOO_LARGE, "height", "at most 2^63 - 1");
      }
      return new Prepare(height, in.readSmallInt("round"), in.readHash("blockHash"));
    });
  }
}
