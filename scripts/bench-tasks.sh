#!/usr/bin/env bash
# Cross-matching and clustering tasks on the embedded stack; see docs/benchmarks/tasks.md.
#   scripts/bench-tasks.sh [faces-per-side faces-clustered]
set -euo pipefail
cd "$(dirname "$0")/.."
# builds in the reactor (nothing is installed into ~/.m2), so the class path names each module's target/classes
mvn -q -B ${MVN_OPTS:-} -pl localstack -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd localstack
java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openluna.localstack.TasksBenchmark "$@" 2>/dev/null
