package io.fmscope.benchmarks.loghub;

import io.fmscope.patterns.LogFormat;
import java.util.List;

/**
 * One Loghub-2k dataset and the header format the benchmark supplies for it (logparser's
 * {@code benchmark.py}, copied in {@code shared/datasets/loghub-2k/README.md}). Nothing else is tuned per
 * dataset: the miner runs with one configuration everywhere, and without the Drain preprocessing regexes.
 */
public record LoghubDataset(String name, String logFormat) {
    public static final List<LoghubDataset> ALL = List.of(
        new LoghubDataset("HDFS", "<Date> <Time> <Pid> <Level> <Component>: <Content>"),
        new LoghubDataset("Hadoop", "<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>"),
        new LoghubDataset("Spark", "<Date> <Time> <Level> <Component>: <Content>"),
        new LoghubDataset("Zookeeper", "<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>"),
        new LoghubDataset("BGL",
            "<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>"),
        new LoghubDataset("HPC", "<LogId> <Node> <Component> <State> <Time> <Flag> <Content>"),
        new LoghubDataset("Thunderbird", "<Label> <Timestamp> <Date> <User> <Month> <Day> <Time> <Location> "
            + "<Component>(\\[<PID>\\])?: <Content>"),
        new LoghubDataset("Windows", "<Date> <Time>, <Level>                  <Component>    <Content>"),
        new LoghubDataset("Linux", "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"),
        new LoghubDataset("Android", "<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>"),
        new LoghubDataset("HealthApp", "<Time>\\|<Component>\\|<Pid>\\|<Content>"),
        new LoghubDataset("Apache", "\\[<Time>\\] \\[<Level>\\] <Content>"),
        new LoghubDataset("Proxifier", "\\[<Time>\\] <Program> - <Content>"),
        new LoghubDataset("OpenSSH", "<Date> <Day> <Time> <Component> sshd\\[<Pid>\\]: <Content>"),
        new LoghubDataset("OpenStack", "<Logrecord> <Date> <Time> <Pid> <Level> <Component> \\[<ADDR>\\] <Content>"),
        new LoghubDataset("Mac", "<Month>  <Date> <Time> <User> <Component>\\[<PID>\\]( \\(<Address>\\))?: <Content>"));

    public LogFormat format() {
        return new LogFormat(logFormat);
    }

    public static LoghubDataset named(String name) {
        return ALL.stream().filter(d -> d.name.equalsIgnoreCase(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown Loghub dataset " + name));
    }
}
