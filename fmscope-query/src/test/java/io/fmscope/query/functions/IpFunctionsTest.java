package io.fmscope.query.functions;

import static io.fmscope.query.functions.Fn.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpFunctionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255"})
    void validV4(String ip) {
        assertThat(call("isValidIpV4", ip)).isEqualTo(Value.TRUE);
        assertThat(call("isValidIp", ip)).isEqualTo(Value.TRUE);
        assertThat(call("isValidIpV6", ip)).isEqualTo(Value.FALSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "a.b.c.d", "1.2.3.4 ", "", "1..2.3"})
    void invalidV4(String ip) {
        assertThat(call("isValidIpV4", ip)).isEqualTo(Value.FALSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "2001:db8::1", "fe80::1:2:3:4", "2001:0db8:0000:0000:0000:ff00:0042:8329",
        "::ffff:192.0.2.1", "1:2:3:4:5:6:7::", "FE80::ABCD"})
    void validV6(String ip) {
        assertThat(call("isValidIpV6", ip)).isEqualTo(Value.TRUE);
        assertThat(call("isValidIp", ip)).isEqualTo(Value.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {":::", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "1:2:3:4:5:6:7", ":1",
        "fe80::1%eth0", "1.2.3.4::"})
    void invalidV6(String ip) {
        assertThat(call("isValidIpV6", ip)).isEqualTo(Value.FALSE);
    }

    @Test
    void subnets() {
        assertThat(call("isIpv4InSubnet", "192.0.2.77", "192.0.2.0/24")).isEqualTo(Value.TRUE);
        assertThat(call("isIpv4InSubnet", "192.0.3.1", "192.0.2.0/24")).isEqualTo(Value.FALSE);
        assertThat(call("isIpv4InSubnet", "10.1.2.3", "10.0.0.0/8")).isEqualTo(Value.TRUE);
        assertThat(call("isIpv4InSubnet", "172.31.255.255", "172.16.0.0/12")).isEqualTo(Value.TRUE);
        assertThat(call("isIpv4InSubnet", "172.32.0.0", "172.16.0.0/12")).isEqualTo(Value.FALSE);
        assertThat(call("isIpv6InSubnet", "2001:db8:abcd::1", "2001:db8::/32")).isEqualTo(Value.TRUE);
        assertThat(call("isIpv6InSubnet", "2001:db9::1", "2001:db8::/32")).isEqualTo(Value.FALSE);
        assertThat(call("isIpInSubnet", "2001:db8::1", "2001:db8::/32")).isEqualTo(Value.TRUE);
        assertThat(call("isIpInSubnet", "192.0.2.1", "2001:db8::/32")).isEqualTo(Value.FALSE);
        assertThat(call("isIpInSubnet", "192.0.2.1", "192.0.2.1")).isEqualTo(Value.TRUE);
        assertThat(call("isIpInSubnet", "192.0.2.1", "192.0.2.0/33")).isEqualTo(Value.FALSE);
        assertThat(call("isIpInSubnet", "192.0.2.1", "0.0.0.0/0")).isEqualTo(Value.TRUE);
        assertThat(call("isIpv4InSubnet", "2001:db8::1", "2001:db8::/32")).isEqualTo(Value.FALSE);
        assertThat(call("isIpInSubnet", null, "10.0.0.0/8")).isEqualTo(Value.FALSE);
    }

    @Test
    void classification() {
        assertThat(call("ipv4ToNumber", "192.0.2.1")).isEqualTo(Value.of(3_221_225_985L));
        assertThat(call("ipv4ToNumber", "255.255.255.255")).isEqualTo(Value.of(4_294_967_295L));
        assertThat(call("ipv4ToNumber", "::1").isNull()).isTrue();
        assertThat(call("isPrivateIP", "10.0.0.1")).isEqualTo(Value.TRUE);
        assertThat(call("isPrivateIP", "192.168.1.1")).isEqualTo(Value.TRUE);
        assertThat(call("isPrivateIP", "8.8.8.8")).isEqualTo(Value.FALSE);
        assertThat(call("isPublicIP", "8.8.8.8")).isEqualTo(Value.TRUE);
        assertThat(call("isPublicIP", "10.0.0.1")).isEqualTo(Value.FALSE);
        assertThat(call("isPublicIP", "127.0.0.1")).isEqualTo(Value.FALSE);
        assertThat(call("isPublicIP", "2606:4700::1111")).isEqualTo(Value.TRUE);
        assertThat(call("isReservedIP", "127.0.0.1")).isEqualTo(Value.TRUE);
        assertThat(call("isReservedIP", "169.254.1.1")).isEqualTo(Value.TRUE);
        assertThat(call("isReservedIP", "2001:db8::5")).isEqualTo(Value.TRUE);
        assertThat(call("isReservedIP", "8.8.8.8")).isEqualTo(Value.FALSE);
        assertThat(call("isPublicIP", "not-an-ip")).isEqualTo(Value.FALSE);
    }
}
