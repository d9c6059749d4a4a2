package io.tributary.core.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.block.Log;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.bytes.MutableBytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AbiCodecTest {
  private static final Address ALICE = Address.fromHexString("0x00000000000000000000000000000000000a7001");
  private static final Address BOB = Address.fromHexString("0xffffffffffffffffffffffffffffffffffffffff");

  private static UInt256 u(final long value) {
    return UInt256.valueOf(value);
  }

  private static Bytes hex(final String... words) {
    return Bytes.fromHexString(String.join("", words).replace(" ", ""));
  }

  private static String word(final long value) {
    return UInt256.valueOf(value).toUnprefixedHexString();
  }

  private static List<Object> roundTrip(final String types, final List<Object> values) {
    final List<AbiType> parsed = AbiType.parseList(types);
    final Bytes encoded = AbiCodec.encode(parsed, values);
    assertThat(encoded.size() % 32).as("a whole number of words").isZero();
    final List<Object> decoded = AbiCodec.decode(parsed, encoded);
    assertThat(decoded).isEqualTo(values);
    return decoded;
  }

  // ---------------------------------------------------------------- known vectors

  @Nested
  class KnownVectors {
    @Test
    void selectorOfTransferIsTheErc20One() {
      assertThat(AbiFunction.parse("transfer(address,uint256)", "bool").selector().toHexString())
          .isEqualTo("0xa9059cbb");
    }

    @Test
    void topicOfTransferEventIsTheErc20One() {
      assertThat(AbiEvent.parse("Transfer(address indexed,address indexed,uint256)").topic().toHexString())
          .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    }

    @Test
    void errorStringIsEncodedAsTheSolidityDocsShow() {
      // "Not enough Ether provided." from the Solidity docs (control structures, revert).
      final Bytes expected = hex("08c379a0",
          "0000000000000000000000000000000000000000000000000000000000000020",
          "000000000000000000000000000000000000000000000000000000000000001a",
          "4e6f7420656e6f7567682045746865722070726f76696465642e000000000000");

      assertThat(RevertReason.encode("Not enough Ether provided.")).isEqualTo(expected);
      assertThat(RevertReason.decode(expected)).contains("Not enough Ether provided.");
    }

    @Test
    void revertReasonIgnoresOtherRevertData() {
      assertThat(RevertReason.decode(Bytes.EMPTY)).isEmpty();
      assertThat(RevertReason.decode(hex("4e487b71", word(0x32)))).as("Panic(uint256)").isEmpty();
      assertThat(RevertReason.decode(hex("08c379a0", word(0x20)))).as("truncated Error(string)").isEmpty();
    }

    @Test
    void specExampleWithStaticAndDynamicArgumentsMatchesTheAbiSpec() {
      // Solidity ABI specification, "Use of Dynamic Types": f(uint256,uint32[],bytes10,bytes) with
      // (0x123, [0x456, 0x789], "1234567890", "Hello, world!").
      final AbiFunction f = AbiFunction.parse("f(uint256,uint32[],bytes10,bytes)", "");
      final Bytes expected = hex("8be65246",
          "0000000000000000000000000000000000000000000000000000000000000123",
          "0000000000000000000000000000000000000000000000000000000000000080",
          "3132333435363738393000000000000000000000000000000000000000000000",
          "00000000000000000000000000000000000000000000000000000000000000e0",
          "0000000000000000000000000000000000000000000000000000000000000002",
          "0000000000000000000000000000000000000000000000000000000000000456",
          "0000000000000000000000000000000000000000000000000000000000000789",
          "000000000000000000000000000000000000000000000000000000000000000d",
          "48656c6c6f2c20776f726c642100000000000000000000000000000000000000");
      final Object[] args = {u(0x123), List.of(u(0x456), u(0x789)),
          Bytes.wrap("1234567890".getBytes(StandardCharsets.US_ASCII)),
          Bytes.wrap("Hello, world!".getBytes(StandardCharsets.US_ASCII))};

      assertThat(f.encodeCall(args)).isEqualTo(expected);
      assertThat(f.decodeInputs(expected.slice(4))).containsExactly(args);
    }

    @Test
    void specExampleWithNestedDynamicArraysMatchesTheAbiSpec() {
      // Solidity ABI specification: g(uint256[][],string[]) with ([[1, 2], [3]], ["one", "two", "three"]).
      final AbiFunction g = AbiFunction.parse("g(uint[][],string[])", "");
      final Bytes expected = hex("2289b18c", word(0x40), word(0x140), word(2), word(0x40), word(0xa0), word(2),
          word(1), word(2), word(1), word(3), word(3), word(0x60), word(0xa0), word(0xe0), word(3),
          "6f6e650000000000000000000000000000000000000000000000000000000000", word(3),
          "74776f0000000000000000000000000000000000000000000000000000000000", word(5),
          "7468726565000000000000000000000000000000000000000000000000000000");
      final Object[] args = {List.of(List.of(u(1), u(2)), List.of(u(3))), List.of("one", "two", "three")};

      assertThat(g.signature()).isEqualTo("g(uint256[][],string[])");
      assertThat(g.encodeCall(args)).isEqualTo(expected);
      assertThat(g.decodeInputs(expected.slice(4))).containsExactly(args);
    }

    @Test
    void eventPutsIndexedValuesInTopicsAndTheRestInData() {
      final AbiEvent event = AbiEvent.parse("RoyaltyPaid(uint64 indexed,uint64 indexed,address indexed,uint32,"
          + "uint256)");
      final Log log = event.log(ALICE, u(7), u(3), BOB, u(12), u(1_000));

      assertThat(log.topics()).hasSize(4);
      assertThat(log.topics().get(0)).isEqualTo(event.topic());
      assertThat(log.topics().get(3).toHexString()).isEqualTo("0x" + "0".repeat(24) + "f".repeat(40));
      assertThat(log.data()).isEqualTo(hex(word(12), word(1_000)));
    }
  }

  // ---------------------------------------------------------------- round trips

  @Nested
  class RoundTrips {
    @Test
    void staticValues() {
      roundTrip("uint8,uint64,uint256,address,bool,bool,bytes1,bytes32", List.of(u(255),
          UInt256.fromHexString("0xffffffffffffffff"), UInt256.MAX_VALUE, BOB, true, false, Bytes.of(0x80),
          Bytes32.repeat((byte) 0xab)));
    }

    @Test
    void dynamicValuesOfEveryLength() {
      for (final int length : new int[] {0, 1, 31, 32, 33, 64, 65}) {
        final Bytes bytes = Bytes.wrap(new byte[length]).mutableCopy();
        roundTrip("bytes,string,bytes", List.of(bytes, "é".repeat(length), Bytes.EMPTY));
      }
    }

    @Test
    void stringsAreUtf8() {
      final Bytes encoded = AbiCodec.encode(AbiType.parseList("string"), List.of("Δ🙂"));

      assertThat(encoded.slice(32, 32)).isEqualTo(UInt256.valueOf(6));
      roundTrip("string", List.of("Δ🙂"));
    }

    @Test
    void staticTupleIsEncodedInPlace() {
      final List<Object> value = List.of(u(1), List.of(BOB, true), u(2));
      final Bytes encoded = AbiCodec.encode(AbiType.parseList("(uint64,(address,bool),uint16)"), List.of(value));

      assertThat(encoded.size()).as("no offset for a static tuple").isEqualTo(4 * 32);
      roundTrip("(uint64,(address,bool),uint16),uint8", List.of(value, u(9)));
    }

    @Test
    void dynamicTupleWithNestedTuplesAndArrays() {
      // The shape of getModel's Model struct and recordInferences' batch.
      final List<Object> model = List.of(u(4), ALICE, u(0), "base", "ipfs://x", Bytes32.ZERO,
          List.of(u(1), u(2)), List.of(), u(1_000_000), List.of(u(6000), u(0), u(3000), u(1000)), u(9), true);
      roundTrip(ModelShape.MODEL, List.of(model));

      final List<Object> inference = List.of(u(1), Bytes32.repeat((byte) 1), List.of(u(10), u(11), u(12)),
          List.of(List.of(u(1), u(7)), List.of(u(2), u(9))), u(5));
      roundTrip("(uint64,bytes32,uint64[],(uint64,uint32)[],uint256)[]",
          List.of(List.of(inference, inference, List.of(u(2), Bytes32.ZERO, List.of(u(1)), List.of(), u(0)))));
    }

    @Test
    void arraysOfArraysAndEmptyArrays() {
      roundTrip("uint64[][],string[],bytes[],bool[]", List.of(List.of(List.of(), List.of(u(1)), List.of(u(2), u(3))),
          List.of("", "a", "b".repeat(40)), List.of(), List.of(true, false, true)));
    }

    @Test
    void longArraysOfStaticTuplesDecode() {
      // Regression: a static tuple takes no word of its own, so counting it against the input size rejected
      // canonical input such as a recordInference with more than 18 claims.
      final List<Object> claims = new ArrayList<>();
      for (int i = 1; i <= 500; i++) {
        claims.add(List.of(u(i), u(i * 3L)));
      }
      roundTrip("uint64,bytes32,uint64[],(uint64,uint32)[]", List.of(u(1), Bytes32.ZERO, List.of(u(5)), claims));
      roundTrip("((uint8,(uint8,uint8)),uint8)[]", List.of(Collections.nCopies(200,
          List.of(List.of(u(1), List.of(u(2), u(3))), u(4)))));
      roundTrip("(uint64)[],(string)[]", List.of(Collections.nCopies(300, List.of(u(1))),
          Collections.nCopies(100, List.of("x".repeat(40)))));
    }

    @Test
    void functionWithNoArguments() {
      final AbiFunction count = AbiFunction.parse("datasetCount()", "uint64");

      assertThat(count.encodeCall()).isEqualTo(count.selector());
      assertThat(count.decodeInputs(Bytes.EMPTY)).isEmpty();
      assertThat(count.decodeOutputs(count.encodeOutputs(u(3)))).containsExactly(u(3));
    }

    @Test
    void trailingBytesAreIgnoredAsSolidityDoes() {
      assertThat(AbiCodec.decode(AbiType.parseList("uint8"), hex(word(5), word(6)))).containsExactly(u(5));
    }

    @Test
    void encodingRefusesValuesThatDoNotFit() {
      assertThatThrownBy(() -> AbiCodec.encode(AbiType.parseList("uint64"), List.of(UInt256.MAX_VALUE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit uint64");
      assertThatThrownBy(() -> AbiCodec.encode(AbiType.parseList("bytes4"), List.of(Bytes.of(1, 2))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytes4 needs 4 bytes");
      assertThatThrownBy(() -> AbiCodec.encode(AbiType.parseList("uint8,uint8"), List.of(u(1))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 types but 1 values");
    }
  }

  /** The tuple layout of ModelRegistry's Model struct. */
  private static final class ModelShape {
    static final String MODEL = "(uint64,address,uint64,string,string,bytes32,uint64[],uint64[],uint256,"
        + "(uint16,uint16,uint16,uint16),uint64,bool)";
  }

  // ---------------------------------------------------------------- strictness

  @Nested
  class Strictness {
    private void rejects(final String types, final Bytes data, final DecodingError kind, final String why) {
      assertThatThrownBy(() -> AbiCodec.decode(AbiType.parseList(types), data))
          .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.error()).isEqualTo(kind))
          .hasMessageContaining(why);
    }

    @Test
    void truncatedStaticValue() {
      rejects("uint64,uint64", hex(word(1), "00".repeat(31)), DecodingError.TRUNCATED,
          "ABI value [1] needs 32 bytes at offset 32, input has 63");
      rejects("uint8", Bytes.EMPTY, DecodingError.TRUNCATED, "needs 32 bytes at offset 0, input has 0");
    }

    @Test
    void truncatedDynamicBytes() {
      rejects("bytes", hex(word(0x20), word(40), word(0)), DecodingError.TRUNCATED,
          "ABI value [0] 40 bytes declared, 32 remain");
    }

    @Test
    void offsetOutOfRange() {
      rejects("bytes", hex(word(0x1000), word(0)), DecodingError.INVALID_VALUE,
          "ABI value [0] offset 0x" + "0".repeat(60) + "1000 points past the input");
      rejects("string", hex("ff".repeat(32)), DecodingError.INVALID_VALUE, "points past the input");
      // In range of the input but with no room for the length word.
      rejects("uint64[]", hex(word(0x40), word(0)), DecodingError.TRUNCATED, "needs 32 bytes at offset 64");
    }

    @Test
    void uint64WithHighBitsSet() {
      rejects("uint64", hex("0000000000000000000000000000000100000000000000000000000000000000"),
          DecodingError.INTEGER_TOO_LARGE, "ABI value [0] 0x0000000000000000000000000000000100000000000000000000000000"
              + "000000 does not fit uint64");
      rejects("uint8", hex(word(256)), DecodingError.INTEGER_TOO_LARGE, "does not fit uint8");
      rejects("(uint64,uint32)[]", hex(word(0x20), word(1), word(1), word(1L << 32)),
          DecodingError.INTEGER_TOO_LARGE, "ABI value [0][0][1] 0x" + "0".repeat(55) + "100000000 does not fit uint32");
    }

    @Test
    void addressWithDirtyPadding() {
      rejects("address", hex("01" + "00".repeat(11) + "ff".repeat(20)), DecodingError.INVALID_VALUE,
          "ABI value [0] address with non-zero padding");
    }

    @Test
    void boolOtherThanZeroOrOne() {
      rejects("uint8,bool", hex(word(0), word(2)), DecodingError.INVALID_VALUE,
          "ABI value [1] bool must be 0 or 1");
    }

    @Test
    void fixedBytesWithDirtyPadding() {
      rejects("bytes10", hex("31".repeat(10) + "00".repeat(21) + "01"), DecodingError.INVALID_VALUE,
          "bytes10 with non-zero padding");
    }

    @Test
    void invalidUtf8() {
      // 0xc3 0x28: a lead byte followed by a non-continuation byte; 0xed 0xa0 0x80: an encoded surrogate.
      rejects("string", hex(word(0x20), word(2), "c328" + "00".repeat(30)), DecodingError.INVALID_VALUE,
          "ABI value [0] string is not valid UTF-8");
      rejects("string", hex(word(0x20), word(3), "eda080" + "00".repeat(29)), DecodingError.INVALID_VALUE,
          "string is not valid UTF-8");
      rejects("string", hex(word(0x20), word(2), "c0af" + "00".repeat(30)), DecodingError.INVALID_VALUE,
          "string is not valid UTF-8");
    }

    @Test
    void hugeArrayLength() {
      rejects("uint64[]", hex(word(0x20), "00".repeat(28) + "7fffffff", word(1)), DecodingError.TRUNCATED,
          "ABI value [0] length 0x" + "0".repeat(56) + "7fffffff exceeds the input");
      rejects("uint64[]", hex(word(0x20), "ff".repeat(32)), DecodingError.TRUNCATED, "exceeds the input");
      // A length within the input's size whose elements cannot fit in what remains.
      rejects("(uint256,uint256)[]", hex(word(0x20), word(3), word(1), word(2), word(3), word(4)),
          DecodingError.TRUNCATED, "array of 3 elements needs at least 192 bytes, 128 remain");
    }

    @Test
    void hugeBytesLength() {
      rejects("bytes", hex(word(0x20), "ff".repeat(32)), DecodingError.TRUNCATED, "exceeds the input");
    }

    @Test
    void aliasedOffsetBombOfArrays() {
      // uint256[][] with 1,000 elements whose offsets all point at one 1,000-element array: 64 KiB of input that
      // would decode a million values.
      final int n = 1_000;
      final StringBuilder data = new StringBuilder(word(0x20)).append(word(n));
      for (int i = 0; i < n; i++) {
        data.append(word(32L * n));
      }
      data.append(word(n));
      for (int i = 0; i < n; i++) {
        data.append(word(i));
      }
      rejects("uint256[][]", hex(data.toString()), DecodingError.INVALID_VALUE, "aliased offsets");
    }

    @Test
    void aliasedOffsetBombOfBytes() {
      // bytes[] with 2,000 offsets at one 64 KiB bytes: 128 KiB of input that would copy 128 MiB.
      final int n = 2_000;
      final int size = 64 * 1024;
      final StringBuilder head = new StringBuilder(word(0x20)).append(word(n));
      for (int i = 0; i < n; i++) {
        head.append(word(32L * n));
      }
      head.append(word(size));
      final Bytes data = Bytes.concatenate(hex(head.toString()), MutableBytes.create(size));
      rejects("bytes[]", data, DecodingError.INVALID_VALUE, "aliased offsets");
    }

    @Test
    void arrayOfElementsWithNoSize() {
      // ()[] is no Solidity type; its length word alone could stand for any number of elements.
      rejects("()[]", hex(word(0x20), word(1_000)), DecodingError.UNSUPPORTED_TYPE, "()[] has elements of no size");
    }

    @Test
    void aliasedOffsetsWithinTheInputSizeAreAllowed() {
      // Two strings sharing one tail: the ABI does not forbid it, and it decodes no more than the input holds.
      final Bytes data = hex(word(0x40), word(0x40), word(3), "616263" + "00".repeat(29));

      assertThat(AbiCodec.decode(AbiType.parseList("string,string"), data)).containsExactly("abc", "abc");
    }

    @Test
    void nothingButDecodingExceptionEscapesOnRandomInput() {
      final java.util.Random random = new java.util.Random(42);
      final List<AbiType> types = AbiType.parseList("uint64,(uint64,bytes32,uint64[],(uint64,uint32)[],uint256)[],"
          + "string,bytes[],address,bool");
      final Bytes valid = AbiCodec.encode(types, List.of(u(1), List.of(List.of(u(2), Bytes32.ZERO,
          List.of(u(3), u(4)), List.of(List.of(u(5), u(6))), u(7))), "s", List.of(Bytes.of(1)), BOB, true));
      for (int i = 0; i < 5_000; i++) {
        final MutableBytes mutated = valid.mutableCopy();
        for (int j = 0; j < 1 + random.nextInt(4); j++) {
          mutated.set(random.nextInt(mutated.size()), (byte) random.nextInt(256));
        }
        final Bytes input = random.nextInt(4) == 0 ? mutated.slice(0, random.nextInt(mutated.size())) : mutated;
        try {
          AbiCodec.decode(types, input);
        } catch (final DecodingException expected) {
          assertThat(expected.getMessage()).startsWith(expected.error().description() + ": ABI value");
        }
      }
    }
  }
}
