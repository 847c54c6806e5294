#!/usr/bin/env bash
# Measures requests through the gateway on the embedded stack; see docs/benchmarks/gateway.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
mvn -q -B -pl localstack dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "localstack/target/test-classes:localstack/target/classes:$(cat localstack/target/bench.classpath)" \
  org.openluna.localstack.GatewayBenchmark 2>/dev/null | grep '^|'
