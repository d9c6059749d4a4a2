package io.tributary.state.chain;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.block.Log;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.Segment;
import io.tributary.state.storage.StorageTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * Blocks by hash and number, the canonical chain, transaction locations, receipts, a log index by address and by topic,
 * and the head pointer. Writes go into a caller's {@link StorageTransaction}, so a block's chain data commits together
 * with its state ({@code BlockCommitter}).
 */
public final class ChainStore {
  private static final Bytes HEAD_KEY = Bytes.wrap("head".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  private final KeyValueStorage storage;

  public ChainStore(final KeyValueStorage storage) {
    this.storage = storage;
  }

  /** The canonical head, absent before genesis is stored. */
  public Optional<Hash> headHash() {
    return storage.get(ChainSegments.CHAIN_META, HEAD_KEY).map(Hash::wrap);
  }

  public Optional<BlockHeader> headHeader() {
    return headHash().flatMap(this::header);
  }

  public Optional<BlockHeader> header(final Hash hash) {
    return storage.get(ChainSegments.HEADERS, hash).map(BlockHeader::decode);
  }

  public Optional<Hash> canonicalHash(final long number) {
    return storage.get(ChainSegments.CANONICAL, Bytes.ofUnsignedLong(number)).map(Hash::wrap);
  }

  public Optional<BlockHeader> headerByNumber(final long number) {
    return canonicalHash(number).flatMap(this::header);
  }

  public Optional<BlockBody> body(final Hash hash) {
    return storage.get(ChainSegments.BODIES, hash)
        .map(encoded -> Rlp.decodeList(encoded, "body", BlockBody::readItems));
  }

  public Optional<Block> block(final Hash hash) {
    return header(hash).flatMap(h -> body(hash).map(b -> new Block(h, b)));
  }

  public Optional<Block> blockByNumber(final long number) {
    return canonicalHash(number).flatMap(this::block);
  }

  public Optional<List<TransactionReceipt>> receipts(final Hash blockHash) {
    return storage.get(ChainSegments.RECEIPTS, blockHash).map(encoded -> Rlp.decodeList(encoded, "receipts", in -> {
      final List<TransactionReceipt> receipts = new ArrayList<>();
      while (!in.isEndOfList()) {
        receipts.add(TransactionReceipt.decode(in.readBytes("receipt")));
      }
      return receipts;
    }));
  }

  public Optional<TransactionLocation> transactionLocation(final Hash txHash) {
    return storage.get(ChainSegments.TX_LOCATIONS, txHash).map(v -> new TransactionLocation(
        Hash.wrap(v.slice(0, 32)), v.getLong(32), v.getInt(40)));
  }

  public Optional<Transaction> transaction(final Hash txHash) {
    return transactionLocation(txHash)
        .flatMap(location -> body(location.blockHash()).map(body -> body.transactions().get(location.index())));
  }

  /** Logs emitted by {@code address} in blocks {@code from..to} (inclusive), in chain order. */
  public List<LogLocation> logsByAddress(final Address address, final long from, final long to) {
    return scan(ChainSegments.LOGS_BY_ADDRESS, address, from, to);
  }

  /** Logs with {@code topic} in any position, in blocks {@code from..to} (inclusive), in chain order. */
  public List<LogLocation> logsByTopic(final Hash topic, final long from, final long to) {
    return scan(ChainSegments.LOGS_BY_TOPIC, topic, from, to);
  }

  private List<LogLocation> scan(final Segment segment, final Bytes prefix, final long from, final long to) {
    final List<LogLocation> found = new ArrayList<>();
    storage.forEachFrom(segment, FlatBytes.concat(prefix, Bytes.ofUnsignedLong(from)), (key, value) -> {
      if (!key.slice(0, prefix.size()).equals(prefix)) {
        return false;
      }
      final long number = key.getLong(prefix.size());
      if (number > to) {
        return false;
      }
      final LogLocation location = new LogLocation(number, key.getInt(prefix.size() + 8), key.getInt(prefix.size() + 12));
      if (found.isEmpty() || !found.get(found.size() - 1).equals(location)) {
        found.add(location);
      }
      return true;
    });
    return found;
  }

  /** The commit seals that finalised the block {@code blockHash}, as stored when it was committed. */
  public Optional<CommitCertificate> certificate(final Hash blockHash) {
    return storage.get(ChainSegments.CERTIFICATES, blockHash).map(CommitCertificate::decode);
  }

  /** Stores the certificate that finalised a block, inside {@code tx}. */
  public void writeCertificate(final StorageTransaction tx, final CommitCertificate certificate) {
    tx.put(ChainSegments.CERTIFICATES, certificate.blockHash(), certificate.encoded());
  }

  /** Stores a block with its receipts as the new canonical head, inside {@code tx}. */
  public void writeCanonicalBlock(final StorageTransaction tx, final Block block, final List<TransactionReceipt> receipts) {
    if (receipts.size() != block.body().transactions().size()) {
      throw new IllegalArgumentException("a block needs one receipt per transaction");
    }
    final Hash hash = block.hash();
    final long number = block.number();
    tx.put(ChainSegments.HEADERS, hash, block.header().encoded());
    tx.put(ChainSegments.BODIES, hash, FlatBytes.of(RLP.encodeList(block.body()::writeItems)));
    tx.put(ChainSegments.RECEIPTS, hash, FlatBytes.of(RLP.encodeList(w -> receipts.forEach(r -> w.writeValue(r.encoded())))));
    tx.put(ChainSegments.CANONICAL, Bytes.ofUnsignedLong(number), hash);
    final List<Transaction> txs = block.body().transactions();
    for (int i = 0; i < txs.size(); i++) {
      tx.put(ChainSegments.TX_LOCATIONS, txs.get(i).hash(),
          FlatBytes.concat(hash, Bytes.ofUnsignedLong(number), Bytes.ofUnsignedInt(i)));
      final List<Log> logs = receipts.get(i).logs();
      for (int l = 0; l < logs.size(); l++) {
        final Bytes position = FlatBytes.concat(Bytes.ofUnsignedLong(number), Bytes.ofUnsignedInt(i),
            Bytes.ofUnsignedInt(l));
        final Log log = logs.get(l);
        tx.put(ChainSegments.LOGS_BY_ADDRESS, FlatBytes.concat(log.address(), position), Bytes.EMPTY);
        for (final Hash topic : log.topics()) {
          tx.put(ChainSegments.LOGS_BY_TOPIC, FlatBytes.concat(topic, position), Bytes.EMPTY);
        }
      }
    }
    tx.put(ChainSegments.CHAIN_META, HEAD_KEY, hash);
  }
}
