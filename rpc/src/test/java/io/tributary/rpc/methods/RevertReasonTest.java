package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class RevertReasonTest {

  private static Bytes panic(final String code) {
    return Bytes.fromHexString("0x4e487b71" + "0".repeat(64 - code.length()) + code);
  }

  private static final Bytes NOPE = Bytes.fromHexString("0x08c379a0" + "00".repeat(31) + "20" + "00".repeat(31) + "04"
      + "6e6f7065" + "00".repeat(28));

  @Test
  void errorStringGivesItsString() {
    assertThat(RevertReason.decode(NOPE)).contains("nope");
  }

  @Test
  void solidityPanicCodesGetGethsWords() {
    // What solc 0.8 emits for a[i] past the end (the splitter's payee(3) in the ethers suite), an overflow, assert.
    assertThat(RevertReason.decode(panic("32"))).contains("out-of-bounds access of an array or bytesN");
    assertThat(RevertReason.decode(panic("11"))).contains("arithmetic underflow or overflow");
    assertThat(RevertReason.decode(panic("01"))).contains("assert(false)");
    assertThat(RevertReason.decode(panic("12"))).contains("division or modulo by zero");
  }

  @Test
  void unknownPanicCodeIsNamedByItsNumber() {
    assertThat(RevertReason.decode(panic("99"))).contains("unknown panic code: 0x99");
    assertThat(RevertReason.decode(panic("f".repeat(64)))).contains("unknown panic code: 0x" + "f".repeat(64));
  }

  @Test
  void customErrorsAndShortDataHaveNoReason() {
    // ERC20InsufficientBalance(address,uint256,uint256) and friends: only the contract's ABI can name them.
    assertThat(RevertReason.decode(Bytes.fromHexString("0xe450d38c" + "00".repeat(96)))).isEmpty();
    assertThat(RevertReason.decode(Bytes.fromHexString("0x4e487b71" + "00".repeat(31)))).isEmpty();
    assertThat(RevertReason.decode(Bytes.EMPTY)).isEmpty();
  }
}
