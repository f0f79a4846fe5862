package io.fmscope.query.functions;

import static io.fmscope.query.functions.Fn.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.MapValue;
import io.fmscope.query.value.Value;
import org.junit.jupiter.api.Test;

class JsonFunctionsTest {

    @Test
    void parseGivesMapsAndLists() {
        Value v = call("jsonParse", "{\"user.id\": 7, \"accounts\": [{\"type\": \"internal\"}, 2.5], \"ok\": true}");
        MapValue m = (MapValue) v;
        assertThat(m.get("user.id")).isEqualTo(Value.of(7));
        ListValue accounts = (ListValue) m.get("accounts");
        assertThat(((MapValue) accounts.get(0)).get("type")).isEqualTo(Value.of("internal"));
        assertThat(accounts.get(1)).isEqualTo(Value.of(2.5));
        assertThat(accounts.get(2).isNull()).isTrue();
        assertThat(m.get("ok")).isEqualTo(Value.TRUE);
        assertThat(((ListValue) call("jsonParse", "[1,\"a\"]")).size()).isEqualTo(2);
    }

    @Test
    void parseOfAnythingElseIsNull() {
        assertThat(call("jsonParse", "42").isNull()).isTrue();
        assertThat(call("jsonParse", "\"s\"").isNull()).isTrue();
        assertThat(call("jsonParse", "{broken").isNull()).isTrue();
        assertThat(call("jsonParse", "{} trailing").isNull()).isTrue();
        assertThat(call("jsonParse", "").isNull()).isTrue();
        assertThat(call("jsonParse", (Object) null).isNull()).isTrue();
        assertThat(call("jsonParse", 12).isNull()).isTrue();
    }

    @Test
    void stringifyRoundTrips() {
        String json = "{\"a\":[1,2.5,\"x\",null,false],\"b\":{\"c\":\"d\"}}";
        assertThat(call("jsonStringify", call("jsonParse", json))).isEqualTo(Value.of(json));
        assertThat(call("jsonStringify", "plain").isNull()).isTrue();
    }

    @Test
    void arraySizeAndContains() {
        assertThat(call("jsonArraySize", "[1,2,3]")).isEqualTo(Value.of(3));
        assertThat(call("jsonArraySize", call("jsonParse", "[]"))).isEqualTo(Value.of(0));
        assertThat(call("jsonArraySize", "{\"a\":1}").isNull()).isTrue();
        assertThat(call("jsonArrayContains", "[\"Admin\",\"user\"]", "Admin")).isEqualTo(Value.of(1));
        assertThat(call("jsonArrayContains", "[\"Admin\",\"user\"]", "admin")).isEqualTo(Value.of(0));
        assertThat(call("jsonArrayContains", "[1,2,3]", 2)).isEqualTo(Value.of(1));
        assertThat(call("jsonArrayContains", "[\"2\"]", 2)).isEqualTo(Value.of(1));
        assertThat(call("jsonArrayContains", "[]", "a")).isEqualTo(Value.of(0));
        assertThat(call("jsonArrayContains", "not json", "a")).isEqualTo(Value.of(0));
        assertThat(call("jsonArrayContains", "{\"a\":\"a\"}", "a")).isEqualTo(Value.of(0));
    }
}
