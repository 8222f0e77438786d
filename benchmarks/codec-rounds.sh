#!/usr/bin/env bash
# The codec figures of issue 2, measured in rounds. This 2-core machine's speed drifts by a third from one
# minute to the next, so one JMH run of both stacks can land anywhere between 4x and 7x. Each round runs,
# per operation, reactive-ocpp, Java-OCA-OCPP and Jackson alone back to back (1 fork each, so the two stacks
# run within a minute of each other), and the table gives, per operation, the ratio of each round and the
# median over the rounds.
#
#   mvn -B -DskipTests package && benchmarks/codec-rounds.sh [ROUNDS]     (default 5; about 5 min a round)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
out=$(mktemp -d)
operations=(
    'CodecBenchmark.(jacksonTokensMeterValuesCall|javaOcaOcppDecodeMeterValuesCall|reactiveOcppDecodeMeterValuesCall)(Utf8)?$'
    'CodecBenchmark.(javaOcaOcpp|reactiveOcpp)DecodeBootNotificationResult$'
    'CodecBenchmark.(jacksonTokens|javaOcaOcppEncode|reactiveOcppEncode)StartTransactionCall(Utf8)?$')
for r in $(seq 1 "$rounds"); do
    echo "round $r of $rounds -> $out" >&2
    for o in "${!operations[@]}"; do
        java -jar benchmarks/target/benchmarks.jar "${operations[$o]}" -f 1 -prof gc \
            -rf csv -rff "$out/round-$r-$o.csv" ${JMH_ARGS:-} > "$out/round-$r-$o.log" 2>&1
    done
done
awk -F, '
function name(s) { gsub(/"/, "", s); sub(/.*CodecBenchmark\./, "", s); return s }
FNR == 1 { f = FILENAME; sub(/.*round-/, "", f); sub(/-.*/, "", f); round = f + 0; if (round > rounds) rounds = round; next }
{ n = name($1); v = $5 + 0
  if (n ~ /:gc.alloc.rate.norm$/) { sub(/:.*/, "", n); alloc[round, n] = v }
  else if (n !~ /:/) score[round, n] = v }
function median(a, k,   i, j, t) {
  for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
  return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
END { round = rounds
  split("DecodeMeterValuesCall DecodeBootNotificationResult EncodeStartTransactionCall", ops, " ")
  printf "| operation | path | reactive-ocpp ops/s | Java-OCA-OCPP ops/s | ratio per round | median ratio | reactive-ocpp B/op | Java-OCA-OCPP B/op |\n"
  printf "|---|---|---:|---:|---|---:|---:|---:|\n"
  for (o = 1; o <= 3; o++) for (u = 0; u <= 1; u++) {
    ours = "reactiveOcpp" ops[o] (u ? "Utf8" : ""); peer = "javaOcaOcpp" ops[o]
    if (!((1, ours) in score)) continue
    list = ""; so = 0; sp = 0
    for (r = 1; r <= round; r++) {
      q[r] = score[r, ours] / score[r, peer]; list = list (r > 1 ? ", " : "") sprintf("%.1f", q[r])
      os[r] = score[r, ours]; ps[r] = score[r, peer] }
    printf "| %s | %s | %.0f | %.0f | %s | %.1fx | %.0f | %.0f |\n", ops[o], (u ? "UTF-8 bytes" : "String"),
      median(os, round), median(ps, round), list, median(q, round), alloc[1, ours], alloc[1, peer]
  }
  printf "\nJackson alone on the same frames (the floor under any Jackson-based codec), median ops/s:\n"
  split("jacksonTokensMeterValuesCall jacksonTokensMeterValuesCallUtf8 jacksonTokensStartTransactionCall jacksonTokensStartTransactionCallUtf8", fl, " ")
  for (f = 1; f <= 4; f++) { if (!((1, fl[f]) in score)) continue
    peer = f <= 2 ? "javaOcaOcppDecodeMeterValuesCall" : "javaOcaOcppEncodeStartTransactionCall"
    for (r = 1; r <= round; r++) { os[r] = score[r, fl[f]]; q[r] = score[r, fl[f]] / score[r, peer] }
    printf "  %s: %.0f ops/s, median %.1fx Java-OCA-OCPP\n", fl[f], median(os, round), median(q, round) }
}' "$out"/round-*.csv
echo "(raw results in $out)"
