package io.tributary.node.sync;

import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * A block with the certificate that proves it final: what range sync answers and block gossip carries. A receiver
 * checks the certificate against the block's validators before importing it.
 *
 * <p>Encoding: {@code rlp([block encoding, certificate encoding])}, both as byte strings; a list of them is
 * {@code rlp([[block, certificate]...])}.
 */
public record FinalBlock(Block block, CommitCertificate certificate) {
  public FinalBlock {
    if (!certificate.blockHash().equals(block.hash())) {
      throw new IllegalArgumentException("certificate of " + certificate.blockHash() + " given with block "
          + block.hash());
    }
  }

  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeValue(block.encoded());
      w.writeValue(certificate.encoded());
    }));
  }

  public static FinalBlock decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "final block", FinalBlock::readFrom);
  }

  /** Encodes blocks in order as one message. */
  public static Bytes encodeList(final List<FinalBlock> blocks) {
    return FlatBytes.of(RLP.encodeList(w -> blocks.forEach(b -> w.writeList(item -> {
      item.writeValue(b.block.encoded());
      item.writeValue(b.certificate.encoded());
    }))));
  }

  /** Decodes a list of at most {@code max} blocks; more, or anything malformed, is a decoding error. */
  public static List<FinalBlock> decodeList(final Bytes encoded, final int max) {
    return Rlp.decodeList(encoded, "final blocks", in -> {
      final List<FinalBlock> blocks = new ArrayList<>();
      while (!in.isEndOfList()) {
        if (blocks.size() == max) {
          throw in.error(DecodingError.WRONG_FIELD_COUNT, "blocks", "more than the " + max + " asked for");
        }
        blocks.add(in.readList("blocks[" + blocks.size() + "]", FinalBlock::readFrom));
      }
      return blocks;
    });
  }

  private static FinalBlock readFrom(final io.tributary.core.rlp.RlpInput in) {
    final Block block = Block.decode(in.readBytes("block"));
    final CommitCertificate certificate = CommitCertificate.decode(in.readBytes("certificate"));
    if (!certificate.blockHash().equals(block.hash())) {
      throw in.error(DecodingError.INVALID_VALUE, "certificate", "commits " + certificate.blockHash()
          + ", not the block " + block.hash());
    }
    return new FinalBlock(block, certificate);
  }
}
