package io.tributary.core.block;

import io.tributary.core.crypto.Signature;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * The proof that a block is final: the commit seals of at least a quorum of its validators over
 * {@link BftExtraData#commitSealHash(Hash)}, and the round in which they committed. The same seals ride in the child
 * block's {@code parentCommitSeals}; the certificate carries them for the head block, in the chain store and in range
 * sync, so a node verifies finality of every block it takes from a peer.
 *
 * <p>Encoding: {@code rlp([blockHash, round, [seal(65)...]])}.
 *
 * @param blockHash the block the seals commit
 * @param round the consensus round in which the block was committed
 * @param seals commit seals, one per validator (whether they are enough is the consensus layer's check)
 */
public record CommitCertificate(Hash blockHash, int round, List<Signature> seals) {
  public CommitCertificate {
    seals = List.copyOf(seals);
    if (round < 0) {
      throw new IllegalArgumentException("round is non-negative");
    }
  }

  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeValue(blockHash);
      w.writeInt(round);
      w.writeList(list -> seals.forEach(seal -> list.writeValue(seal.encoded())));
    }));
  }

  /** Decodes strictly; a malformed certificate is a {@link io.tributary.core.encoding.DecodingException}. */
  public static CommitCertificate decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "commit certificate", in -> {
      final Hash blockHash = in.readHash("blockHash");
      final int round = in.readSmallInt("round");
      final List<Signature> seals = in.readListOf("seals", s -> BftExtraData.seal(s, "seal", s.readBytes("seal")));
      return new CommitCertificate(blockHash, round, seals);
    });
  }
}
