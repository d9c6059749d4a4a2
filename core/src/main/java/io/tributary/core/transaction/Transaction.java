package io.tributary.core.transaction;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * An immutable signed Ethereum transaction of any supported type. The hash, encoding and sender are computed once,
 * on first use. Build with {@link #builder()}; decode with {@link TransactionDecoder}.
 */
public final class Transaction {
  private final TransactionType type;
  private final Long chainId;
  private final long nonce;
  private final Wei gasPrice;
  private final Wei maxPriorityFeePerGas;
  private final Wei maxFeePerGas;
  private final long gasLimit;
  private final Address to;
  private final Wei value;
  private final Bytes data;
  private final List<AccessListEntry> accessList;
  private final Wei maxFeePerBlobGas;
  private final List<Hash> blobVersionedHashes;
  private final Signature signature;
  /** Legacy transactions only: the v value as signed (27/28, or 35 + 2*chainId + recId). */
  private final BigInteger legacyV;

  private volatile Bytes encoded;
  private volatile Hash hash;
  private volatile Optional<Address> sender;

  private Transaction(final Builder b) {
    this.type = Objects.requireNonNull(b.type, "type");
    this.chainId = b.chainId;
    this.nonce = b.nonce;
    this.gasPrice = b.gasPrice;
    this.maxPriorityFeePerGas = b.maxPriorityFeePerGas;
    this.maxFeePerGas = b.maxFeePerGas;
    this.gasLimit = b.gasLimit;
    this.to = b.to;
    this.value = Objects.requireNonNull(b.value, "value");
    this.data = Objects.requireNonNull(b.data, "data");
    this.accessList = List.copyOf(b.accessList);
    this.maxFeePerBlobGas = b.maxFeePerBlobGas;
    this.blobVersionedHashes = List.copyOf(b.blobVersionedHashes);
    this.signature = b.signature;
    this.legacyV = b.legacyV;
    if (type == TransactionType.LEGACY || type == TransactionType.ACCESS_LIST) {
      Objects.requireNonNull(gasPrice, "gasPrice");
    } else {
      Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
      Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    }
    if (type.isTyped()) {
      Objects.requireNonNull(chainId, "typed transactions carry a chain id");
    }
    if (type == TransactionType.BLOB) {
      Objects.requireNonNull(maxFeePerBlobGas, "maxFeePerBlobGas");
      Objects.requireNonNull(to, "blob transactions cannot create contracts");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public TransactionType type() {
    return type;
  }

  /** The EIP-155 chain id; empty only for pre-EIP-155 legacy transactions. */
  public Optional<Long> chainId() {
    return Optional.ofNullable(chainId);
  }

  /** Unsigned 64-bit nonce. */
  public long nonce() {
    return nonce;
  }

  /** Legacy and access-list transactions: the single gas price. */
  public Optional<Wei> gasPrice() {
    return Optional.ofNullable(gasPrice);
  }

  /** The most the sender pays per gas: gasPrice, or maxFeePerGas for EIP-1559 types. */
  public Wei maxFeePerGas() {
    return type.hasDynamicFees() ? maxFeePerGas : gasPrice;
  }

  /** The most the block producer gets per gas above the base fee: gasPrice for legacy types. */
  public Wei maxPriorityFeePerGas() {
    return type.hasDynamicFees() ? maxPriorityFeePerGas : gasPrice;
  }

  /** Unsigned 64-bit gas limit. */
  public long gasLimit() {
    return gasLimit;
  }

  /** The recipient; empty for contract creation. */
  public Optional<Address> to() {
    return Optional.ofNullable(to);
  }

  public boolean isContractCreation() {
    return to == null;
  }

  public Wei value() {
    return value;
  }

  public Bytes data() {
    return data;
  }

  public List<AccessListEntry> accessList() {
    return accessList;
  }

  public Optional<Wei> maxFeePerBlobGas() {
    return Optional.ofNullable(maxFeePerBlobGas);
  }

  public List<Hash> blobVersionedHashes() {
    return blobVersionedHashes;
  }

  public Signature signature() {
    return signature;
  }

  /** The v of the wire format: the legacy v, or the y-parity (0/1) of typed transactions. */
  public BigInteger v() {
    return type == TransactionType.LEGACY ? legacyV : BigInteger.valueOf(signature.recId());
  }

  /** The network (and block body) encoding: rlp(list) for legacy, type || rlp(list) for typed transactions. */
  public Bytes encoded() {
    Bytes e = encoded;
    if (e == null) {
      e = TransactionEncoder.encode(this);
      encoded = e;
    }
    return e;
  }

  /**
   * Remembers the bytes this transaction was strictly decoded from as its encoding, so its hash needs no re-encoding
   * (the decoder accepts only canonical RLP, so they are what {@link TransactionEncoder} would write).
   */
  Transaction withEncoding(final Bytes decodedFrom) {
    encoded = decodedFrom.copy();
    return this;
  }

  /** keccak256 of {@link #encoded()}. */
  public Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Keccak256.hash(encoded());
      hash = h;
    }
    return h;
  }

  /** The hash that was signed (EIP-155 / EIP-2718 signing payload). */
  public Hash signingHash() {
    return Keccak256.hash(TransactionEncoder.signingPayload(this));
  }

  /** The signer, recovered once; empty when no public key can be recovered from the signature. */
  public Optional<Address> sender() {
    Optional<Address> s = sender;
    if (s == null) {
      s = SignatureAlgorithms.get().recoverPublicKey(signingHash(), signature).map(Address::fromPublicKey);
      sender = s;
    }
    return s;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Transaction t && t.encoded().equals(encoded());
  }

  @Override
  public int hashCode() {
    return encoded().hashCode();
  }

  @Override
  public String toString() {
    return "Transaction[" + type + " " + hash().toShortHexString() + " nonce=" + Long.toUnsignedString(nonce) + "]";
  }

  /** Collects fields; {@link #build()} checks that the type's required fields are present. */
  public static final class Builder {
    private TransactionType type = TransactionType.EIP1559;
    private Long chainId;
    private long nonce;
    private Wei gasPrice;
    private Wei maxPriorityFeePerGas;
    private Wei maxFeePerGas;
    private long gasLimit;
    private Address to;
    private Wei value = Wei.ZERO;
    private Bytes data = Bytes.EMPTY;
    private List<AccessListEntry> accessList = List.of();
    private Wei maxFeePerBlobGas;
    private List<Hash> blobVersionedHashes = List.of();
    private Signature signature;
    private BigInteger legacyV;

    public Builder type(final TransactionType v) {
      type = v;
      return this;
    }

    public Builder chainId(final Long v) {
      chainId = v;
      return this;
    }

    public Builder nonce(final long v) {
      nonce = v;
      return this;
    }

    public Builder gasPrice(final Wei v) {
      gasPrice = v;
      return this;
    }

    public Builder maxPriorityFeePerGas(final Wei v) {
      maxPriorityFeePerGas = v;
      return this;
    }

    public Builder maxFeePerGas(final Wei v) {
      maxFeePerGas = v;
      return this;
    }

    public Builder gasLimit(final long v) {
      gasLimit = v;
      return this;
    }

    public Builder to(final Address v) {
      to = v;
      return this;
    }

    public Builder value(final Wei v) {
      value = v;
      return this;
    }

    public Builder data(final Bytes v) {
      data = v;
      return this;
    }

    public Builder accessList(final List<AccessListEntry> v) {
      accessList = v;
      return this;
    }

    public Builder maxFeePerBlobGas(final Wei v) {
      maxFeePerBlobGas = v;
      return this;
    }

    public Builder blobVersionedHashes(final List<Hash> v) {
      blobVersionedHashes = v;
      return this;
    }

    /** Sets the signature; for legacy transactions also pass the wire v via {@link #legacyV}. */
    public Builder signature(final Signature v) {
      signature = v;
      return this;
    }

    public Builder legacyV(final BigInteger v) {
      legacyV = v;
      return this;
    }

    public Transaction build() {
      Objects.requireNonNull(signature, "signature (use TransactionSigner to sign)");
      if (type == TransactionType.LEGACY) {
        Objects.requireNonNull(legacyV, "legacyV");
      }
      return new Transaction(this);
    }
  }
}
