package io.tributary.state.world;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** An account as the state trie holds it: rlp([nonce, balance, storageRoot, codeHash]). */
public record Account(long nonce, Wei balance, Hash storageRoot, Hash codeHash) {
  /** A fresh account: no nonce, no balance, no storage, no code. */
  public static final Account EMPTY = new Account(0, Wei.ZERO, Hash.EMPTY_TRIE_HASH, Hash.EMPTY);

  /** EIP-161: no nonce, no balance and no code. */
  public boolean isEmpty() {
    return nonce == 0 && balance.isZero() && codeHash.equals(Hash.EMPTY);
  }

  public boolean hasCode() {
    return !codeHash.equals(Hash.EMPTY);
  }

  public Account withNonce(final long value) {
    return new Account(value, balance, storageRoot, codeHash);
  }

  public Account withBalance(final Wei value) {
    return new Account(nonce, value, storageRoot, codeHash);
  }

  public Account withStorageRoot(final Hash value) {
    return new Account(nonce, balance, value, codeHash);
  }

  public Account withCodeHash(final Hash value) {
    return new Account(nonce, balance, storageRoot, value);
  }

  public Bytes encoded() {
    return FlatBytes.of(RLP.encodeList(w -> {
      // Unsigned: Tuweni's writeLong mis-encodes nonces of 2^63 and above (ethereum/tests reach 2^64 - 1).
      w.writeValue(Bytes.minimalBytes(nonce));
      w.writeUInt256(balance.toUInt256());
      w.writeValue(storageRoot);
      w.writeValue(codeHash);
    }));
  }

  public static Account decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "account", in -> new Account(in.readUInt64("nonce"), in.readWei("balance"),
        in.readHash("storageRoot"), in.readHash("codeHash")));
  }
}
