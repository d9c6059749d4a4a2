package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** A real Cancun block from ethereum/tests with one transaction of each type (see vectors/cancun-block.json). */
class BlockTest {
  @Test
  void decodesARealCancunBlockWithEveryTransactionTypeAndReencodesItExactly() throws Exception {
    final JsonNode vector = BlockHeaderTest.cancunVector();
    final Bytes rlp = Bytes.fromHexString(vector.get("blockRLP").asText());
    final Block block = Block.decode(rlp);
    assertThat(block.hash()).isEqualTo(Hash.fromHexString(vector.get("blockHash").asText()));
    assertThat(block.header().parentHash()).isEqualTo(Hash.fromHexString(vector.get("genesisHash").asText()));
    assertThat(block.header().gasUsed()).isEqualTo(Long.decode(vector.get("gasUsed").asText()));
    assertThat(block.header().blobGasUsed()).contains(Long.decode(vector.get("blobGasUsed").asText()));
    final List<Transaction> txs = block.body().transactions();
    assertThat(txs).extracting(Transaction::type).containsExactly(TransactionType.LEGACY,
        TransactionType.ACCESS_LIST, TransactionType.EIP1559, TransactionType.BLOB);
    final Address sender = Address.fromHexString(vector.get("sender").asText());
    assertThat(txs).allSatisfy(tx -> assertThat(tx.sender()).contains(sender));
    assertThat(txs).extracting(Transaction::nonce).containsExactly(0L, 1L, 2L, 3L);
    assertThat(block.body().ommers()).isEmpty();
    assertThat(block.body().withdrawals()).contains(List.of());
    assertThat(block.encoded()).isEqualTo(rlp);
  }

  @Test
  void roundTripsATributaryBlock() {
    final BlockHeader header = BlockHeader.builder().number(1).gasLimit(30_000_000)
        .tributaryCancunFields(io.tributary.core.types.Wei.of(1_000_000_000L)).build();
    final Block block = new Block(header, BlockBody.of(List.of()));
    assertThat(Block.decode(block.encoded())).isEqualTo(block);
  }
}
