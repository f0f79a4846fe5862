package io.fmscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
    private static String mask(String line) {
        LineMasker m = new LineMasker(128, 256);
        m.mask(line);
        return m.key(line).toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "took 42 ms|took <NUM>",
        "delta -3.5 now|delta <NUM> now",
        "sent 1.2 KB|sent <NUM>",
        "flags 0x1f set|flags <HEX> set",
        "digest deadbeef12 ok|digest <HEX> ok",
        "bssid 5c:50:15:36:bc:03 seen|bssid <HEX> seen",
        "from 10.0.0.1 ok|from <IP> ok",
        "from 10.0.0.1:8080 ok|from <IP> ok",
        "addr 2001:db8::1 up|addr <IP> up",
        "addr fe80:0:0:0:c6b3:1ff:fecd:467f up|addr <IP> up",
        "id 17288ea8-cbf4-4f0e-94fe-853fd2735f29 gone|id <UUID> gone",
        "at 12:30:45 done|at <TIME> done",
        "at 2024-01-02T03:04:05Z done|at <TIME> done",
        "on 2024-01-02 done|on <TIME> done",
        "on Jul 25 done|on <TIME> <NUM> done",
        "open /var/log/app.log failed|open <PATH> failed",
        "open C:\\Windows\\x.dll failed|open <PATH> failed",
        "GET https://example.com/a?b=1 ok|GET <URL> ok",
        "state 'Active' now|state <QUOTED> now",
        "tag=\"View Lock\", next|tag=<QUOTED>, next",
        "request 4442587FB7D0A2F9 done|request <REQUEST_ID> done",
        "model arn:aws:bedrock:us-east-1:123456789012:foundation-model/x ok|model <ARN> ok",
        "mail a.b@example.com bounced|mail <EMAIL> bounced",
        "resolve www.example.com failed|resolve <HOST> failed",
        "node node-129 up|node <ID> up",
        "Invalid user alice from 10.0.0.1|Invalid user <USER> from <IP>",
        "(uid=509)|(uid=<NUM>)",
        "a=1,b=x|a=<NUM>,b=x",
        "connection from 1.2.3.4 ()|connection from <IP> (<ANY>)",
        "interface eth0 up|interface eth0 up",
        "all plain words|all plain words"})
    void masksEachTokenType(String line, String masked) {
        assertThat(mask(line)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"Jul,TIME", "42,NUM", "0x1F,HEX", "10.1.2.3,IP", "hello,WORD", "eth0,WORD", "abc123x,ID"})
    void classifiesCores(String token, TokenType type) {
        assertThat(TokenClassifier.classify(token, 0, token.length())).isEqualTo(type);
    }
}
