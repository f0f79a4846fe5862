package io.fmscope.benchmarks.loghub;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.patterns.LogFormat;
import io.fmscope.patterns.MinerConfig;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Runs the miner on three Loghub-2k datasets; floors are the measured GA minus a small margin. */
class LoghubRunTest {
    private static Path root() {
        return Path.of(System.getProperty("fmscope.shared", "../shared")).resolve("datasets").resolve("loghub-2k");
    }

    @ParameterizedTest(name = "{0}: GA >= {1}")
    @CsvSource({"Proxifier,0.99", "Linux,0.98", "OpenSSH,0.99"}) // measured 1.0000, 0.9930, 1.0000 (original labels)
    void groupingAccuracyStaysAboveTheMeasuredFloor(String name, double floor) {
        LabelledDataset data = LabelledDataset.load(root(), LoghubDataset.named(name));
        assertThat(data.contents()).hasSize(2000);
        LoghubRun run = LoghubRun.run(data, MinerConfig.defaults());
        ParsingMetrics.Scores original = run.scores().get(LabelledDataset.ORIGINAL);
        assertThat(original.ga()).isGreaterThanOrEqualTo(floor);
        assertThat(run.scores()).containsKeys(LabelledDataset.CORRECTED, LabelledDataset.LOGHUB2);
    }

    @Test
    void logFormatSplitsTheHeaderLikeLogparser() {
        LogFormat f = LoghubDataset.named("Thunderbird").format();
        assertThat(f.content("- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: "
            + "session closed for user root")).contains("session closed for user root");
        assertThat(LoghubDataset.named("HealthApp").format().content("20171223-22:15:29:606|Step_LSC|30002312|"
            + "onStandStepChanged 3579")).contains("onStandStepChanged 3579");
        assertThat(f.content("garbage")).isEmpty();
    }
}
