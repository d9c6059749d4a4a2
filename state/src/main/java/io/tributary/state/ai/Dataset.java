package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A registered dataset as the DatasetRegistry holds it.
 *
 * @param owner who receives its royalties and may transfer or deactivate it (may be a contract, e.g. a splitter)
 * @param registrant who registered it and uploads and seals its sketch
 * @param contentRoot the registrant's commitment to the raw content (e.g. a Merkle root of the files)
 * @param sketchBits b: the sketch has 2^b bits
 * @param uploadedBytes sketch bytes uploaded so far
 * @param commitment keccak-256 of the sealed sketch's bit array (zero until sealed)
 * @param sealedAt the block that sealed it; it is attributable from the next block on
 * @param deactivatedAt the block that deactivated it; it stays attributable in that block, not after
 * @param royaltiesPaid total wei paid to its owner by attribution
 * @param inferences inferences that paid it
 */
public record Dataset(long id, Address owner, Address registrant, String name, String metadataUri,
    Bytes32 contentRoot, String licence, int sketchBits, long uploadedBytes, Bytes32 commitment, long shingleCount,
    long registeredAt, boolean sealed, long sealedAt, boolean active, long deactivatedAt, Wei royaltiesPaid,
    long inferences) {

  /** Bytes of the full sketch: 2^b / 8. */
  public long sketchBytes() {
    return sketchBytes(sketchBits);
  }

  public static long sketchBytes(final int bits) {
    return (1L << bits) >>> 3;
  }

  /** Whether inferences in block {@code number} are attributed against it. */
  public boolean attributableAt(final long number) {
    return sealed && sealedAt < number && (active || deactivatedAt >= number);
  }
}
