package io.tributary.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnodeUrlTest {
  private static final String ID = "a".repeat(64) + "0123456789abcdef".repeat(4);

  @Test
  void anIpv4EnodeParsesIntoIdHostAndPortAndPrintsBackTheSame() {
    final EnodeUrl enode = EnodeUrl.parse("enode://" + ID + "@10.1.2.3:30303");
    assertThat(enode.nodeId().toHexString()).isEqualTo(ID);
    assertThat(enode.host()).isEqualTo("10.1.2.3");
    assertThat(enode.port()).isEqualTo(30303);
    assertThat(enode).hasToString("enode://" + ID + "@10.1.2.3:30303");
  }

  @Test
  void ipv6HostsAreWrittenInBracketsAndNamesAreKeptForDialTime() {
    final EnodeUrl v6 = EnodeUrl.parse("enode://" + ID + "@[::1]:1");
    assertThat(v6.host()).isEqualTo("::1");
    assertThat(v6).hasToString("enode://" + ID + "@[::1]:1");
    assertThat(EnodeUrl.parse(v6.toString())).isEqualTo(v6);
    final EnodeUrl named = EnodeUrl.parse("  ENODE://" + ID.toUpperCase() + "@validator-1.example:65535 ");
    assertThat(named.host()).isEqualTo("validator-1.example");
    assertThat(named.nodeId().toHexString()).isEqualTo(ID);
    assertThat(named.socketAddress().isUnresolved()).isTrue();
  }

  @Test
  void eachMalformedPartIsNamedInTheError() {
    assertInvalid("http://" + ID + "@1.2.3.4:1", "must start with enode://");
    assertInvalid("enode://" + ID + "1.2.3.4:1", "<node id>@host:port");
    assertInvalid("enode://" + ID.substring(2) + "@1.2.3.4:1", "128 hex digits");
    assertInvalid("enode://" + ID.substring(1) + "g@1.2.3.4:1", "non-hex character 'g' at position 127");
    assertInvalid("enode://" + ID + "@1.2.3.4", "needs a port");
    assertInvalid("enode://" + ID + "@1.2.3.4:", "port '' is not a number");
    assertInvalid("enode://" + ID + "@1.2.3.4:http", "port 'http' is not a number");
    assertInvalid("enode://" + ID + "@1.2.3.4:0", "port must be 1-65535, not 0");
    assertInvalid("enode://" + ID + "@1.2.3.4:65536", "port must be 1-65535, not 65536");
    assertInvalid("enode://" + ID + "@:30303", "host is empty");
    assertInvalid("enode://" + ID + "@::1:30303", "IPv6 host must be in brackets");
    assertInvalid("enode://" + ID + "@[::1]30303", "[address]:port");
    assertInvalid("enode://" + ID + "@1.2.3.4:30303?discport=0", "not supported");
    assertThatThrownBy(() -> EnodeUrl.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertInvalid(final String url, final String why) {
    assertThatThrownBy(() -> EnodeUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid enode URL").hasMessageContaining(why);
  }
}
