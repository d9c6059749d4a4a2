package io.tributary.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.RequestError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
  private static final ChainStatus STATUS = ChainStatus.of(1337, Hash.hash(Bytes.of(1)), 42, Hash.hash(Bytes.of(2)));
  private static final EnodeUrl V4 = new EnodeUrl(NodeKey.generate().nodeId(), "10.0.0.7", 30303);
  private static final EnodeUrl V6 = new EnodeUrl(NodeKey.generate().nodeId(), "2001:db8:0:0:0:0:0:1", 30304);
  private static final Bytes ITEM = RLP.encodeList(w -> w.writeString("blocks 1..64"));

  @Test
  void everyMessageRoundTripsThroughItsTypeByteAndRlpPayload() {
    final List<Message> messages = List.of(new Message.Disconnect(DisconnectReason.WRONG_GENESIS), new Message.Ping(),
        new Message.Pong(), new Message.Status(STATUS, 30303), new Message.Status(STATUS, 0),
        new Message.NewHead(43, Hash.hash(Bytes.of(3))), new Message.GetPeers(), new Message.Peers(List.of()),
        new Message.Peers(List.of(V4, V6)), new Message.Request(0, 0x10, ITEM),
        new Message.Request(-1L, 0xff, Bytes.of(0x80)), new Message.Response(7, ITEM),
        new Message.ErrorResponse(7, RequestError.UNAVAILABLE, "no blocks above 12"),
        new Message.App(0x10, RLP.encodeList(w -> w.writeString("tx"))), new Message.App(0xff, Bytes.of(0x05)),
        new Message.Disconnect(DisconnectReason.BANNED));
    for (final Message message : messages) {
      final byte[] encoded = MessageCodec.encode(message);
      assertThat(encoded[0] & 0xff).isEqualTo(message.type());
      assertThat(MessageCodec.decode(encoded)).isEqualTo(message);
    }
  }

  @Test
  void theStatusPayloadIsTheListOfItsSixFields() {
    final byte[] encoded = MessageCodec.encode(new Message.Status(STATUS, 30303));
    final Bytes expected = RLP.encodeList(w -> {
      w.writeInt(1);
      w.writeLong(1337);
      w.writeValue(STATUS.genesisHash());
      w.writeLong(42);
      w.writeValue(STATUS.headHash());
      w.writeInt(30303);
    });
    assertThat(Bytes.wrap(encoded, 1, encoded.length - 1)).isEqualTo(expected);
  }

  @Test
  void requestsAndResponsesCarryTheirPayloadAsAByteString() {
    assertThat(Bytes.wrap(MessageCodec.encode(new Message.Request(5, 0x11, Bytes.of(0x82, 0x01, 0x02)))))
        .isEqualTo(Bytes.fromHexString("07" + "c6" + "05" + "11" + "83820102"));
    assertThat(Bytes.wrap(MessageCodec.encode(new Message.Response(5, Bytes.of(0xc0)))))
        .isEqualTo(Bytes.fromHexString("08" + "c3" + "05" + "81c0"));
    assertThat(Bytes.wrap(MessageCodec.encode(new Message.ErrorResponse(5, RequestError.BUSY, "x"))))
        .isEqualTo(Bytes.fromHexString("09" + "c3" + "05" + "02" + "78"));
    assertThat(Bytes.wrap(MessageCodec.encode(new Message.NewHead(0x0100, Hash.ZERO))))
        .isEqualTo(Bytes.fromHexString("04" + "e4" + "820100" + "a0" + "00".repeat(32)));
  }

  @Test
  void aPeersEntryIsItsNodeIdRawIpBytesAndPort() {
    final byte[] encoded = MessageCodec.encode(new Message.Peers(List.of(V4)));
    final Bytes expected = RLP.encodeList(w -> w.writeList(e -> {
      e.writeValue(V4.nodeId().publicKey());
      e.writeValue(Bytes.of(10, 0, 0, 7));
      e.writeInt(30303);
    }));
    assertThat(Bytes.wrap(encoded, 1, encoded.length - 1)).isEqualTo(expected);
  }

  @Test
  void aPeersEntryWithAnIpv4MappedIpv6AddressIsMalformedSinceItWouldBeSentBackAsFourBytes() {
    // Found by MessageCodecFuzzTest (seed peers-ipv4-mapped-ipv6-address): ::ffff:1.2.3.4 decoded to 1.2.3.4.
    final byte[] encoded = Bytes.concatenate(Bytes.of(0x06), RLP.encodeList(w -> w.writeList(e -> {
      e.writeValue(V4.nodeId().publicKey());
      e.writeValue(Bytes.fromHexString("0x00000000000000000000ffff01020304"));
      e.writeInt(30303);
    }))).toArray();
    assertThatThrownBy(() -> MessageCodec.decode(encoded)).isInstanceOf(P2pProtocolException.class)
        .hasMessageContaining("IPv4-mapped");
  }

  @Test
  void aDisconnectWithACodeThisVersionDoesNotKnowReadsAsUnknown() {
    final byte[] encoded = Bytes.concatenate(Bytes.of(0x00), RLP.encodeList(w -> w.writeInt(0x77))).toArray();
    assertThat(MessageCodec.decode(encoded)).isEqualTo(new Message.Disconnect(DisconnectReason.UNKNOWN));
    final byte[] error = Bytes.concatenate(Bytes.of(0x09), RLP.encodeList(w -> {
      w.writeInt(1);
      w.writeInt(0x81); // a local-only code is not accepted from the wire
      w.writeString("");
    })).toArray();
    assertThat(MessageCodec.decode(error)).isEqualTo(new Message.ErrorResponse(1, RequestError.UNKNOWN, ""));
  }

  @Test
  void unknownSessionTypesTrailingBytesAndBadRlpAreBadMessages() {
    assertBadMessage(new byte[0]);
    assertBadMessage(new byte[] {0x0a, (byte) 0xc0});
    assertBadMessage(new byte[] {0x0f, (byte) 0xc0});
    assertBadMessage(new byte[] {0x01, (byte) 0xc0, 0x00});
    assertBadMessage(new byte[] {0x02, (byte) 0x80});
    assertBadMessage(new byte[] {0x05, (byte) 0xc1, (byte) 0x80});
    assertBadMessage(new byte[] {0x10, (byte) 0xb8, 0x01});
    assertBadMessage(new byte[] {0x10});
    assertBadMessage(new byte[] {0x10, (byte) 0x81, 0x05});
  }

  @Test
  void malformedSessionPayloadsAreBadMessages() {
    // status without its listen port
    assertBadMessage(Bytes.concatenate(Bytes.of(0x03), RLP.encodeList(w -> {
      w.writeInt(1);
      w.writeLong(1337);
      w.writeValue(STATUS.genesisHash());
      w.writeLong(42);
      w.writeValue(STATUS.headHash());
    })).toArray());
    // a request for a session type, and one whose payload is not one RLP item
    assertBadMessage(request(0x03, Bytes.of(0x80)));
    assertBadMessage(request(0x10, Bytes.of(0x82, 0x01)));
    assertBadMessage(request(0x10, Bytes.of(0x80, 0x80)));
    // an error text above 256 bytes
    assertBadMessage(Bytes.concatenate(Bytes.of(0x09), RLP.encodeList(w -> {
      w.writeInt(1);
      w.writeInt(1);
      w.writeValue(Bytes.wrap(new byte[257]));
    })).toArray());
    // peers: 17 entries, a 5-byte address, port 0, a short node id
    final List<EnodeUrl> many = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      many.add(V4);
    }
    assertBadMessage(peers(many.stream().map(e -> entry(e.nodeId().publicKey(), Bytes.of(10, 0, 0, 7), 1)).toList()));
    assertBadMessage(peers(List.of(entry(V4.nodeId().publicKey(), Bytes.of(10, 0, 0, 7, 1), 1))));
    assertBadMessage(peers(List.of(entry(V4.nodeId().publicKey(), Bytes.of(10, 0, 0, 7), 0))));
    assertBadMessage(peers(List.of(entry(V4.nodeId().publicKey().slice(1), Bytes.of(10, 0, 0, 7), 1))));
  }

  @Test
  void anErrorTextTooLongIsCutBeforeItIsSent() {
    final Message.ErrorResponse error = new Message.ErrorResponse(1, RequestError.INTERNAL_ERROR, "é".repeat(300));
    assertThat(MessageCodec.decode(MessageCodec.encode(error))).isEqualTo(error);
    assertThatThrownBy(() -> new Message.ErrorResponse(1, RequestError.TIMEOUT, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomAndMutatedInputsDecodeOrFailAsBadMessageButNothingElse() {
    final Random random = new Random(8);
    final List<byte[]> valid = List.of(MessageCodec.encode(new Message.Status(STATUS, 30303)),
        MessageCodec.encode(new Message.Peers(List.of(V4, V6))), MessageCodec.encode(new Message.Request(9, 0x10, ITEM)),
        MessageCodec.encode(new Message.ErrorResponse(9, RequestError.BUSY, "busy")),
        MessageCodec.encode(new Message.NewHead(9, Hash.ZERO)));
    for (int i = 0; i < 20_000; i++) {
      final byte[] input;
      if (random.nextBoolean()) {
        input = valid.get(random.nextInt(valid.size())).clone();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
          input[random.nextInt(input.length)] = (byte) random.nextInt(256);
        }
      } else {
        input = new byte[random.nextInt(80)];
        random.nextBytes(input);
      }
      try {
        MessageCodec.decode(input);
      } catch (P2pProtocolException e) {
        assertThat(e.reason()).isEqualTo(DisconnectReason.BAD_MESSAGE);
      }
    }
  }

  private static byte[] request(final int type, final Bytes payload) {
    return Bytes.concatenate(Bytes.of(0x07), RLP.encodeList(w -> {
      w.writeInt(1);
      w.writeInt(type);
      w.writeValue(payload);
    })).toArray();
  }

  private static Bytes entry(final Bytes id, final Bytes ip, final int port) {
    return RLP.encodeList(e -> {
      e.writeValue(id);
      e.writeValue(ip);
      e.writeInt(port);
    });
  }

  private static byte[] peers(final List<Bytes> entries) {
    return Bytes.concatenate(Bytes.of(0x06), RLP.encodeList(w -> entries.forEach(w::writeRLP))).toArray();
  }

  private static void assertBadMessage(final byte[] input) {
    assertThatThrownBy(() -> MessageCodec.decode(input)).isInstanceOf(P2pProtocolException.class)
        .matches(e -> ((P2pProtocolException) e).reason() == DisconnectReason.BAD_MESSAGE, "BAD_MESSAGE");
  }
}
