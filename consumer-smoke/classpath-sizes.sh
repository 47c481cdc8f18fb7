#!/usr/bin/env bash
# Prints and checks what each SDK artifact puts on a user's runtime classpath (run by run.sh after the
# SDK is installed). For every artifact a throw-away consumer project is written that imports sdk-bom
# and depends on that artifact alone; Maven resolves its runtime classpath as a user's build would
# (optional dependencies left out, exclusions applied), and the jars' sizes are added up, the
# artifact's own jar included.
#
# Limits: sdk-core <= 6.4 MiB, issue 14's limit (met since Caffeine, the response cache's library, is an optional
# dependency an application adds: 1.09 MB with its annotation jars; the Spring Boot starter brings it);
# sdk-gov and sdk-finance <= 15 MiB, issue 14's limit (measured 13.77 and 12.30 once the default analyser
# was built on lucene-core alone, leaving lucene-analysis-common off the default path);
# sdk-medical <= sdk-core + 1 MiB.
# Any jar on a default classpath from a logging API other than SLF4J (log4j-api, commons-logging)
# fails the check too. Exit status 1 when a limit is broken.
#
# usage: classpath-sizes.sh [mvn arguments, e.g. -Dmaven.repo.local=...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/sdk-bom/pom.xml" | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A bytes
fail=0
mib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }

for artifact in sdk-core sdk-medical sdk-retrieval sdk-gov sdk-finance sdk-testkit sdk-observability sdk-ingest; do
  dir="$work/$artifact"
  mkdir -p "$dir"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>uses-$artifact</artifactId>
  <version>1</version>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>ai.domainassist</groupId>
        <artifactId>sdk-bom</artifactId>
        <version>$version</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>ai.domainassist</groupId>
      <artifactId>$artifact</artifactId>
    </dependency>
  </dependencies>
</project>
POM
  mvn -B -q "$@" -f "$dir/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -DincludeScope=runtime -Dmdep.outputFile="$dir/cp.txt" > "$dir/mvn.log" 2>&1 \
      || { cat "$dir/mvn.log"; echo "classpath of $artifact could not be resolved"; exit 1; }
  total=0
  jars=()
  IFS=":" read -r -a jars < "$dir/cp.txt" || true   # one line without a newline: read says EOF
  for jar in "${jars[@]}"; do
    total=$(( total + $(stat -c %s "$jar") ))
  done
  bytes[$artifact]=$total
  printf '%-14s %7s MiB  %2d jars\n' "$artifact" "$(mib "$total")" "${#jars[@]}"
  if [ "$artifact" != sdk-ingest ]; then
    for jar in "${jars[@]}"; do
      case "$(basename "$jar")" in
        log4j-api-*|commons-logging-*|log4j-core-*)
          echo "  FAIL: $(basename "$jar") on $artifact's classpath: the SDK logs through SLF4J only"; fail=1 ;;
      esac
    done
  fi
done

check() {  # check NAME BYTES LIMIT_BYTES LIMIT_TEXT
  if [ "$2" -le "$3" ]; then echo "ok   $1: $(mib "$2") MiB <= $4"
  else echo "FAIL $1: $(mib "$2") MiB > $4"; fail=1; fi
}
echo "== classpath limits"
check sdk-core "${bytes[sdk-core]}" $(( 64 * 1048576 / 10 )) "6.4 MiB"
check sdk-gov "${bytes[sdk-gov]}" $(( 15 * 1048576 )) "15 MiB"
check sdk-finance "${bytes[sdk-finance]}" $(( 15 * 1048576 )) "15 MiB"
check sdk-medical "${bytes[sdk-medical]}" $(( ${bytes[sdk-core]} + 1048576 )) "sdk-core + 1 MiB ($(mib $(( ${bytes[sdk-core]} + 1048576 ))) MiB)"
exit $fail
