package io.tributary.vm.precompile;

import org.apache.tuweni.bytes.Bytes;

/**
 * A contract implemented natively at a fixed address (0x01 to 0x0a on Cancun). The interpreter charges
 * {@link #gasRequirement} before calling {@link #compute}; a call that cannot pay it fails like any out-of-gas call.
 */
public interface PrecompiledContract {
  /** The name the yellow paper and EIPs use, e.g. "ECREC" or "MODEXP"; shown in traces. */
  String name();

  /** Gas the call costs for this input, by the rules of the fork this instance was built for. */
  long gasRequirement(Bytes input);

  /** The output, or a failure that consumes all gas given to the call (as invalid input does for bn254 or blake2f). */
  PrecompileResult compute(Bytes input);
}
