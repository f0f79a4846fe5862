package io.fmscope.server.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.server.api.ApiException;
import org.junit.jupiter.api.Test;

/** The filter-pattern forms of the CloudWatch documentation, one behaviour per case. */
class FilterPatternTest {

    private static boolean m(String pattern, String message) {
        return FilterPattern.parse(pattern).matches(message);
    }

    @Test void emptyPatternAndQuotedSpaceMatchEverything() {
        assertThat(m("", "anything")).isTrue();
        assertThat(m("   ", "x")).isTrue();
        assertThat(m("\" \"", "nospace")).isTrue();
    }

    @Test void termsAreCaseSensitiveWholeWordsAndAllRequired() {
        assertThat(m("ERROR", "[ERROR] failed")).isTrue();
        assertThat(m("ERROR", "error failed")).isFalse();
        assertThat(m("ERROR", "ERRORS only")).isFalse();
        assertThat(m("ERROR ARGUMENTS", "ERROR bad ARGUMENTS")).isTrue();
        assertThat(m("ERROR ARGUMENTS", "ERROR only")).isFalse();
    }

    @Test void optionalTermsNeedOneAndExclusionsNone() {
        assertThat(m("?ERROR ?WARN", "WARN disk")).isTrue();
        assertThat(m("?ERROR ?WARN", "INFO disk")).isFalse();
        assertThat(m("ERROR -ARGUMENTS", "ERROR here")).isTrue();
        assertThat(m("ERROR -ARGUMENTS", "ERROR ARGUMENTS")).isFalse();
    }

    @Test void quotedPhraseMatchesExactly() {
        assertThat(m("\"INTERNAL SERVER ERROR\"", "got INTERNAL SERVER ERROR: retry")).isTrue();
        assertThat(m("\"INTERNAL SERVER ERROR\"", "INTERNAL ERROR SERVER")).isFalse();
    }

    @Test void jsonConditionsWithPrecedenceWildcardsNumbersAndArrays() {
        String doc = "{\"eventType\":\"UpdateTrail\",\"ip\":\"123.123.4.5\",\"n\":[0.001,2],\"o\":[{\"id\":7}],"
                + "\"nil\":null,\"ok\":true,\"lat\":250}";
        assertThat(m("{ $.eventType = \"UpdateTrail\" }", doc)).isTrue();
        assertThat(m("{ $.ip != 123.123.* }", doc)).isFalse();
        assertThat(m("{ $.ip = 123.123.* }", doc)).isTrue();
        assertThat(m("{ $.n[0] = 1e-3 }", doc)).isTrue();
        assertThat(m("{ $.o[0].id >= 7 && $.lat < 300 }", doc)).isTrue();
        assertThat(m("{ $.nil IS NULL && $.ok IS TRUE }", doc)).isTrue();
        assertThat(m("{ $.ok IS FALSE }", doc)).isFalse();
        assertThat(m("{ $.missing NOT EXISTS }", doc)).isTrue();
        assertThat(m("{ $.lat NOT EXISTS }", doc)).isFalse();
        assertThat(m("{ $.lat = * }", doc)).isTrue();
        assertThat(m("{ $.lat > 1000 || $.eventType = \"UpdateTrail\" && $.ok IS TRUE }", doc)).isTrue();
        assertThat(m("{ ($.lat > 1000 || $.eventType = \"UpdateTrail\") && $.ok IS FALSE }", doc)).isFalse();
        assertThat(m("{ $.eventType = \"UpdateTrail\" }", "not json")).isFalse();
    }

    @Test void spaceDelimitedFieldsWithEllipsisAndConditions() {
        String line = "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326";
        assertThat(m("[ip, id, user, timestamp, request, status_code, bytes]", line)).isTrue();
        assertThat(m("[ip, id, user, timestamp, request, status_code]", line)).isFalse();
        assertThat(m("[..., status_code = 200, bytes > 1000]", line)).isTrue();
        assertThat(m("[ip, ..., request = *.gif*, status_code = 4* || status_code = 2*, bytes]", line)).isTrue();
        assertThat(m("[w1 != frank && w1 != 127.0.0.1, ...]", line)).isFalse();
    }

    @Test void regexPatternFindsAMatch() {
        assertThat(m("%Throttl(ed|ing)%", "ThrottlingException")).isTrue();
        assertThat(m("%^INFO%", "ERROR then INFO")).isFalse();
    }

    @Test void malformedPatternsAreInvalidParameter() {
        for (String bad : new String[] {"{ $.a = }", "{ a = 1 }", "{ $.a = 1", "[a, , b]", "\"open", "%(%", "{ $.a > x }"}) {
            assertThatThrownBy(() -> FilterPattern.parse(bad)).as(bad).isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).code()).isEqualTo("InvalidParameterException");
        }
    }
}
