package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.util.List;

/** isValidIp*, is*InSubnet, ipv4ToNumber, isPrivateIP, isPublicIP, isReservedIP. Invalid input gives false. */
final class IpFunctions {
    /** RFC 1918 (IPv4) and RFC 4193 unique-local fc00::/7 (IPv6). */
    private static final String[] PRIVATE = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"};
    /** IANA special-purpose ranges that are neither private nor publicly routable. */
    private static final String[] RESERVED = {
        "0.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "192.0.0.0/24", "192.0.2.0/24",
        "192.88.99.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
        "::/128", "::1/128", "::ffff:0:0/96", "64:ff9b::/96", "100::/64", "2001::/23", "2001:db8::/32",
        "fe80::/10", "ff00::/8"};

    private IpFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("isValidIp", 1, 1, "isValidIp(s)", "true if s is an IPv4 or IPv6 address",
                        (c, a) -> Value.of(IpAddress.parse(Args.text(a[0])) != null)),
                scalar("isValidIpV4", 1, 1, "isValidIpV4(s)", "true if s is an IPv4 address",
                        (c, a) -> Value.of(IpAddress.parseV4(Args.text(a[0])) != null)),
                scalar("isValidIpV6", 1, 1, "isValidIpV6(s)", "true if s is an IPv6 address",
                        (c, a) -> Value.of(IpAddress.parseV6(Args.text(a[0])) != null)),
                scalar("isIpInSubnet", 2, 2, "isIpInSubnet(s, cidr)", "true if the v4 or v6 address is in the subnet",
                        (c, a) -> Value.of(IpAddress.inSubnet(IpAddress.parse(Args.text(a[0])), Args.text(a[1])))),
                scalar("isIpv4InSubnet", 2, 2, "isIpv4InSubnet(s, cidr)", "true if the IPv4 address is in the subnet",
                        (c, a) -> Value.of(IpAddress.inSubnet(IpAddress.parseV4(Args.text(a[0])), Args.text(a[1])))),
                scalar("isIpv6InSubnet", 2, 2, "isIpv6InSubnet(s, cidr)", "true if the IPv6 address is in the subnet",
                        (c, a) -> Value.of(IpAddress.inSubnet(IpAddress.parseV6(Args.text(a[0])), Args.text(a[1])))),
                scalar("ipv4ToNumber", 1, 1, "ipv4ToNumber(s)", "the IPv4 address as an unsigned 32-bit number",
                        (c, a) -> ipv4ToNumber(a[0])),
                scalar("isPrivateIP", 1, 1, "isPrivateIP(s)", "true in 10/8, 172.16/12, 192.168/16 or fc00::/7",
                        (c, a) -> Value.of(in(a[0], PRIVATE))),
                scalar("isPublicIP", 1, 1, "isPublicIP(s)", "true for a valid address neither private nor reserved",
                        (c, a) -> Value.of(IpAddress.parse(Args.text(a[0])) != null
                                && !in(a[0], PRIVATE) && !in(a[0], RESERVED))),
                scalar("isReservedIP", 1, 1, "isReservedIP(s)",
                        "true in an IANA special-purpose range (loopback, link-local, documentation, multicast...)",
                        (c, a) -> Value.of(in(a[0], RESERVED))));
    }

    private static boolean in(Value v, String[] ranges) {
        byte[] ip = IpAddress.parse(Args.text(v));
        if (ip == null) {
            return false;
        }
        for (String r : ranges) {
            if (IpAddress.inSubnet(ip, r)) {
                return true;
            }
        }
        return false;
    }

    private static Value ipv4ToNumber(Value v) {
        byte[] b = IpAddress.parseV4(Args.text(v));
        if (b == null) {
            return Value.NULL;
        }
        long n = 0;
        for (byte x : b) {
            n = n << 8 | (x & 0xff);
        }
        return LongValue.of(n);
    }
}
