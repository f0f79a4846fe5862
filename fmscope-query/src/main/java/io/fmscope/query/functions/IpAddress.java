package io.fmscope.query.functions;

/**
 * Strict textual IP parsing without DNS (InetAddress would resolve names). IPv4: four decimal parts 0-255, no
 * leading zeros. IPv6: RFC 4291 text forms, including {@code ::} and a trailing dotted IPv4; no zone id.
 */
final class IpAddress {
    private IpAddress() {
    }

    /** 4 or 16 bytes, or null when {@code s} is not an IP address. */
    static byte[] parse(String s) {
        if (s == null) {
            return null;
        }
        return s.indexOf(':') >= 0 ? parseV6(s) : parseV4(s);
    }

    static byte[] parseV4(String s) {
        if (s == null || s.length() < 7 || s.length() > 15) {
            return null;
        }
        byte[] out = new byte[4];
        int part = 0;
        int i = 0;
        while (part < 4) {
            int start = i;
            int v = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            int len = i - start;
            if (len == 0 || v > 255 || (len > 1 && s.charAt(start) == '0')) {
                return null;
            }
            out[part++] = (byte) v;
            if (part < 4) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
        }
        return i == s.length() ? out : null;
    }

    static byte[] parseV6(String s) {
        if (s == null || s.length() < 2 || s.length() > 45) {
            return null;
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] h = groups(head, gap < 0);
        int[] t = gap >= 0 ? groups(tail, true) : new int[0];
        if (h == null || t == null) {
            return null;
        }
        int total = h.length + t.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = (byte) (h[i] >> 8);
            out[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int k = 8 - t.length + i;
            out[2 * k] = (byte) (t[i] >> 8);
            out[2 * k + 1] = (byte) t[i];
        }
        return out;
    }

    /** 16-bit groups of a colon-separated part; a dotted IPv4 may end it when {@code last}. Empty part = none. */
    private static int[] groups(String part, boolean last) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] items = part.split(":", -1);
        boolean v4 = last && items[items.length - 1].indexOf('.') >= 0;
        int[] g = new int[items.length + (v4 ? 1 : 0)];
        for (int i = 0; i < items.length; i++) {
            String it = items[i];
            if (v4 && i == items.length - 1) {
                byte[] b = parseV4(it);
                if (b == null) {
                    return null;
                }
                g[i] = (b[0] & 0xff) << 8 | (b[1] & 0xff);
                g[i + 1] = (b[2] & 0xff) << 8 | (b[3] & 0xff);
                continue;
            }
            if (it.isEmpty() || it.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < it.length(); k++) {
                int d = Character.digit(it.charAt(k), 16);
                if (d < 0 || it.charAt(k) > 'f') {
                    return null;
                }
                v = v * 16 + d;
            }
            g[i] = v;
        }
        return g;
    }

    /** Whether {@code ip} lies in {@code cidr} ("a.b.c.d/n" or "v6/n"); false for a family mismatch or bad input. */
    static boolean inSubnet(byte[] ip, String cidr) {
        if (ip == null || cidr == null) {
            return false;
        }
        int slash = cidr.indexOf('/');
        byte[] net = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (net == null || net.length != ip.length) {
            return false;
        }
        int bits;
        try {
            bits = slash < 0 ? ip.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (bits < 0 || bits > ip.length * 8) {
            return false;
        }
        return prefixMatches(ip, net, bits);
    }

    static boolean prefixMatches(byte[] ip, byte[] net, int bits) {
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (ip[i] != net[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (ip[full] & mask) == (net[full] & mask);
    }
}
