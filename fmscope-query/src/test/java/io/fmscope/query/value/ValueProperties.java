package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValueProperties {

    @Property
    void longsRoundTripThroughText(@ForAll long n) {
        assertThat(NumberText.parse(Long.toString(n))).isEqualTo(Value.of(n));
    }

    @Property
    void finiteDoublesRoundTripThroughText(@ForAll double d) {
        Value v = Value.of(d);
        if (v.isNull()) {
            return;
        }
        Value back = NumberText.parse(v.asText());
        assertThat(Coercion.toDouble(back)).isEqualTo(d == 0.0 ? 0.0 : d);
    }

    @Property
    void additionMatchesExactArithmeticOrFallsBack(@ForAll long a, @ForAll long b) {
        Value sum = Arithmetic.add(Value.of(a), Value.of(b));
        java.math.BigInteger exact = java.math.BigInteger.valueOf(a).add(java.math.BigInteger.valueOf(b));
        if (exact.bitLength() < 64) {
            assertThat(sum).isEqualTo(Value.of(exact.longValue()));
        } else {
            assertThat(Coercion.toDouble(sum)).isEqualTo(exact.doubleValue());
        }
    }

    @Property
    void collationIsAntisymmetricAndTransitive(@ForAll("values") Value a, @ForAll("values") Value b,
                                               @ForAll("values") Value c) {
        assertThat(Integer.signum(Collation.compare(a, b))).isEqualTo(-Integer.signum(Collation.compare(b, a)));
        if (Collation.compare(a, b) <= 0 && Collation.compare(b, c) <= 0) {
            assertThat(Collation.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void equalityIsSymmetric(@ForAll("values") Value a, @ForAll("values") Value b) {
        assertThat(Comparison.eq(a, b)).isEqualTo(Comparison.eq(b, a));
        assertThat(Comparison.lt(a, b)).isEqualTo(Comparison.gt(b, a));
    }

    @Provide
    Arbitrary<Value> values() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1000, 1000).map(Value::of),
                Arbitraries.doubles().between(-1000, 1000).ofScale(2).map(Value::of),
                Arbitraries.strings().withChars("0123456789abAB_.-").ofMaxLength(6).map(Value::of),
                Arbitraries.longs().between(0, 5000).map(Value::timestamp),
                Arbitraries.of(Value.TRUE, Value.FALSE, Value.NULL));
    }
}
