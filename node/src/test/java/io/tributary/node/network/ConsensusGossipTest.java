package io.tributary.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.NodeId;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class ConsensusGossipTest {
  private static final BftMessageCodec CODEC = new BftMessageCodec(7357, SignatureAlgorithms.get());
  private static final KeyPair VALIDATOR = SignatureAlgorithms.get().createKeyPair(
      Bytes32.fromHexString("0x" + "07".repeat(32)));
  private static final NodeId PEER = new NodeId(Bytes.repeat((byte) 1, NodeId.SIZE));

  private final List<Bytes> sent = new ArrayList<>();
  private final ConsensusGossip gossip = new ConsensusGossip(sent::add);

  private static BftMessage prepare(final long height) {
    return CODEC.sign(new Prepare(height, 0, Hash.wrap(Bytes32.fromHexString("0x" + "ab".repeat(32)))), VALIDATOR);
  }

  private static int attempt(final Bytes payload) {
    return Rlp.decodeList(payload, "gossip", in -> {
      in.readBytes("message");
      return in.readSmallInt("attempt");
    });
  }

  @Test
  void eachReSendOfAMessageIsADistinctGossipPayloadSoDeDuplicationDoesNotSwallowIt() {
    gossip.broadcast(prepare(5));
    gossip.broadcast(prepare(5));
    gossip.broadcast(prepare(6));

    assertThat(sent).hasSize(3).doesNotHaveDuplicates();
    assertThat(sent.stream().map(ConsensusGossipTest::attempt)).containsExactly(0, 1, 0);
  }

  @Test
  void aPayloadThatIsNotTheGossipEnvelopeIsADecodingErrorWhichP2pPenalises() {
    assertThatThrownBy(() -> gossip.handle(PEER, Bytes.fromHexString("0x820102")))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void messagesArrivingBeforeTheEngineRunsAreIgnoredNotForwarded() {
    gossip.broadcast(prepare(5));

    assertThat(gossip.handle(PEER, sent.get(0))).isEqualTo(MessageHandler.Verdict.IGNORE);
  }
}
