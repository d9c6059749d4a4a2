package io.tributary.state.referencetests;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.encoding.DecodingException;
import io.tributary.core.testing.EthereumTestVectors;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class GeneralStateTestParserTest {
  private static final Path SUITE = EthereumTestVectors.dir("GeneralStateTests");

  @Test
  void readsEveryFieldOfAFixture() {
    final List<GeneralStateTest> tests =
        GeneralStateTestParser.parse(SUITE.resolve("stExample/add11.json"), "stExample/add11.json");

    assertThat(tests).hasSize(1);
    final GeneralStateTest test = tests.get(0);
    assertThat(test.name()).isEqualTo("add11");
    assertThat(test.env().coinbase()).isEqualTo(Address.fromHexString("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"));
    assertThat(test.env().gasLimit()).isEqualTo(0xff112233445566L);
    assertThat(test.env().number()).isEqualTo(1);
    assertThat(test.env().timestamp()).isEqualTo(1000);
    assertThat(test.env().baseFee()).isEqualTo(Wei.of(10));
    assertThat(test.env().prevRandao().toBigInteger()).isEqualTo(BigInteger.valueOf(0x020000));
    assertThat(test.env().excessBlobGas()).isZero();
    final StateTestAccount contract = test.pre().get(Address.fromHexString("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"));
    assertThat(contract.balance()).isEqualTo(Wei.fromHexString("0x0de0b6b3a7640000"));
    assertThat(contract.code()).isEqualTo(Bytes.fromHexString("0x600160010160005500"));
    assertThat(contract.storage()).isEmpty();
    assertThat(test.pre()).hasSize(3);
    assertThat(test.transaction().gasPrice()).contains(Wei.of(10));
    assertThat(test.transaction().gasLimits()).containsExactly(400_000L);
    assertThat(test.transaction().values()).containsExactly(BigInteger.valueOf(100_000));
    assertThat(test.transaction().to()).contains(Address.fromHexString("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"));
    final List<StateTestPost> cancun = test.postFor("Cancun");
    assertThat(cancun).hasSize(1);
    assertThat(cancun.get(0).hash())
        .isEqualTo(Hash.fromHexString("0xe8010ce590f401c9d61fef8ab05bea9bcec24281b795e5868809bc4e515aa530"));
    assertThat(cancun.get(0).logs()).isEqualTo(GeneralStateTestRunner.logsHash(List.of()));
    assertThat(cancun.get(0).expectException()).isEmpty();
    assertThat(cancun.get(0).indexes()).isEqualTo(new StateTestPost.Indexes(0, 0, 0));
  }

  @Test
  void readsStorageAndValuesTooLargeForTheirField() {
    final GeneralStateTest overflow = GeneralStateTestParser.parse(
        SUITE.resolve("stTransactionTest/ValueOverflowParis.json"), "ValueOverflowParis.json").get(0);
    assertThat(overflow.transaction().values().get(0)).isEqualTo(BigInteger.ONE.shiftLeft(256).add(BigInteger.ONE));

    final GeneralStateTest sstore = GeneralStateTestParser.parse(
        SUITE.resolve("stSStoreTest/InitCollisionParis.json"), "InitCollisionParis.json").get(0);
    assertThat(sstore.pre().values()).anySatisfy(a -> assertThat(a.storage()).containsEntry(UInt256.ONE, UInt256.ONE));
  }

  /**
   * The template path (build and sign from the fields) must give exactly the fixture's {@code txbytes}: the same type,
   * fields, access list and deterministic (RFC 6979) signature, for every Cancun entry whose bytes decode. (Whether a
   * legacy transaction was signed with EIP-155 is the one thing the template leaves open; the bytes say.)
   */
  @Test
  void buildsAndSignsEveryCancunTransactionExactlyAsTheFixtureEncodesIt() {
    final List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (final Path file : EthereumTestVectors.jsonFiles("GeneralStateTests")) {
      for (final GeneralStateTest test : GeneralStateTestParser.parse(file, SUITE.relativize(file).toString())) {
        for (final StateTestPost post : test.postFor(GeneralStateTestRunner.FORK)) {
          final Transaction expected;
          try {
            expected = TransactionDecoder.decode(post.txBytes().orElseThrow());
          } catch (DecodingException e) {
            continue;
          }
          checked++;
          final boolean eip155 = expected.chainId().isPresent();
          final Bytes built = test.transaction().build(post.indexes(), 1, eip155).encoded();
          if (!built.equals(expected.encoded())) {
            mismatches.add(test.source() + "/" + test.name() + " " + post.indexes());
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20_000);
    assertThat(mismatches).isEmpty();
  }
}
