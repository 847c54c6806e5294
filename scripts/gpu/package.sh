#!/usr/bin/env bash
# Builds what the lent GPU machine needs to run the cuda backend's tests and benchmark into .gpu-carry/
# (ignored by git): a jlink runtime (that machine has CUDA but no Java and no Maven), the few jars the
# GPU code and its tests load, the compiled classes, and run-on-device.sh, which runs them there.
# The whole folder must stay under the 64 MB a call may carry; this script prints its size.
#
# Here:           scripts/gpu/package.sh
# On the device:  bash .gpu-carry/run-on-device.sh [face counts for the benchmark, default 1000000 10000000]
#                 (the device tool's carry: [".gpu-carry"]); results land in $OUT (or .gpu-carry/out).
# See docs/adr/0015-cuda-matcher-backend.md and docs/benchmarks/matcher-cuda.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
CARRY=.gpu-carry
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

mvn -o -q -B -pl matcher-service -am test-compile
mvn -o -q -B -pl matcher-service -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/gpu-classpath.txt
# the JUnit launcher that runs the tests without Maven, the one artifact not already a dependency
mvn -o -q -B dependency:copy -Dartifact=org.junit.platform:junit-platform-console-standalone:1.12.2 -DoutputDirectory=matcher-service/target/gpu-launcher \
  || mvn -q -B dependency:copy -Dartifact=org.junit.platform:junit-platform-console-standalone:1.12.2 -DoutputDirectory=matcher-service/target/gpu-launcher

rm -rf "$CARRY"
mkdir -p "$CARRY/lib" "$CARRY/classes"
# only what the GPU code, its tests and the benchmark load: the CUDA bindings, logging, AssertJ
tr ':' '\n' < matcher-service/target/gpu-classpath.txt \
  | grep -E '/cuda-[0-9][^/]*[0-9]\.jar$|/javacpp-[0-9][^/]*\.jar$|/(slf4j-api|logback-classic|logback-core|assertj-core)-[0-9][^/]*\.jar$' \
  | xargs -I{} cp {} "$CARRY/lib/"
# the natives jar holds JNI wrappers of every CUDA library (33 MB unpacked); the backend and the
# baseline need those of the runtime and driver, NVRTC and cuBLAS
natives=$(tr ':' '\n' < matcher-service/target/gpu-classpath.txt | grep -E '/cuda-[0-9][^/]*-linux-x86_64\.jar$')
python3 - "$natives" "$CARRY/lib/$(basename "$natives")" <<'PY'
import sys, zipfile
keep = ("libjnicudart.so", "libjninvrtc.so", "libjnicublas.so")
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
    for entry in source.infolist():
        name = entry.filename
        if not name.endswith(".so") or name.endswith(keep):
            target.writestr(entry, source.read(name))
PY
cp matcher-service/target/gpu-launcher/junit-platform-console-standalone-*.jar "$CARRY/lib/"
cp -r protocol/target/classes "$CARRY/classes/protocol"
cp -r shared/target/classes "$CARRY/classes/shared"
cp -r matcher-service/target/classes "$CARRY/classes/matcher"
# of the tests, those the device runs: the GPU tests and benchmark, and the helpers they use
mkdir -p "$CARRY/classes/matcher-tests/org/openluna/matcher"
cp -r matcher-service/target/test-classes/org/openluna/matcher/{cuda,bench} "$CARRY/classes/matcher-tests/org/openluna/matcher/"
cp matcher-service/target/test-classes/org/openluna/matcher/RandomDescriptors.class "$CARRY/classes/matcher-tests/org/openluna/matcher/"

# java.xml: logback reads its configuration; jdk.incubator.vector: the CPU backend the GPU is checked against
"$JAVA_HOME/bin/jlink" --add-modules java.base,jdk.unsupported,java.logging,java.xml,jdk.incubator.vector \
  --strip-debug --no-header-files --no-man-pages --compress=zip-9 --output "$CARRY/jre"

cp scripts/gpu/run-on-device.sh "$CARRY/run-on-device.sh"
chmod +x "$CARRY/run-on-device.sh"
du -sh "$CARRY"
