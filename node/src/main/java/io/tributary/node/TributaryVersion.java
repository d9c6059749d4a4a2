package io.tributary.node;

import picocli.CommandLine.IVersionProvider;

/** Version string shown by {@code tributary --version} and {@code web3_clientVersion}. */
public final class TributaryVersion implements IVersionProvider {
  public static String clientVersion() {
    final String v = TributaryVersion.class.getPackage().getImplementationVersion();
    return "tributary/v" + (v == null ? "dev" : v) + "/" + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT)
        + "/java" + Runtime.version().feature();
  }

  @Override
  public String[] getVersion() {
    return new String[] {clientVersion()};
  }
}
