package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.query.NetworkView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkMethodsTest {
  private static final String ID = "ab".repeat(64);

  private static RpcCalls served(final NetworkView network) {
    return new RpcCalls(new JsonRpcProcessor(new JsonRpcMethods()
        .register(new AdminNodeInfo(network, "tributary/test"))
        .register(new AdminPeers(network))
        .register(new EthSyncing(network)), 10));
  }

  private static final NetworkView SYNCING = new NetworkView() {
    @Override
    public Optional<NodeIdentity> identity() {
      return Optional.of(new NodeIdentity(Optional.of("enode://" + ID + "@127.0.0.1:30303"), ID, "127.0.0.1",
          30303));
    }

    @Override
    public List<PeerView> peers() {
      return List.of(new PeerView("cd".repeat(64), Optional.empty(), "127.0.0.1:50000", true, 300, "0x" + "11"
          .repeat(32)));
    }

    @Override
    public Optional<SyncProgress> syncing() {
      return Optional.of(new SyncProgress(10, 120, 300));
    }
  };

  @Test
  void nodeInfoGivesTheEnodeAnotherNodeDials() {
    final var info = served(SYNCING).result("admin_nodeInfo", "[]");

    assertThat(info.get("enode").asText()).isEqualTo("enode://" + ID + "@127.0.0.1:30303");
    assertThat(info.get("id").asText()).isEqualTo(ID);
    assertThat(info.get("ports").get("listener").asInt()).isEqualTo(30303);
    assertThat(info.get("listenAddr").asText()).isEqualTo("127.0.0.1:30303");
  }

  @Test
  void peersListTheirAddressDirectionAndHead() {
    final var peers = served(SYNCING).result("admin_peers", "[]");

    assertThat(peers).hasSize(1);
    assertThat(peers.get(0).get("network").get("inbound").asBoolean()).isTrue();
    assertThat(peers.get(0).get("protocols").get("tributary").get("headNumber").asText()).isEqualTo("0x12c");
    assertThat(peers.get(0).has("enode")).as("an inbound peer that does not listen has no enode").isFalse();
  }

  @Test
  void syncingAnswersProgressWhileCatchingUpAndFalseOtherwise() {
    final var progress = served(SYNCING).result("eth_syncing", "[]");
    assertThat(progress.get("startingBlock").asText()).isEqualTo("0xa");
    assertThat(progress.get("currentBlock").asText()).isEqualTo("0x78");
    assertThat(progress.get("highestBlock").asText()).isEqualTo("0x12c");

    assertThat(served(NetworkView.NONE).result("eth_syncing", "[]").asBoolean()).isFalse();
    assertThat(served(NetworkView.NONE).result("admin_peers", "[]")).isEmpty();
    assertThat(served(NetworkView.NONE).error("admin_nodeInfo", "[]").get("message").asText())
        .contains("p2p networking is off");
  }
}
