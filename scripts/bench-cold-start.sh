#!/usr/bin/env bash
# Cold starts of every group's Lambda, the whole API's and a bare function's; see docs/benchmarks/cold-start.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
mvn -q -B -pl localstack dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java --add-modules jdk.incubator.vector -cp "localstack/target/test-classes:localstack/target/classes:$(cat localstack/target/bench.classpath)" \
  org.openluna.localstack.ColdStartBenchmark 2>/dev/null | grep '^|'
