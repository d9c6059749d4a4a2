package io.tributary.node.cli.chain;

/** A module call that was not made or did not succeed, with what the user should read (a revert's decoded reason). */
public final class ModuleCallFailed extends Exception {
  private static final long serialVersionUID = 1L;

  public ModuleCallFailed(final String message) {
    super(message);
  }
}
