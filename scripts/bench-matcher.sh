#!/usr/bin/env bash
# Measures the matcher's 1:N search and its baselines on this machine; see docs/benchmarks/matcher.md.
# Arguments: face counts (default 100000 1000000). Needs about 4 GB of heap for 1,000,000 faces,
# most of it for the float32 baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B -pl shared,matcher-service -am test-compile
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules jdk.incubator.vector -Xmx5g \
  -cp matcher-service/target/test-classes:matcher-service/target/classes:shared/target/classes \
  org.openluna.matcher.bench.MatcherBenchmark "$@" 2>&1 | grep -v 'Using incubator modules'
