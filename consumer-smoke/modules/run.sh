#!/usr/bin/env bash
# The SDK on the MODULE path (called by consumer-smoke/run.sh once the SDK is installed; README_PROJECT is
# the directory where run.sh wrote README's project out, with its programs and their data):
# 1. README's three programs (Quickstart, Claims, Policies) compiled as a named module that requires
#    ai.domainassist.medical, .finance and .gov, and run offline with every jar on the module path: each
#    must print what it prints on the class path (the helpers' lexicons, rules and indexes load as
#    module resources);
# 2. consumer.modules (src/main/java) built and run: explicit modules, the medical model path through the
#    test kit's fake server (Jackson building the SDK's records), a review page, internals closed to
#    reflection at run time;
# 3. refused/ compiled: it imports internal packages of sdk-core and sdk-medical, and javac must refuse
#    each because the module does not export it.
# Usage: run.sh README_PROJECT [maven args...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
readme="$1"; shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-B -q)
target="$here/target"

mvn "${args[@]}" -f "$here/pom.xml" clean compile dependency:build-classpath \
  -Dmdep.outputFile="$target/modulepath.txt" -Dmdep.includeScope=runtime
mp="$(cat "$target/modulepath.txt")"
echo "module path: $(tr ':' '\n' <<< "$mp" | wc -l) jars, $(tr ':' '\n' <<< "$mp" | grep -c '/ai/domainassist/') of them the SDK's"

echo "-- README's programs as module consumer.readme"
javac -encoding UTF-8 --release 17 --module-path "$mp" -d "$target/readme" \
  "$here/readme/module-info.java" "$readme"/src/main/java/quickstart/*.java
data="$target/readme-data"   # a fresh copy of the data: the class-path run left its index and invoice registry
rm -rf "$data"; mkdir -p "$data"
cp -r "$readme/claim" "$readme/policies" "$readme/draft.txt" "$data/"
run() {  # run MAIN EXPECTED
  local out
  out=$(cd "$data" && java --module-path "$target/readme:$mp" --module "consumer.readme/$1" 2>&1) || { echo "$out"; exit 1; }
  echo "$out" | grep -v '^SLF4J' | head -2 | sed 's/^/    /'
  grep -qF "$2" <<< "$out" || { echo "FAIL: $1 on the module path did not print '$2'"; echo "$out"; exit 1; }
  echo "ok   $1 on the module path"
}
run quickstart.Quickstart "主诉：咳嗽3天"
run quickstart.Claims "PAY 257.10 元"
run quickstart.Policies "江州市人民政府关于进一步加强生活垃圾分类工作的通知"

echo "-- consumer.modules: the model path, a review page, internals closed at run time"
java --module-path "$target/classes:$mp" --module consumer.modules/consumer.modules.Main 2>&1 | grep -v '^SLF4J'

echo "-- refused/: internal packages must not compile"
if out="$(javac -encoding UTF-8 --release 17 --module-path "$mp" -d "$target/refused" \
    "$here/refused/module-info.java" "$here/refused/consumer/refused/UsesInternals.java" 2>&1)"; then
  echo "FAIL: javac compiled a module that imports the SDK's internal packages"; exit 1
fi
for pkg in ai.domainassist.core.internal ai.domainassist.core.resilience.internal ai.domainassist.medical.internal; do
  grep -q "package $pkg is declared in module ai.domainassist.[a-z]*, which does not export it" <<< "$out" || {
    echo "FAIL: javac did not refuse $pkg for encapsulation:"; echo "$out"; exit 1; }
  echo "refused by javac: $(grep -m1 "(package $pkg is declared" <<< "$out" | sed 's/^ *//')"
done
other=$(grep -c ': error:' <<< "$out" || true)
[ "$other" -eq 3 ] || { echo "FAIL: expected exactly the 3 encapsulation errors, javac said:"; echo "$out"; exit 1; }
echo "== module path consumer: passed"
