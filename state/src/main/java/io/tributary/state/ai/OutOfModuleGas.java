package io.tributary.state.ai;

/** The call ran out of gas inside a module; caught at the module boundary and turned into an out-of-gas halt. */
final class OutOfModuleGas extends RuntimeException {
  OutOfModuleGas() {
    super("out of gas", null, false, false);
  }
}
