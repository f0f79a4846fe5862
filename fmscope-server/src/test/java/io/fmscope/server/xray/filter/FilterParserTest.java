package io.fmscope.server.xray.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterParserTest {

    @Test void andBindsTighterThanOrAndJuxtapositionIsAnd() {
        assertThat(FilterParser.parse("fault OR error AND throttle")).isEqualTo(new Filter.Or(
                new Filter.Compare("fault", null, null, 0),
                new Filter.And(new Filter.Compare("error", null, null, 9), new Filter.Compare("throttle", null, null, 19))));
        assertThat(FilterParser.parse("ok !partial duration < 3")).isInstanceOf(Filter.And.class);
        assertThat(FilterParser.parse("fault && (error || throttle)")).isEqualTo(new Filter.And(
                new Filter.Compare("fault", null, null, 0), new Filter.Or(new Filter.Compare("error", null, null, 10),
                        new Filter.Compare("throttle", null, null, 19))));
    }

    @Test void valuesAreTyped() {
        assertThat(FilterParser.parse("http.status >= 500")).isEqualTo(new Filter.Compare("http.status", ">=", 500.0, 0));
        assertThat(FilterParser.parse("http.url CONTAINS \"a\\\"b\"")).isEqualTo(
                new Filter.Compare("http.url", "CONTAINS", "a\"b", 0));
        assertThat(FilterParser.parse("annotation.Model_id = \"claude\"")).isEqualTo(
                new Filter.Compare("annotation.Model_id", "=", "claude", 0));
        assertThat(FilterParser.parse("fault = false")).isEqualTo(new Filter.Compare("fault", "=", false, 0));
        assertThat(FilterParser.parse("  ")).isEqualTo(new Filter.All());
    }

    @Test void serviceTakesANameOrAnIdAndAnOptionalBody() {
        assertThat(FilterParser.parse("service(\"api\") { fault }")).isEqualTo(
                new Filter.Service("api", null, new Filter.Compare("fault", null, null, 17)));
        assertThat(FilterParser.parse("service(id(name: \"t\", type: \"AWS::DynamoDB::Table\"))")).isEqualTo(
                new Filter.Service("t", "AWS::DynamoDB::Table", null));
        assertThat(FilterParser.parse("service()")).isEqualTo(new Filter.Service(null, null, null));
    }

    @Test void errorsNameThePosition() {
        assertThatThrownBy(() -> FilterParser.parse("responsetime > ")).isInstanceOf(FilterException.class)
                .extracting(e -> ((FilterException) e).position()).isEqualTo(15);
        assertThatThrownBy(() -> FilterParser.parse("fault AND edge(\"a\", \"b\")")).hasMessageContaining("position 10")
                .hasMessageContaining("unsupported keyword 'edge'");
        assertThatThrownBy(() -> FilterParser.parse("http.status CONTAINS \"5\"")).hasMessageContaining("position 12");
        assertThatThrownBy(() -> FilterParser.parse("http.url = chat")).hasMessageContaining("quoted");
        assertThatThrownBy(() -> FilterParser.parse("(fault")).hasMessageContaining("')'");
        assertThatThrownBy(() -> FilterParser.parse("service(\"a\") { fault")).hasMessageContaining("'}'");
        assertThatThrownBy(() -> FilterParser.parse("fault ~")).hasMessageContaining("position 6");
        assertThatThrownBy(() -> FilterParser.parse("user = \"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> FilterParser.parse("duration")).hasMessageContaining("needs an operator");
    }
}
