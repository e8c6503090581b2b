#!/usr/bin/env bash
# Coverage-guided fuzzing of the template engine and the case pipeline with libFuzzer, which
# the Swift toolchain ships (-sanitize=fuzzer). Not a test: CI does not run it.
#   Scripts/fuzz.sh engine 600     template text: compile, render (lenient, strict), check
#   Scripts/fuzz.sh case 600       case files: decode, timeline, validation, every document
#   Scripts/fuzz.sh                both, 60 s each
# Seeds: Templates/ and the templates of ../shared/mustache-spec (engine); Samples/cases
# (case). The corpus grows in Fuzz/corpus/<harness> between runs; a crashing input is written
# to Fuzz/crashes/ and the run stops with libFuzzer's report. Turn each one into a regression
# test (Tests/*/FuzzRegressionTests.swift) before fixing it. Extra arguments after the seconds
# go to libFuzzer (e.g. -seed=1 -jobs=1).
set -euo pipefail
cd "$(dirname "$0")/.."
HARNESSES="${1:-engine case}"
SECONDS_EACH="${2:-60}"
shift $(( $# > 2 ? 2 : $# )) || true

build() { swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld >&2; }
# A path dependency's build folder can go stale when files move in the root package: start
# it afresh then. (lld: gold fails to link libFuzzer's driver into Swift executables.)
build || { rm -rf Fuzz/.build && build; }
BIN="Fuzz/.build/release"

seed_engine() {
  local dir="$1"
  find Templates -name '*.mustache' -exec cp {} "$dir/" \; 2>/dev/null || true
  # Partials keep their folder in the name so that none overwrites another.
  find Templates -mindepth 2 -name '*.mustache' | while read -r f; do
    cp "$f" "$dir/$(echo "$f" | tr / _)"
  done
  if [ -d ../shared/mustache-spec ]; then
    python3 - "$dir" ../shared/mustache-spec/*.json <<'PY'
import hashlib, json, os, sys
out = sys.argv[1]
for path in sys.argv[2:]:
    for test in json.load(open(path, encoding="utf-8"))["tests"]:
        texts = [test["template"], *test.get("partials", {}).values()]
        for text in texts:
            name = hashlib.sha1(text.encode()).hexdigest()[:16] + ".mustache"
            open(os.path.join(out, name), "w", encoding="utf-8").write(text)
PY
  fi
}

seed_case() {
  cp Samples/cases/*.json "$1/"
}

# Tokens the fuzzer should splice in whole: tag openers and closers for the engine, the keys
# and literals of the case format for the case pipeline.
dictionary() {
  local file="$1" harness="$2"
  if [ "$harness" = engine ]; then
    printf '%s\n' '"{{"' '"}}"' '"{{#"' '"{{^"' '"{{/"' '"{{>"' '"{{<"' '"{{$"' '"{{&"' \
      '"{{{"' '"}}}"' '"{{!"' '"{{="' '"=}}"' '"{{>*"' '"{{.}}"' '"<% %>"' '"\x0a"' \
      '"\x0d\x0a"' '"  "' > "$file"
  else
    python3 - "$file" Samples/cases/*.json <<'PY'
import json, sys
keys, values = set(), set()
def walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            keys.add(key)
            walk(value)
    elif isinstance(node, list):
        for item in node:
            walk(item)
    elif isinstance(node, str) and len(node) < 24:
        values.add(node)
for path in sys.argv[2:]:
    walk(json.load(open(path, encoding="utf-8")))
tokens = sorted({json.dumps(f'"{k}":') for k in keys} | {json.dumps(json.dumps(v)) for v in values})
tokens += ['"null"', '"true"', '"false"', '"[]"', '"{}"', '"\\"9999-12-31\\""', '"\\"1900-01-01\\""']
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(tokens) + "\n")
PY
  fi
}

for harness in $HARNESSES; do
  case "$harness" in
    engine) binary="$BIN/FuzzEngine" ;;
    case) binary="$BIN/FuzzCase" ;;
    *) echo "usage: Scripts/fuzz.sh [engine|case] [seconds] [libFuzzer options]" >&2; exit 2 ;;
  esac
  corpus="Fuzz/corpus/$harness"
  seeds="$(mktemp -d "/tmp/fuzz-seeds-$harness-XXXXXX")"
  dict="$(mktemp "/tmp/fuzz-$harness-XXXXXX.dict")"
  mkdir -p "$corpus" Fuzz/crashes
  "seed_$harness" "$seeds"
  dictionary "$dict" "$harness"
  echo "== $harness: $SECONDS_EACH s, $(ls "$seeds" | wc -l) seeds, corpus $(ls "$corpus" | wc -l)" >&2
  status=0
  "$binary" "$corpus" "$seeds" -dict="$dict" -max_total_time="$SECONDS_EACH" -timeout=20 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="Fuzz/crashes/$harness-" "$@" || status=$?
  rm -rf "$seeds" "$dict"
  if [ "$status" -ne 0 ]; then
    echo "== $harness: libFuzzer stopped with status $status; see Fuzz/crashes/" >&2
    exit "$status"
  fi
done
