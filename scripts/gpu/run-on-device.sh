#!/usr/bin/env bash
# Runs on the lent GPU machine, from the folder scripts/gpu/package.sh made: the GPU tests (the cuda
# backend against the CPU backend) with JUnit's console launcher, then the benchmark. Arguments: the
# benchmark's face counts (default 1000000 10000000). Output goes to $OUT when the device tool sets it.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RESULTS="${OUT:-$HERE/out}"
mkdir -p "$RESULTS"
# the machine's CUDA 13 libraries (cudart, NVRTC, cuBLAS), and JavaCPP's cache somewhere writable
export LD_LIBRARY_PATH="/usr/local/cuda/targets/x86_64-linux/lib:/usr/local/cuda/lib64:/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}"
JAVA="$HERE/jre/bin/java"
CP="$HERE/classes/matcher-tests:$HERE/classes/matcher:$HERE/classes/shared:$HERE/classes/protocol:$(ls "$HERE"/lib/*.jar | grep -v console-standalone | tr '\n' ':')"
OPTS=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dorg.bytedeco.javacpp.cachedir="$HERE/javacpp-cache")

{
  echo "== machine"
  nvidia-smi --query-gpu=name,driver_version,memory.total,memory.used --format=csv 2>&1 || true
  ls /usr/local/cuda/targets/x86_64-linux/lib 2>&1 | grep -E 'libcudart|libnvrtc|libcublas' | head -20
  nproc; free -g | head -2
} 2>&1 | tee "$RESULTS/machine.txt"

echo "== GPU tests"
"$JAVA" "${OPTS[@]}" -jar "$HERE"/lib/junit-platform-console-standalone-*.jar execute \
  --class-path "$CP" --select-package org.openluna.matcher.cuda --details=tree --disable-banner \
  --reports-dir "$RESULTS/junit" 2>&1 | tee "$RESULTS/tests.txt"
TESTS=${PIPESTATUS[0]}

echo "== benchmark"
"$JAVA" "${OPTS[@]}" -Xmx40g -cp "$CP" org.openluna.matcher.cuda.CudaBenchmark "$@" 2>&1 \
  | grep -v 'Using incubator modules' | tee "$RESULTS/benchmark.txt"
BENCH=${PIPESTATUS[0]}
echo "tests exit $TESTS, benchmark exit $BENCH"
exit $(( TESTS != 0 || BENCH != 0 ))
