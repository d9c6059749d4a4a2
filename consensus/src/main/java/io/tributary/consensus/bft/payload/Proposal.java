package io.tributary.consensus.bft.payload;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * The round's proposer offers {@code block} for {@code height} in {@code round}. {@code validRound} is Tendermint's
 * POL round: -1 for a fresh block, else the earlier round in which a quorum prepared this same block (which the
 * proposer re-proposes unchanged, so its hash, and every vote for it, stays the same across rounds).
 *
 * <p>Encoding: {@code rlp([height, round, block, [validRound] or []])}, the block as Ethereum encodes it.
 */
public record Proposal(long height, int round, Block block, int validRound) implements BftPayload {
  public Proposal {
    BftPayload.checkHeightAndRound(height, round);
    if (validRound < -1 || validRound >= round && validRound != -1) {
      throw new IllegalArgumentException("validRound must be -1 or below the round " + round + ", got "
          + validRound);
    }
  }

  public Hash blockHash() {
    return block.hash();
  }

  @Override
  public MessageType type() {
    return MessageType.PROPOSAL;
  }

  @Override
  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeLong(height);
      w.writeInt(round);
      w.writeList(b -> {
        block.header().writeTo(b);
        block.body().writeItems(b);
      });
      w.writeList(vr -> {
        if (validRound >= 0) {
          vr.writeInt(validRound);
        }
      });
    }));
  }

  public static Proposal decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "proposal", in -> {
      final long height = in.readUInt64("height");
      if (height < 0) {
        throw in.error(DecodingError.INTEGER_TOO_LARGE, "height", "at most 2^63 - 1");
      }
      final int round = in.readSmallInt("round");
      final Block block = in.readList("block", b -> new Block(BlockHeader.readFrom(b, "header"),
          BlockBody.readItems(b)));
      final List<Integer> validRounds = in.readListOf("validRound", v -> v.readSmallInt("round"));
      if (validRounds.size() > 1) {
        throw in.error(DecodingError.WRONG_FIELD_COUNT, "validRound", "at most one round");
      }
      final int validRound = validRounds.isEmpty() ? -1 : validRounds.get(0);
      if (validRound >= round) {
        throw in.error(DecodingError.INVALID_VALUE, "validRound", validRound + " is not below the round " + round);
      }
      return new Proposal(height, round, block, validRound);
    });
  }
}
