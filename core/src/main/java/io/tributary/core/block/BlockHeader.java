package io.tributary.core.block;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpInput;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPWriter;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A block header with Ethereum's field layout, so standard tools hash and read it: 15 fields up to Berlin, then
 * baseFeePerGas (London), withdrawalsRoot (Shanghai), blobGasUsed, excessBlobGas and parentBeaconBlockRoot (Cancun).
 * Tributary writes the full Cancun form and keeps its consensus data in {@code extraData} ({@link BftExtraData}).
 * {@link #hash()} is keccak256 of the RLP of every field, exactly as Ethereum computes it (see core/BLOCKS.md).
 */
public final class BlockHeader {
  private final Hash parentHash;
  private final Hash ommersHash;
  private final Address coinbase;
  private final Hash stateRoot;
  private final Hash transactionsRoot;
  private final Hash receiptsRoot;
  private final LogsBloom logsBloom;
  private final UInt256 difficulty;
  private final long number;
  private final long gasLimit;
  private final long gasUsed;
  private final long timestamp;
  private final Bytes extraData;
  private final Hash mixHash;
  private final Bytes nonce;
  private final Wei baseFeePerGas;
  private final Hash withdrawalsRoot;
  private final Long blobGasUsed;
  private final Long excessBlobGas;
  private final Hash parentBeaconBlockRoot;
  private volatile Bytes encoded;
  private volatile Hash hash;

  private BlockHeader(final Builder b) {
    this.parentHash = Objects.requireNonNull(b.parentHash, "parentHash");
    this.ommersHash = b.ommersHash;
    this.coinbase = Objects.requireNonNull(b.coinbase, "coinbase");
    this.stateRoot = Objects.requireNonNull(b.stateRoot, "stateRoot");
    this.transactionsRoot = b.transactionsRoot;
    this.receiptsRoot = b.receiptsRoot;
    this.logsBloom = b.logsBloom;
    this.difficulty = b.difficulty;
    this.number = b.number;
    this.gasLimit = b.gasLimit;
    this.gasUsed = b.gasUsed;
    this.timestamp = b.timestamp;
    this.extraData = b.extraData;
    this.mixHash = b.mixHash;
    this.nonce = b.nonce;
    this.baseFeePerGas = b.baseFeePerGas;
    this.withdrawalsRoot = b.withdrawalsRoot;
    this.blobGasUsed = b.blobGasUsed;
    this.excessBlobGas = b.excessBlobGas;
    this.parentBeaconBlockRoot = b.parentBeaconBlockRoot;
    if (nonce.size() != 8) {
      throw new IllegalArgumentException("nonce is 8 bytes");
    }
    // Optional fields come in fork order: a later one implies every earlier one.
    final boolean cancun = blobGasUsed != null || excessBlobGas != null || parentBeaconBlockRoot != null;
    if (cancun && (blobGasUsed == null || excessBlobGas == null || parentBeaconBlockRoot == null)) {
      throw new IllegalArgumentException("Cancun headers carry blobGasUsed, excessBlobGas and parentBeaconBlockRoot");
    }
    if ((cancun && withdrawalsRoot == null) || (withdrawalsRoot != null && baseFeePerGas == null)) {
      throw new IllegalArgumentException("header fields must follow fork order");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this header's fields, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder().parentHash(parentHash).ommersHash(ommersHash).coinbase(coinbase).stateRoot(stateRoot)
        .transactionsRoot(transactionsRoot).receiptsRoot(receiptsRoot).logsBloom(logsBloom).difficulty(difficulty)
        .number(number).gasLimit(gasLimit).gasUsed(gasUsed).timestamp(timestamp).extraData(extraData).mixHash(mixHash)
        .nonce(nonce).baseFeePerGas(baseFeePerGas).withdrawalsRoot(withdrawalsRoot).blobGasUsed(blobGasUsed)
        .excessBlobGas(excessBlobGas).parentBeaconBlockRoot(parentBeaconBlockRoot);
  }

  public Hash parentHash() {
    return parentHash;
  }

  public Hash ommersHash() {
    return ommersHash;
  }

  public Address coinbase() {
    return coinbase;
  }

  public Hash stateRoot() {
    return stateRoot;
  }

  public Hash transactionsRoot() {
    return transactionsRoot;
  }

  public Hash receiptsRoot() {
    return receiptsRoot;
  }

  public LogsBloom logsBloom() {
    return logsBloom;
  }

  public UInt256 difficulty() {
    return difficulty;
  }

  public long number() {
    return number;
  }

  public long gasLimit() {
    return gasLimit;
  }

  public long gasUsed() {
    return gasUsed;
  }

  /** Seconds since the epoch. */
  public long timestamp() {
    return timestamp;
  }

  public Bytes extraData() {
    return extraData;
  }

  public Hash mixHash() {
    return mixHash;
  }

  public Bytes nonce() {
    return nonce;
  }

  public Optional<Wei> baseFeePerGas() {
    return Optional.ofNullable(baseFeePerGas);
  }

  public Optional<Hash> withdrawalsRoot() {
    return Optional.ofNullable(withdrawalsRoot);
  }

  public Optional<Long> blobGasUsed() {
    return Optional.ofNullable(blobGasUsed);
  }

  public Optional<Long> excessBlobGas() {
    return Optional.ofNullable(excessBlobGas);
  }

  public Optional<Hash> parentBeaconBlockRoot() {
    return Optional.ofNullable(parentBeaconBlockRoot);
  }

  /** keccak256(rlp(header)), over every field. */
  public Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Keccak256.hash(encoded());
      hash = h;
    }
    return h;
  }

  public Bytes encoded() {
    Bytes e = encoded;
    if (e == null) {
      e = FlatBytes.of(RLP.encode(this::writeTo));
      encoded = e;
    }
    return e;
  }

  public void writeTo(final RLPWriter writer) {
    writer.writeList(w -> {
      w.writeValue(parentHash);
      w.writeValue(ommersHash);
      w.writeValue(coinbase);
      w.writeValue(stateRoot);
      w.writeValue(transactionsRoot);
      w.writeValue(receiptsRoot);
      w.writeValue(logsBloom.toBytes());
      w.writeUInt256(difficulty);
      w.writeLong(number);
      w.writeLong(gasLimit);
      w.writeLong(gasUsed);
      w.writeLong(timestamp);
      w.writeValue(extraData);
      w.writeValue(mixHash);
      w.writeValue(nonce);
      if (baseFeePerGas != null) {
        w.writeUInt256(baseFeePerGas.toUInt256());
      }
      if (withdrawalsRoot != null) {
        w.writeValue(withdrawalsRoot);
      }
      if (blobGasUsed != null) {
        w.writeLong(blobGasUsed);
        w.writeLong(excessBlobGas);
        w.writeValue(parentBeaconBlockRoot);
      }
    });
  }

  public static BlockHeader decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "header", BlockHeader::readFields);
  }

  /** Reads a header list from inside a larger structure (a block). */
  public static BlockHeader readFrom(final RlpInput in, final String field) {
    return in.readList(field, BlockHeader::readFields);
  }

  private static BlockHeader readFields(final RlpInput in) {
    final Builder b = builder()
        .parentHash(in.readHash("parentHash"))
        .ommersHash(in.readHash("ommersHash"))
        .coinbase(in.readAddress("coinbase"))
        .stateRoot(in.readHash("stateRoot"))
        .transactionsRoot(in.readHash("transactionsRoot"))
        .receiptsRoot(in.readHash("receiptsRoot"))
        .logsBloom(LogsBloom.wrap(in.readFixed("logsBloom", LogsBloom.BYTES)))
        .difficulty(in.readUInt256("difficulty"))
        .number(nonNegative(in, "number"))
        .gasLimit(nonNegative(in, "gasLimit"))
        .gasUsed(nonNegative(in, "gasUsed"))
        .timestamp(nonNegative(in, "timestamp"))
        .extraData(in.readBytes("extraData"))
        .mixHash(in.readHash("mixHash"))
        .nonce(in.readFixed("nonce", 8));
    if (!in.isEndOfList()) {
      b.baseFeePerGas(in.readWei("baseFeePerGas"));
    }
    if (!in.isEndOfList()) {
      b.withdrawalsRoot(in.readHash("withdrawalsRoot"));
    }
    if (!in.isEndOfList()) {
      b.blobGasUsed(nonNegative(in, "blobGasUsed"));
      b.excessBlobGas(nonNegative(in, "excessBlobGas"));
      b.parentBeaconBlockRoot(in.readHash("parentBeaconBlockRoot"));
    }
    return b.build();
  }

  /** 64-bit header quantities, kept below 2^63 so Java arithmetic on them never turns negative. */
  private static long nonNegative(final RlpInput in, final String field) {
    final long value = in.readUInt64(field);
    if (value < 0) {
      throw in.error(DecodingError.INTEGER_TOO_LARGE, field, "above 2^63 - 1");
    }
    return value;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof BlockHeader h && h.encoded().equals(encoded());
  }

  @Override
  public int hashCode() {
    return encoded().hashCode();
  }

  @Override
  public String toString() {
    return "BlockHeader[#" + number + " " + hash().toShortHexString() + "]";
  }

  /** Header fields; defaults are the values a post-merge Ethereum or Tributary header has when unused. */
  public static final class Builder {
    private Hash parentHash = Hash.ZERO;
    private Hash ommersHash = Hash.EMPTY_LIST_HASH;
    private Address coinbase = Address.ZERO;
    private Hash stateRoot = Hash.EMPTY_TRIE_HASH;
    private Hash transactionsRoot = Hash.EMPTY_TRIE_HASH;
    private Hash receiptsRoot = Hash.EMPTY_TRIE_HASH;
    private LogsBloom logsBloom = LogsBloom.EMPTY;
    private UInt256 difficulty = UInt256.ZERO;
    private long number;
    private long gasLimit;
    private long gasUsed;
    private long timestamp;
    private Bytes extraData = Bytes.EMPTY;
    private Hash mixHash = Hash.ZERO;
    private Bytes nonce = Bytes.wrap(new byte[8]);
    private Wei baseFeePerGas;
    private Hash withdrawalsRoot;
    private Long blobGasUsed;
    private Long excessBlobGas;
    private Hash parentBeaconBlockRoot;

    public Builder parentHash(final Hash v) {
      parentHash = v;
      return this;
    }

    public Builder ommersHash(final Hash v) {
      ommersHash = v;
      return this;
    }

    public Builder coinbase(final Address v) {
      coinbase = v;
      return this;
    }

    public Builder stateRoot(final Hash v) {
      stateRoot = v;
      return this;
    }

    public Builder transactionsRoot(final Hash v) {
      transactionsRoot = v;
      return this;
    }

    public Builder receiptsRoot(final Hash v) {
      receiptsRoot = v;
      return this;
    }

    public Builder logsBloom(final LogsBloom v) {
      logsBloom = v;
      return this;
    }

    public Builder difficulty(final UInt256 v) {
      difficulty = v;
      return this;
    }

    public Builder number(final long v) {
      number = v;
      return this;
    }

    public Builder gasLimit(final long v) {
      gasLimit = v;
      return this;
    }

    public Builder gasUsed(final long v) {
      gasUsed = v;
      return this;
    }

    public Builder timestamp(final long v) {
      timestamp = v;
      return this;
    }

    public Builder extraData(final Bytes v) {
      extraData = v;
      return this;
    }

    public Builder mixHash(final Hash v) {
      mixHash = v;
      return this;
    }

    public Builder nonce(final Bytes v) {
      nonce = v;
      return this;
    }

    public Builder baseFeePerGas(final Wei v) {
      baseFeePerGas = v;
      return this;
    }

    public Builder withdrawalsRoot(final Hash v) {
      withdrawalsRoot = v;
      return this;
    }

    public Builder blobGasUsed(final Long v) {
      blobGasUsed = v;
      return this;
    }

    public Builder excessBlobGas(final Long v) {
      excessBlobGas = v;
      return this;
    }

    public Builder parentBeaconBlockRoot(final Hash v) {
      parentBeaconBlockRoot = v;
      return this;
    }

    /** Sets the Cancun fields as Tributary uses them: no withdrawals, no blobs, no beacon chain. */
    public Builder tributaryCancunFields(final Wei baseFee) {
      return baseFeePerGas(baseFee).withdrawalsRoot(Hash.EMPTY_TRIE_HASH).blobGasUsed(0L).excessBlobGas(0L)
          .parentBeaconBlockRoot(Hash.ZERO);
    }

    public BlockHeader build() {
      return new BlockHeader(this);
    }
  }
}
