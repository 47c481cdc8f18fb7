#!/usr/bin/env bash
# Consumer smoke test (run by .ci/run): install the SDK into the local Maven repository, then build
# and run consumer-smoke/, a project outside the reactor that imports sdk-bom and uses sdk-medical
# exactly as README's quickstart shows (Quickstart.java), so README cannot drift from the API.
#
# DA_M2_REPO=/path  uses that local repository instead of ~/.m2/repository (a private one keeps a
# development machine's shared repository free of a branch's snapshots).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
args=(-B -q)
if [ -n "${DA_M2_REPO:-}" ]; then
  args+=("-Dmaven.repo.local=$DA_M2_REPO")
fi

echo "== consumer smoke: mvn install of the SDK (tests skipped: .ci/run's verify ran them)"
mvn "${args[@]}" -f "$root/pom.xml" install -DskipTests -Dquick
echo "== consumer smoke: build and test consumer-smoke/ against the installed artifacts"
mvn "${args[@]}" -f "$root/consumer-smoke/pom.xml" clean verify
echo "== consumer smoke: run the quickstart"
mvn "${args[@]}" -f "$root/consumer-smoke/pom.xml" exec:java
echo "== consumer smoke: passed"
