#!/usr/bin/env bash
# Measures the inference service; see docs/benchmarks/inference.md.
#   scripts/bench-inference.sh [seconds-per-turn turns clients...]   photos/s over HTTP, batching off and on
#   scripts/bench-inference.sh profile [rounds]                      CPU time per stage on one thread
#   scripts/bench-inference.sh batch-gain [repetitions]              what a batch of 8 saves, model by model
#   scripts/bench-inference.sh detector [rounds]                     the face detector against the previous one on crowds
set -euo pipefail
cd "$(dirname "$0")/.."
# builds in the reactor (nothing is installed into ~/.m2), so the class path names shared/target/classes
mvn -q -B -pl inference-service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd inference-service
main=org.openluna.inference.service.InferenceBenchmark
case "${1:-}" in
  profile) main=org.openluna.inference.service.StageProfile; shift ;;
  batch-gain) main=org.openluna.inference.runtime.BatchGain; shift ;;
  detector) main=org.openluna.inference.detection.DetectorBenchmark; shift ;;
esac
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@" 2>/dev/null
