#!/usr/bin/env bash
# Measures the inference service; see docs/benchmarks/inference.md.
#   scripts/bench-inference.sh [seconds-per-turn turns clients...]   photos/s over HTTP, batching off and on
#   scripts/bench-inference.sh profile [rounds]                      CPU time per stage on one thread
set -euo pipefail
cd "$(dirname "$0")/.."
# builds in the reactor (nothing is installed into ~/.m2), so the class path names shared/target/classes
mvn -q -B -pl inference-service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd inference-service
main=org.openluna.inference.service.InferenceBenchmark
if [[ "${1:-}" == profile ]]; then
  main=org.openluna.inference.service.StageProfile
  shift
fi
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@" 2>/dev/null
