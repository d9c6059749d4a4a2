package io.tributary.node.cli.testnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeProcessesTest {
  @TempDir Path root;

  private static TestnetManifest.Node node(final int rpcPort, final int p2pPort) {
    return new TestnetManifest.Node("node0", true, "0x00", "node0", "keys/node0.key", "127.0.0.1", rpcPort,
        "127.0.0.1", p2pPort, "enode://" + "ab".repeat(64) + "@127.0.0.1:" + p2pPort);
  }

  @Test
  void aNodeWhoseDataDirComesAfterALongClassPathIsStillFoundByItsPidFile() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    final TestnetManifest.Node node = node(1, 2);
    final String dataDir = node.dataDir(root.toAbsolutePath().normalize()).toString();
    // A node's command line: JVM options and a class path of ~5,000 characters, then --datadir (the JDK's
    // ProcessHandle.Info.commandLine() is cut at 4,096).
    final Process process = new ProcessBuilder("/bin/sh", "-c", "sleep 60", "sh", "-cp", "x".repeat(5_000),
        "--datadir", dataDir).start();
    try {
      Files.createDirectories(node.pidFile(root).getParent());
      Files.writeString(node.pidFile(root), process.pid() + "\n");
      assertThat(NodeProcesses.commandLine(process.toHandle())).hasValueSatisfying(line ->
          assertThat(line).endsWith("--datadir " + dataDir));
      assertThat(NodeProcesses.runningPid(root, node)).map(ProcessHandle::pid).contains(process.pid());

      final TestnetManifest.Node other = new TestnetManifest.Node("node0", true, "0x00", "elsewhere",
          "keys/node0.key", "127.0.0.1", 1, "127.0.0.1", 2, node.enode());
      Files.createDirectories(other.pidFile(root).getParent());
      Files.writeString(other.pidFile(root), process.pid() + "\n");
      assertThat(NodeProcesses.runningPid(root, other)).as("a pid now running another node's command").isEmpty();
    } finally {
      process.destroyForcibly().waitFor();
    }
    assertThat(NodeProcesses.runningPid(root, node)).as("an exited node").isEmpty();
  }

  @Test
  void aPortSomethingElseListensOnIsNamedBeforeANodeIsStartedOnIt() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      final int free;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        free = probe.getLocalPort();
      }
      assertThat(NodeProcesses.portInUse(node(taken.getLocalPort(), free)))
          .contains("node0's JSON-RPC port 127.0.0.1:" + taken.getLocalPort() + " is in use");
      assertThat(NodeProcesses.portInUse(node(free, taken.getLocalPort())))
          .contains("node0's p2p port 127.0.0.1:" + taken.getLocalPort() + " is in use");
      assertThat(NodeProcesses.portInUse(node(free, free))).isEqualTo(Optional.empty());
    }
  }
}
