package io.tributary.vm.precompile;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/** 0x03: RIPEMD-160 of the input, left-padded to 32 bytes; 600 gas plus 120 per word. */
public final class Ripemd160Precompile implements PrecompiledContract {
  static final long BASE_GAS = 600;
  static final long WORD_GAS = 120;

  @Override
  public String name() {
    return "RIPEMD160";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return PrecompileGas.linear(BASE_GAS, WORD_GAS, input.size());
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    final RIPEMD160Digest digest = new RIPEMD160Digest();
    final byte[] in = input.toArrayUnsafe();
    digest.update(in, 0, in.length);
    final byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return PrecompileResult.success(Bytes32.leftPad(Bytes.wrap(out)));
  }
}
