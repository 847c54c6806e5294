#!/usr/bin/env bash
# 720p H.264 streams on this machine: decoding, analysis through the inference service, streams held at
# 5 analysed frames a second; see docs/benchmarks/video.md.
#   scripts/bench-video.sh [seconds-per-turn] [max-streams] [turns]
# LUNA_INFERENCE_OPTIONS (as --batching=off) goes to the inference service, as with the launcher.
set -euo pipefail
cd "$(dirname "$0")/.."
# builds in the reactor (nothing is installed into ~/.m2), so the class path names each module's target/classes
mvn -q -B ${MVN_OPTS:-} -pl localstack -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd localstack
java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openluna.localstack.VideoBenchmark "$@" 2>/dev/null
