package io.tributary.core.block;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.Signature;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpInput;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * Tributary's consensus data inside a header's {@code extraData}:
 * {@code rlp([vanity(32), [validator...], round, proposerSeal(65 or empty), [parentCommitSeal(65)...]])}.
 *
 * <p>Every part is fixed when the block is proposed, so the header hash is final before anyone votes and equals
 * what Ethereum tooling computes. The commit seals that finalise a block therefore travel in its child (as
 * CometBFT's last commit does) and, for the head block, beside it in the chain store. See core/BLOCKS.md.
 *
 * @param vanity 32 free bytes (client name and version)
 * @param validators the validator set that must finalise this block, in ascending address order
 * @param round the consensus round in which the block was proposed
 * @param proposerSeal the proposer's signature over {@link #proposerSealHash(BlockHeader)}; empty while unsealed
 * @param parentCommitSeals at least a quorum of validator signatures over the parent block's hash
 */
public record BftExtraData(Bytes vanity, List<Address> validators, int round, Optional<Signature> proposerSeal,
    List<Signature> parentCommitSeals) {
  public static final int VANITY_BYTES = 32;

  public BftExtraData {
    validators = List.copyOf(validators);
    parentCommitSeals = List.copyOf(parentCommitSeals);
    if (vanity.size() != VANITY_BYTES) {
      throw new IllegalArgumentException("vanity is 32 bytes");
    }
    if (round < 0) {
      throw new IllegalArgumentException("round is non-negative");
    }
  }

  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeValue(vanity);
      w.writeList(v -> validators.forEach(v::writeValue));
      w.writeInt(round);
      w.writeValue(proposerSeal.map(Signature::encoded).orElse(Bytes.EMPTY));
      w.writeList(seals -> parentCommitSeals.forEach(seal -> seals.writeValue(seal.encoded())));
    }));
  }

  public static BftExtraData decode(final Bytes extraData) {
    return Rlp.decodeList(extraData, "extraData", in -> {
      final Bytes vanity = in.readFixed("vanity", VANITY_BYTES);
      final List<Address> validators = in.readListOf("validators", v -> v.readAddress("validator"));
      final int round = in.readSmallInt("round");
      final Bytes seal = in.readBytes("proposerSeal");
      final Optional<Signature> proposerSeal = seal.isEmpty() ? Optional.empty()
          : Optional.of(seal(in, "proposerSeal", seal));
      final List<Signature> commitSeals = in.readListOf("parentCommitSeals",
          s -> seal(s, "seal", s.readBytes("seal")));
      return new BftExtraData(vanity, validators, round, proposerSeal, commitSeals);
    });
  }

  public BftExtraData withProposerSeal(final Signature seal) {
    return new BftExtraData(vanity, validators, round, Optional.of(seal), parentCommitSeals);
  }

  /** What the proposer signs: the header's hash with the proposer seal left empty. */
  public static Hash proposerSealHash(final BlockHeader header) {
    final BftExtraData extra = decode(header.extraData());
    final BftExtraData unsealed = new BftExtraData(extra.vanity, extra.validators, extra.round, Optional.empty(),
        extra.parentCommitSeals);
    return header.toBuilder().extraData(unsealed.encoded()).build().hash();
  }

  /** What each validator signs to commit a block: its hash under a domain tag, so the seal cannot be replayed elsewhere. */
  public static Hash commitSealHash(final Hash blockHash) {
    return Keccak256.hash(FlatBytes.concat(Bytes.wrap("tributary-commit".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII)), blockHash));
  }

  /** A 65-byte seal (r, s, recovery id) read from {@code in}; anything else is a decoding error naming {@code field}. */
  static Signature seal(final RlpInput in, final String field, final Bytes encoded) {
    if (encoded.size() != 65) {
      throw in.error(DecodingError.WRONG_FIELD_SIZE, field, "a seal is 65 bytes (r, s, recovery id), got "
          + encoded.size());
    }
    final int recId = encoded.get(64) & 0xff;
    if (recId > 1) {
      throw in.error(DecodingError.INVALID_SIGNATURE, field, "recovery id must be 0 or 1");
    }
    return new Signature(new BigInteger(1, encoded.slice(0, 32).toArrayUnsafe()),
        new BigInteger(1, encoded.slice(32, 32).toArrayUnsafe()), (byte) recId);
  }
}
