#!/usr/bin/env bash
# The performance suite, one command. Side by side in one run, on the State of the Union addresses (fetched into
# .cache/sotu): wink-nlp (tokenizer alone and default pipe), `workbook bench` (our pipeline against our own tokenizer),
# `workbook export` and `workbook render` of the whole corpus and export of the corpus repeated ten times (wall time and
# peak memory), then the BenchmarkDotNet suite (tests/Workbook.Benchmarks) at 1× and 10× the corpus.
# Usage: tools/bench.sh [--quick]   (--quick skips the 10× export, the render and BenchmarkDotNet)
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/fetch-sotu.sh
data=.cache/sotu/package/data
dotnet build src/Workbook.Cli -c Release -v quiet -nologo >/dev/null
if [ ! -d tests/Workbook.Benchmarks/wink/node_modules ]; then
  (cd tests/Workbook.Benchmarks/wink && npm ci --no-audit --no-fund --loglevel=error)
fi
workbook="dotnet src/Workbook.Cli/bin/Release/net10.0/Workbook.Cli.dll"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
timed() { /usr/bin/time -f "$1: %e s wall, %M KB peak resident" "${@:2}" >/dev/null; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, .NET SDK $(dotnet --version), node $(node --version)"
node tests/Workbook.Benchmarks/wink/tokenize.js "$data" 5
$workbook bench --corpus "$data" --megabytes 10.8
timed "workbook export (1×)" $workbook export --corpus "$data" --out "$scratch/export"
if [ "${1:-}" != "--quick" ]; then
  mkdir -p "$scratch/ten"
  for round in 0 1 2 3 4 5 6 7 8 9; do
    for file in "$data"/*.txt; do cp "$file" "$scratch/ten/$(basename "$file" .txt)-$round.txt"; done
  done
  timed "workbook export (10×)" $workbook export --corpus "$scratch/ten" --out "$scratch/export-ten"
  rm -rf "$scratch/ten" "$scratch/export-ten"
  timed "workbook render (1×, no pictures)" $workbook render --no-pictures --corpus "$data" --out "$scratch/render"
  timed "workbook render (seeds, no pictures)" $workbook render --no-pictures --out "$scratch/seeds"
  dotnet run --project tests/Workbook.Benchmarks -c Release -- --filter '*'
fi
