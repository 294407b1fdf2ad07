#!/usr/bin/env bash
# Times POST /v1/people/search for the product's 60 fields (bench/hibob-people-search.json) over a
# generated company, with the emulator's heap capped at 1 GiB, and prints the emulator's heap.
# Usage: bench/hibob-emulator-search.sh [PEOPLE] [RUNS]   (needs the jar: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-50000}
runs=${2:-3}
port=${PORT:-7171}
log=$(mktemp)

java -Xmx1g -jar target/bobsync.jar emulator hibob --port "$port" --generate "$people" --seed 1 >"$log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null; rm -f "$log"' EXIT

started=$(date +%s)
until grep -q '^Ctrl-C' "$log"; do
  kill -0 "$emulator" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
echo "emulator: $people people generated and serving after $(( $(date +%s) - started )) s"
user=$(awk '/^service user:/{print $3}' "$log")
token=$(awk '/^token:/{print $2}' "$log")

for run in $(seq 1 "$runs"); do
  curl -sS -o /dev/null -u "$user:$token" -H 'Content-Type: application/json' \
    --data-binary @bench/hibob-people-search.json \
    -w "search $run: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    "http://localhost:$port/v1/people/search"
done
curl -sS "http://localhost:$port/_emulator/state" | python3 -c '
import json, sys
jvm = json.load(sys.stdin)["jvm"]
mib = lambda b: b / 1024 / 1024
print("heap: %.0f MiB used, %.0f MiB committed, %.0f MiB max" % (
    mib(jvm["heapUsedBytes"]), mib(jvm["heapCommittedBytes"]), mib(jvm["heapMaxBytes"])))'
