package io.tributary.node.cli.keys;

import picocli.CommandLine.Command;

/** {@code tributary keys}: Web3 Secret Storage keystores that geth and ethers.js read. */
@Command(name = "keys", description = "Create, list and inspect encrypted key files.", mixinStandardHelpOptions = true,
    subcommands = {KeysNewCommand.class, KeysListCommand.class, KeysInspectCommand.class})
public final class KeysCommand {
  /** Where keys live unless --keystore says otherwise. */
  public static final String DEFAULT_KEYSTORE = "data/keystore";
}
