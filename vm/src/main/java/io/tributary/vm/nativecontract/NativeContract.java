package io.tributary.vm.nativecontract;

/**
 * A contract implemented in Java at a reserved address, with state: Tributary's AI modules. Unlike a precompile it
 * reads and writes the world (its own storage, balances), emits logs, and meters its own gas as it goes, so its price
 * follows the work an input causes. It is reached by a plain CALL or STATICCALL (a transaction or a contract), runs
 * inside the caller's checkpoint, and a revert or out-of-gas undoes everything it did, as for EVM code.
 */
public interface NativeContract {
  /** A name for traces and logs, e.g. "DatasetRegistry". */
  String name();

  /** Runs one call; must not throw for any input (malformed input is a {@link NativeResult#revert}). */
  NativeResult call(NativeCall call);
}
