package io.tributary.testnet;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders and ports of the black-box tests; node logs stay under target/it for a failing run. */
final class ItDirs {
  private ItDirs() {}

  static Path fresh(final String name) throws IOException {
    final Path base = Path.of(System.getProperty("tributary.it.dir", "target/it"));
    Files.createDirectories(base);
    return Files.createTempDirectory(base, name + "-");
  }

  static Path manifest(final String file) {
    return Path.of(System.getProperty("tributary.testnet.manifests", "manifests")).resolve(file);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
