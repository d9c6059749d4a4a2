package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads genesis files in geth's shape, so existing ones work: {@code config.chainId}, {@code alloc} (balances, nonces,
 * code, storage), {@code gasLimit}, {@code baseFeePerGas}, {@code timestamp}, geth's other fields accepted and
 * ignored; Tributary's own settings sit under {@code config.tributary} ({@code validators}, {@code governance}).
 * Numbers may be JSON integers, decimal strings or 0x-hex. Every problem is found in one pass and reported with the
 * JSON path of the field at fault ({@code genesis/README.md} lists the rules).
 *
 * <p>Two levels: {@link #read}/{@link #parse} accept an empty validator set, which {@code tributary dev} and
 * {@code tributary node} fill with the node's own key; {@link #validate} checks a file that must start a chain as it
 * stands, so an empty validator set is one more problem there (as it is for {@link GenesisBlock#of}).
 */
public final class GenesisFile {
  private GenesisFile() {}

  /** The genesis in {@code file}; throws a {@link GenesisException} listing every problem. */
  public static GenesisConfig read(final Path file) {
    return parse(text(file));
  }

  /** The genesis {@code json} describes; throws a {@link GenesisException} listing every problem. */
  public static GenesisConfig parse(final String json) {
    return check(json, false).orElseThrow();
  }

  /** Every problem of {@code file} as the genesis of a chain, an empty validator set included. */
  public static GenesisValidation validate(final Path file) {
    final String json;
    try {
      json = text(file);
    } catch (final GenesisException e) {
      return new GenesisValidation(Optional.empty(), java.util.List.of(new GenesisProblem(GenesisProblem.ROOT,
          e.getMessage())));
    }
    return validate(json);
  }

  /** Every problem of {@code json} as the genesis of a chain, an empty validator set included. */
  public static GenesisValidation validate(final String json) {
    return check(json, true);
  }

  private static GenesisValidation check(final String json, final boolean requireValidators) {
    final GenesisProblems problems = new GenesisProblems();
    final Optional<JsonNode> tree = JsonTree.read(json, problems);
    final Optional<GenesisConfig> config = tree.flatMap(t -> new GenesisReader(problems, requireValidators).read(t));
    return new GenesisValidation(problems.isEmpty() ? config : Optional.empty(), problems.list());
  }

  private static String text(final Path file) {
    try {
      return Files.readString(file);
    } catch (final IOException e) {
      throw new GenesisException("cannot read genesis file " + file + ": " + e, e);
    }
  }
}
