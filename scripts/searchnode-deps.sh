#!/usr/bin/env bash
# Fetch the jars of the embedded search node (lab/searchnode) into the local Maven repository
# (~/.m2) and build its launcher, so tests and `python -m lab.searchnode start` work offline.
#
#   scripts/searchnode-deps.sh              # both engines (the tests use both)
#   SEARCHNODE_ENGINES=opensearch scripts/searchnode-deps.sh   # OpenSearch only
#
# Extra arguments go to mvn (e.g. -Dmaven.repo.local=/tmp/m2). Idempotent: a second run with the
# jars cached takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "searchnode-deps: installing a JDK and Maven from Debian packages"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
    else
        echo "searchnode-deps: need java (17+) and mvn on PATH" >&2
        exit 1
    fi
fi

project_of() {
    case "$1" in
        opensearch) echo lab/searchnode ;;
        elasticsearch) echo lab/searchnode/elasticsearch ;;
        *) echo "searchnode-deps: unknown engine $1" >&2; exit 2 ;;
    esac
}

for engine in ${SEARCHNODE_ENGINES:-opensearch elasticsearch}; do
    project="$(project_of "$engine")"
    mkdir -p "$project/target"
    started=$(date +%s)
    ok=""
    for attempt in 1 2 3; do
        # The lock is the one lab.searchnode.build takes: never two builds in one target/.
        if flock "$project/target/.build.lock" \
            mvn -B -q -Dstyle.color=never "$@" -f "$project/pom.xml" package; then
            ok=1
            break
        fi
        echo "searchnode-deps: mvn failed for $engine (attempt $attempt), retrying" >&2
        sleep $((attempt * 5))
    done
    [ -n "$ok" ] || { echo "searchnode-deps: could not build $engine" >&2; exit 1; }
    # Prove the offline build the Python launcher tries first works from the cache.
    flock "$project/target/.build.lock" \
        mvn -B -q -o -Dstyle.color=never "$@" -f "$project/pom.xml" package
    # Its mtime marks the build for lab.searchnode.build.is_built (mvn keeps an unchanged file).
    touch "$project/target/classpath.txt"
    echo "searchnode-deps: $engine ready in $(( $(date +%s) - started ))s ($project/target/classpath.txt)"
done
