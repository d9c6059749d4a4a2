package io.tributary.core.block;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** A header and its body: rlp([header, transactions, ommers, withdrawals?]), as Ethereum encodes blocks. */
public record Block(BlockHeader header, BlockBody body) {
  public Hash hash() {
    return header.hash();
  }

  public long number() {
    return header.number();
  }

  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      header.writeTo(w);
      body.writeItems(w);
    }));
  }

  public static Block decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "block", in -> new Block(BlockHeader.readFrom(in, "header"), BlockBody.readItems(in)));
  }
}
