#!/usr/bin/env bash
# Consumer smoke test (run by .ci/run): what a new user does, from README alone, on an EMPTY local Maven
# repository (a fresh one under /tmp, deleted afterwards; DA_M2_REPO=/path uses that one instead, kept):
#   1. README's install command (mvn -B -DskipTests install) puts the SDK into that repository;
#      every installed jar must carry META-INF/LICENSE and META-INF/NOTICE;
#   2. classpath-sizes.sh prints what each artifact puts on a user's classpath and checks the limits;
#   3. README's project (its pom.xml and the three programs marked "readme-project" in README.md) is
#      written out from README itself, built, and each helper's program is run on the example data;
#   4. the same three programs as a named module on the MODULE path, a module using the model path and
#      a review page, and a module importing internal packages that javac must refuse (modules/run.sh);
#   5. consumer-smoke/ (every other Java snippet of README and docs, SnippetsTest, QuickstartTest) and
#      consumer-smoke/spring-boot/ (the SDK under Spring Boot 3.5.7's dependency management, with a real
#      HTTP call to the test kit's fake server) are built and tested against the installed artifacts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
if [ -n "${DA_M2_REPO:-}" ]; then
  repo="$DA_M2_REPO"
else
  repo="$work/m2"
fi
trap 'rm -rf "$work"' EXIT
args=(-B -q "-Dmaven.repo.local=$repo")
t0=$(date +%s)
step() { echo "== consumer smoke [$(( $(date +%s) - t0 ))s]: $*"; }

step "README's install command on the local repository $repo ($(find "$repo" -type f 2>/dev/null | wc -l) files in it)"
mvn "${args[@]}" -f "$root/pom.xml" -DskipTests install
step "installed in $(( $(date +%s) - t0 ))s"

step "every jar carries META-INF/LICENSE and META-INF/NOTICE"
jars=$(find "$repo/ai/domainassist" -name '*.jar')
[ -n "$jars" ] || { echo "no SDK jar installed"; exit 1; }
for jar in $jars; do
  listing=$(unzip -Z1 "$jar")
  for f in META-INF/LICENSE META-INF/NOTICE; do
    grep -qx "$f" <<< "$listing" || { echo "FAIL: $f missing in $(basename "$jar")"; exit 1; }
  done
done
echo "ok   $(wc -w <<< "$jars") jars"

step "classpath sizes"
bash "$root/consumer-smoke/classpath-sizes.sh" "${args[@]}"

step "README's project, written out from README.md"
proj="$work/readme-project"
mkdir -p "$proj"
awk -v dir="$proj" '
  /^<!-- readme-project: .* -->$/ { path = $3; want = 1; next }
  want == 1 && /^```/ { want = 2; file = dir "/" path; n = split(file, parts, "/"); d = "";
                        for (i = 2; i < n; i++) d = d "/" parts[i]; system("mkdir -p \"" d "\""); printf "" > file; next }
  want == 2 && /^```$/ { want = 0; close(file); print "  " path; next }
  want == 2 { print >> file }
' "$root/README.md"
[ -f "$proj/pom.xml" ] || { echo "README.md has no readme-project pom.xml"; exit 1; }
samples="$root/examples/src/main/resources/samples"
mkdir -p "$proj/claim" "$proj/policies"
cp "$samples"/claims/clm-2024-0611-outpatient/0* "$proj/claim/"
cp "$samples"/gov/library/{waste-sorting-2024,kitchen-waste-2024,ebike-charging-2023}.txt "$proj/policies/"
cp "$samples"/gov/check/dh-request-2024.txt "$proj/draft.txt"
(cd "$proj" && mvn "${args[@]}" compile)
run() {  # run MAIN EXPECTED: README's command for one program; its output must contain EXPECTED
  local out
  out=$(cd "$proj" && mvn "${args[@]}" exec:java -Dexec.mainClass="$1" 2>&1) || { echo "$out"; exit 1; }
  echo "$out" | grep -v '^SLF4J' | head -4 | sed 's/^/    /'
  grep -qF "$2" <<< "$out" || { echo "FAIL: $1 did not print '$2'"; exit 1; }
  echo "ok   $1"
}
run quickstart.Quickstart "主诉：咳嗽3天"
run quickstart.Claims "PAY 257.10 元"
run quickstart.Policies "江州市人民政府关于进一步加强生活垃圾分类工作的通知"

step "the SDK on the module path: README's programs and consumer-smoke/modules as named modules; internals refused"
bash "$root/consumer-smoke/modules/run.sh" "$proj" "${args[@]}"

step "consumer-smoke/: every other snippet of README and docs compiled, SnippetsTest, QuickstartTest"
mvn "${args[@]}" -f "$root/consumer-smoke/pom.xml" clean verify
step "consumer-smoke/spring-boot/: the SDK under Spring Boot 3.5.7's versions, with a real HTTP call"
mvn -B "-Dmaven.repo.local=$repo" -f "$root/consumer-smoke/spring-boot/pom.xml" clean verify | grep -E "under Spring Boot|Tests run:|BUILD"
step "passed"
