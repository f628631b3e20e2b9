#!/bin/sh
# Side-by-side benchmark (not a test): the single-machine `posyandu report` and the Spark job on
# local[2], on the same data in the same run, each with the same small heap.
#   posyandu-spark/benchmark.sh /work/data/pop1m [HEAP]
# Needs examples/target/posyandu.jar and posyandu-spark/target/posyandu-spark.jar
# (./mvnw -q -Pshade -pl posyandu-spark,examples -am package -DskipTests).
set -e
DIR=${1:?data directory}
HEAP=${2:-1g}
HERE=$(cd "$(dirname "$0")/.." && pwd)
LINES=$(cat "$DIR"/*.ndjson | wc -l)
echo "data: $DIR, $LINES lines, $(du -sh "$DIR" | cut -f1); heap $HEAP; $(nproc) cores"
uptime
run() {
  name=$1; shift
  start=$(date +%s.%N)
  "$@" > "/tmp/bench-$name.csv"
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  echo "$name: $secs s, $(echo "$LINES / $secs" | bc) records/s"
  uptime
}
run single java -Xmx$HEAP -jar "$HERE/examples/target/posyandu.jar" report "$DIR" \
  --period 2026-10 --level kabkota --format csv
run spark java -Xmx$HEAP -jar "$HERE/posyandu-spark/target/posyandu-spark.jar" report "$DIR" \
  --period 2026-10 --level kabkota --format csv --master 'local[2]'
cmp /tmp/bench-single.csv /tmp/bench-spark.csv && echo "same report"
