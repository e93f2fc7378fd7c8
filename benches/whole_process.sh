#!/bin/sh
# The example extractor as a whole process (read, extract, write JSON Lines)
# on ~50 MB of news, beside a bare Aho-Corasick scan over the default names
# of the same text, in the same run:
#
#   sh benches/whole_process.sh [JOBS...]      (default: 1 2)
#
# The text is the bench corpus repeated 17 times (51 MB), one document per
# line (`--lines`). Prints MB/s for each and the ratio to the bare scan.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet --release --example extract --example throughput
big=target/news-x17.txt
if [ ! -f "$big" ]; then
    for _ in $(seq 17); do cat benches/data/news.txt; done > "$big"
fi
bytes=$(wc -c < "$big")
bare=$(./target/release/examples/throughput "$big" 1 "bare scan" | awk '/^bare scan/ { print $3 }')
echo "bare scan: $bare MB/s (one thread, text in memory)"
for jobs in ${*:-1 2}; do
    start=$(date +%s.%N)
    ./target/release/examples/extract --lines --jobs "$jobs" "$big" > target/whole_process.jsonl
    end=$(date +%s.%N)
    awk -v b="$bytes" -v s="$start" -v e="$end" -v bare="$bare" -v j="$jobs" 'BEGIN {
        mbs = b / 1e6 / (e - s)
        printf "extract --lines --jobs %d: %.1f MB/s (%.2f s), %.3f x the bare scan\n", j, mbs, e - s, mbs / bare
    }'
done
echo "spans written: $(wc -l < target/whole_process.jsonl)"
