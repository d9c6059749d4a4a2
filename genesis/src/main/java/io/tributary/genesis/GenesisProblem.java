package io.tributary.genesis;

/**
 * One thing wrong with a genesis file.
 *
 * @param path where, as a JSON path without the leading {@code $}: {@code alloc.0x…01.balance},
 *     {@code config.tributary.validators[2]}; {@code genesis} for the file as a whole
 * @param message what is wrong there
 */
public record GenesisProblem(String path, String message) {
  /** The path of the file as a whole (it is not JSON, or not an object). */
  public static final String ROOT = "genesis";

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
