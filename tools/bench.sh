#!/usr/bin/env bash
# The performance suite, one command: the State of the Union addresses (fetched into .cache/sotu), then side by side in
# one run: wink-nlp's tokenizer, `workbook bench` (pipeline against our own tokenizer), `workbook export` of the whole
# corpus (wall time and peak memory), and the BenchmarkDotNet suite (tests/Workbook.Benchmarks) at 1× and 10× the corpus.
# Usage: tools/bench.sh [--quick]   (--quick skips BenchmarkDotNet)
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/fetch-sotu.sh
data=.cache/sotu/package/data
dotnet build src/Workbook.Cli -c Release -v quiet -nologo >/dev/null
(cd tests/Workbook.Benchmarks/wink && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(dotnet --version) SDK, node $(node --version)"
node tests/Workbook.Benchmarks/wink/tokenize.js "$data" 5
dotnet src/Workbook.Cli/bin/Release/net10.0/Workbook.Cli.dll bench --corpus "$data" --megabytes 10.8
out=$(mktemp -d)
/usr/bin/time -f "workbook export: %e s wall, %M KB peak resident" dotnet src/Workbook.Cli/bin/Release/net10.0/Workbook.Cli.dll export --corpus "$data" --out "$out" >/dev/null
rm -rf "$out"
if [ "${1:-}" != "--quick" ]; then
  dotnet run --project tests/Workbook.Benchmarks -c Release -- --filter '*'
fi
