#!/bin/sh
# Instructions spent in `Extractor::extract` per MB of the bench corpus, and
# the stages that spend them, counted by callgrind (valgrind): unlike wall
# time, the count does not move with the load of a shared machine, so it
# tells whether a change made the pipeline cheaper. Cache misses are not in
# it: confirm a change with the throughput example on a quiet machine.
#
#   sh benches/instructions.sh [BINARY]     (needs valgrind)
#
# BINARY defaults to this checkout's throughput example; pass another
# build's (an older commit's) to compare.
set -eu
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
    bin=$1
else
    cargo build --quiet --release --example throughput
    bin=target/release/examples/throughput
fi
sample=target/news-1mb.txt
head -c 1000000 benches/data/news.txt > "$sample"
out=target/callgrind.extract.out
# The throughput example runs five rounds of the stage; only the calls of
# `extract_with` are counted, not the build.
valgrind --tool=callgrind --toggle-collect='*Extractor::extract_with*' \
    --callgrind-out-file="$out" "$bin" "$sample" 1 extract > /dev/null 2>&1
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | awk '
    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1;
        printf "extract: %.0f M instructions per MB\n", total / 5e6 }
    /factspan::(tokenize::tokenize_visiting|gazetteer::Gazetteer::find_at|quantities::find_quantities(_at)?|rules::dates::find_dates_with|resolve::resolve|claims::annotate|rules::find_entities|link::link|syntax::Sentence::(analyse|look_up|finish)) / {
        n = $1; gsub(",", "", n)
        if (index($0, "tokenize_visiting")) { what = "tokenizer (+ starts)" }
        else { match($0, /factspan::[A-Za-z_:]+/); what = substr($0, RSTART + 10, RLENGTH - 10) }
        printf "  %-36s %6.1f M/MB  %5.1f %%\n", what, n / 5e6, 100 * n / total }'
