package io.tributary.consensus.bft.payload;

import io.tributary.core.crypto.Signature;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpInput;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * A second-phase vote (Tendermint's precommit) for {@code blockHash}, carrying the validator's commit seal: its
 * signature over {@code BftExtraData.commitSealHash(blockHash)}, which goes into the block's commit certificate and
 * the child's parent seals. A vote for nil ({@link Hash#ZERO}) carries no seal.
 *
 * <p>Encoding: {@code rlp([height, round, blockHash, commitSeal(65 bytes, empty for nil)])}.
 */
public record Commit(long height, int round, Hash blockHash, Optional<Signature> commitSeal) implements BftPayload {
  public Commit {
    BftPayload.checkHeightAndRound(height, round);
    if (blockHash.equals(Hash.ZERO) != commitSeal.isEmpty()) {
      throw new IllegalArgumentException("a commit for a block carries a seal and a commit for nil none");
    }
  }

  public static Commit nil(final long height, final int round) {
    return new Commit(height, round, Hash.ZERO, Optional.empty());
  }

  public boolean isNil() {
    return blockHash.equals(Hash.ZERO);
  }

  @Override
  public MessageType type() {
    return MessageType.COMMIT;
  }

  @Override
  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeLong(height);
      w.writeInt(round);
      w.writeValue(blockHash);
      w.writeValue(commitSeal.map(Signature::encoded).orElse(Bytes.EMPTY));
    }));
  }

  public static Commit decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "commit", in -> {
      final long height = in.readUInt64("height");
      if (height < 0) {
        throw in.error(DecodingError.INTEGER_TOO_LARGE, "height", "at most 2^63 - 1");
      }
      final int round = in.readSmallInt("round");
      final Hash blockHash = in.readHash("blockHash");
      final Bytes seal = in.readBytes("commitSeal");
      if (blockHash.equals(Hash.ZERO)) {
        if (!seal.isEmpty()) {
          throw in.error(DecodingError.INVALID_VALUE, "commitSeal", "a commit for nil carries no seal");
        }
        return nil(height, round);
      }
      return new Commit(height, round, blockHash, Optional.of(readSeal(in, seal)));
    });
  }

  /** A 65-byte r || s || recId seal with 1 <= r, s < n, low s and recId 0 or 1. */
  static Signature readSeal(final RlpInput in, final Bytes encoded) {
    if (encoded.size() != 65) {
      throw in.error(DecodingError.WRONG_FIELD_SIZE, "commitSeal", "a seal is 65 bytes, got " + encoded.size());
    }
    final int recId = encoded.get(64) & 0xff;
    if (recId > 1) {
      throw in.error(DecodingError.INVALID_SIGNATURE, "commitSeal", "recovery id must be 0 or 1");
    }
    final Signature seal = new Signature(new BigInteger(1, encoded.slice(0, 32).toArrayUnsafe()),
        new BigInteger(1, encoded.slice(32, 32).toArrayUnsafe()), (byte) recId);
    if (!seal.isValid()) {
      throw in.error(DecodingError.INVALID_SIGNATURE, "commitSeal", "r or s out of range");
    }
    if (!seal.isLowS()) {
      throw in.error(DecodingError.HIGH_S_SIGNATURE, "commitSeal", "s above n/2");
    }
    return seal;
  }
}
