#!/usr/bin/env bash
# Log-store benchmark (docs/benchmarks.md, "Log store"): builds the benchmark classpath and runs
# io.fmscope.benchmarks.logstore.LogStoreBenchmark; arguments go to it (--events, --runs, --senders, --jq-runs, --work).
# Needs jq on the PATH and about 4 GB of free disk for the default million events.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl fmscope-benchmarks -am
exec "$JAVA_HOME/bin/java" -Xmx10g -cp "fmscope-benchmarks/target/classes:$(cat fmscope-benchmarks/target/cp.txt)" \
    io.fmscope.benchmarks.logstore.LogStoreBenchmark "$@"
