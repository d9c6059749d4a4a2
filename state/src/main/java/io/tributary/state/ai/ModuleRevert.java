package io.tributary.state.ai;

/**
 * A module call's named failure, e.g. {@code UnknownDataset: dataset 7 is not registered}. Thrown inside a module
 * and turned into {@code Error(string)} revert data at its boundary ({@link AbiModule}); it never leaves the module.
 */
public final class ModuleRevert extends RuntimeException {
  public ModuleRevert(final String name, final String message) {
    super(name + ": " + message, null, false, false);
  }
}
