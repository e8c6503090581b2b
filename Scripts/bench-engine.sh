#!/usr/bin/env bash
# Measures dossierkit's engine beside the peer engines, interleaved run by run, so that the
# figures compare within one run of a noisy machine. Not a test: CI does not run it.
#   Scripts/bench-engine.sh                 (RUNS=5, 1.5 s per figure)
#   RUNS=1 SECONDS_PER=0.3 Scripts/bench-engine.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH="$(cd ../shared/bench && pwd)"
RUNS="${RUNS:-5}"
SECONDS_PER="${SECONDS_PER:-1.5}"
PEERS="$(mktemp /tmp/peers-XXXXXX.jsonl)"
OURS="$(mktemp /tmp/dossierkit-XXXXXX.txt)"

swift build -c release --product dossier-bench >&2
swift build -c release --package-path "$BENCH/peers" >&2
if [ ! -x "$BENCH/.venv/bin/python" ]; then
  python3 -m venv --system-site-packages "$BENCH/.venv"
  "$BENCH/.venv/bin/pip" install -q chevron==0.14.0 >&2
fi

for i in $(seq "$RUNS"); do
  echo "# run $i/$RUNS $(date -u +%FT%TZ) loadavg $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$PEERS" >&2
  .build/release/dossier-bench engine --workload "$BENCH/workload" --seconds "$SECONDS_PER" >> "$OURS"
  "$BENCH/peers/.build/release/peer-bench" --workload "$BENCH/workload" --seconds "$SECONDS_PER" >> "$PEERS"
  "$BENCH/.venv/bin/python" "$BENCH/peers/python_peers.py" --workload "$BENCH/workload" --seconds "$SECONDS_PER" >> "$PEERS"
done

echo "== peers (medians over $RUNS runs)"
python3 "$BENCH/peers/summarize.py" "$PEERS"
echo
echo "== dossierkit (medians over $RUNS runs)"
python3 - "$OURS" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    fields = dict(f.split("=", 1) for f in line.split())
    key = fields.get("case") or fields.get("phase")
    rows.setdefault(key, []).append(fields)
for key, runs in rows.items():
    metric = "templates_per_s" if key == "compile" else "renders_per_s"
    values = sorted(float(r[metric]) for r in runs)
    extra = "" if key == "compile" else f" bytes={runs[0]['bytes']} content_vs_peers={runs[0]['content_vs_peers']}"
    print(f"{key}: {metric} median={statistics.median(values):,.0f} min={values[0]:,.0f} max={values[-1]:,.0f}{extra}")
PY
