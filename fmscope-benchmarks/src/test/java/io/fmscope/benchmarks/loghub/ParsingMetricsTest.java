package io.fmscope.benchmarks.loghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsingMetricsTest {
    /*
     * Six messages, three truth groups: A = {0,1,2}, B = {3,4}, C = {5}.
     * Parsed: group 10 = {0,1,2} with string "a <*>"  -> equals A (correct group, correct template)
     *         group 20 = {3}     with string "b <*>"  -> a strict part of B (not a correct group;
     *                                                   FTA counts it: its only truth is "b <*>" and the string matches)
     *         group 30 = {4,5}   with string "<*>"    -> mixes B and C
     * GA  = 3/6 = 0.5
     * FGA: correct groups 1, |P| = 3, |G| = 3 -> PGA = RGA = 1/3 -> FGA = 1/3
     * PA  = messages whose parsed string equals truth: 0,1,2 ("a <*>") and 3 ("b <*>") = 4/6
     * FTA: correct templates 2 (groups 10 and 20) -> PTA = RTA = 2/3 -> FTA = 2/3
     */
    @Test
    void computesTheFourMetricsOnAHandMadeExample() {
        List<String> truth = List.of("a <*>", "a <*>", "a <*>", "b <*>", "b <*>", "c");
        List<Long> ids = List.of(10L, 10L, 10L, 20L, 30L, 30L);
        List<String> strings = List.of("a <*>", "a <*>", "a <*>", "b <*>", "<*>", "<*>");
        ParsingMetrics.Scores s = ParsingMetrics.score(ids, strings, truth);
        assertThat(s.ga()).isCloseTo(0.5, within(1e-12));
        assertThat(s.fga()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.pa()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(s.fta()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.parsedGroups()).isEqualTo(3);
        assertThat(s.truthGroups()).isEqualTo(3);
    }

    @Test
    void aPerfectParseScoresOneEverywhere() {
        List<String> truth = List.of("x <*>", "y", "x <*>");
        ParsingMetrics.Scores s = ParsingMetrics.score(List.of(1L, 2L, 1L), truth, truth);
        assertThat(List.of(s.ga(), s.fga(), s.pa(), s.fta())).containsOnly(1.0);
    }

    @Test
    void f1IsZeroWhenNothingIsRight() {
        assertThat(ParsingMetrics.f1(0, 0)).isZero();
    }
}
