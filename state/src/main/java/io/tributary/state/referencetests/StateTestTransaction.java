package io.tributary.state.referencetests;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A case's transaction template: one nonce, key and fee setting, and lists of data, gas limits and values (plus one
 * access list per data entry) that the post entries index into.
 *
 * @param gasLimits unsigned 64-bit gas limits
 * @param values the values to send; a fixture may give one above 2^256 - 1, which makes no transaction
 * @param to the recipient; empty for contract creation (the fixture's {@code "to": ""})
 * @param accessLists when present, the access list for each data index; an empty entry means none for that index
 */
public record StateTestTransaction(List<Bytes> data, List<Long> gasLimits, List<BigInteger> values, long nonce,
    Optional<Wei> gasPrice, Optional<Wei> maxFeePerGas, Optional<Wei> maxPriorityFeePerGas, Optional<Address> to,
    Bytes32 secretKey, Optional<Address> sender, Optional<List<Optional<List<AccessListEntry>>>> accessLists,
    Optional<List<Hash>> blobVersionedHashes, Optional<Wei> maxFeePerBlobGas) {
  public StateTestTransaction {
    data = List.copyOf(data);
    gasLimits = List.copyOf(gasLimits);
    values = List.copyOf(values);
  }

  /**
   * The type the fields describe, as Ethereum's fillers choose it: blob hashes make a blob transaction, fee caps an
   * EIP-1559 one, an access list for this data index an EIP-2930 one, and otherwise it is a legacy transaction.
   */
  public TransactionType typeFor(final StateTestPost.Indexes indexes) {
    if (blobVersionedHashes.isPresent()) {
      return TransactionType.BLOB;
    }
    if (maxFeePerGas.isPresent()) {
      return TransactionType.EIP1559;
    }
    if (accessListFor(indexes.data()).isPresent()) {
      return TransactionType.ACCESS_LIST;
    }
    return TransactionType.LEGACY;
  }

  private Wei value(final int index) {
    final BigInteger value = values.get(index);
    if (value.bitLength() > 256) {
      throw new IllegalArgumentException("value " + value + " does not fit 256 bits");
    }
    return Wei.of(value);
  }

  public Optional<List<AccessListEntry>> accessListFor(final int dataIndex) {
    return accessLists.flatMap(lists -> dataIndex < lists.size() ? lists.get(dataIndex) : Optional.empty());
  }

  /**
   * Builds the transaction {@code indexes} select and signs it with the case's key; typed transactions carry
   * {@code chainId}, and legacy ones are signed without it (pre-EIP-155), as retesteth signs them. Throws
   * {@link IllegalArgumentException} or {@link NullPointerException} when the fields cannot make a transaction at all
   * (a blob transaction without a recipient, say): such a case expects the transaction to be rejected.
   */
  public Transaction build(final StateTestPost.Indexes indexes, final long chainId) {
    return build(indexes, chainId, false);
  }

  /**
   * As {@link #build(StateTestPost.Indexes, long)}, with {@code protectLegacy} choosing whether a legacy transaction
   * is signed with the chain id (EIP-155). The template does not say: retesteth's fixtures sign legacy transactions
   * without it, the Python fillers' (under {@code Pyspecs}) with it, and only {@code txbytes} tell them apart.
   */
  public Transaction build(final StateTestPost.Indexes indexes, final long chainId, final boolean protectLegacy) {
    final TransactionType type = typeFor(indexes);
    final Transaction.Builder fields = Transaction.builder().type(type).nonce(nonce)
        .gasLimit(gasLimits.get(indexes.gas())).value(value(indexes.value())).data(data.get(indexes.data()));
    to.ifPresent(fields::to);
    if (type.isTyped() || protectLegacy) {
      fields.chainId(chainId);
    }
    if (type.hasDynamicFees()) {
      fields.maxFeePerGas(maxFeePerGas.orElseThrow()).maxPriorityFeePerGas(maxPriorityFeePerGas.orElseThrow());
    } else {
      fields.gasPrice(gasPrice.orElseThrow(() -> new IllegalArgumentException("no gasPrice")));
    }
    if (type != TransactionType.LEGACY) {
      fields.accessList(accessListFor(indexes.data()).orElse(List.of()));
    }
    if (type == TransactionType.BLOB) {
      fields.blobVersionedHashes(blobVersionedHashes.orElseThrow())
          .maxFeePerBlobGas(maxFeePerBlobGas.orElseThrow(() -> new IllegalArgumentException("no maxFeePerBlobGas")));
    }
    final KeyPair keys = SignatureAlgorithms.get().createKeyPair(secretKey);
    return TransactionSigner.sign(fields, keys);
  }
}
