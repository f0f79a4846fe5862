#!/usr/bin/env bash
# The real AWS CLI's X-Ray commands against a fmscope server it starts itself (free HTTP port, daemon on a
# free port too): put-trace-segments (valid, in-progress then complete, and bad documents), batch-get-traces
# in both id renderings, get-trace-summaries with filter expressions (a malformed one too), get-service-graph,
# get-trace-graph, sampling rules. Answers are checked with jq; exits non-zero on the first mismatch.
# Needs: the Debian awscli package, jq, a JDK 21+ (the launcher finds it).
#   scripts/awscli-xray.sh                 # uses ./fmscope serve
#   FMSCOPE_CMD="java -jar x.jar" scripts/awscli-xray.sh
set -euo pipefail
NAME=awscli-xray
# shellcheck source=scripts/awscli-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/awscli-common.sh"
start_server --xray-daemon-port 0

export AWS_ACCESS_KEY_ID=fmscope AWS_SECRET_ACCESS_KEY=fmscope AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
xray() { "$AWS" xray --endpoint-url "http://127.0.0.1:$PORT" --output json "$@"; }

NOW=$(date +%s)
EPOCH=$(printf '%08x' "$NOW")
# Five chatbot requests: the API segment calls DynamoDB (inferred node) and a model service that sends its
# own segment. Request 2 is a fault (503), request 3 was throttled by the model service, request 4 is slow.
for i in 0 1 2 3 4; do
  T="1-$EPOCH-$(printf '%024x' $((0xfeed00 + i)))"
  S0=$(( NOW - 30 + i ))
  STATUS=$([[ $i == 2 ]] && echo 503 || echo 200)
  THR=$([[ $i == 3 ]] && echo true || echo false)
  DUR=$([[ $i == 4 ]] && echo 4.5 || echo 0.8)
  jq -nc --arg t "$T" --arg id "$(printf 'a%015x' "$i")" --arg call "$(printf 'b%015x' "$i")" \
     --arg ddb "$(printf 'c%015x' "$i")" --arg m "$(printf 'd%015x' "$i")" --argjson s "$S0" \
     --argjson st "$STATUS" --argjson thr "$THR" --argjson dur "$DUR" --arg sess "s-$i" '
    [{name: "chatbot", id: $id, trace_id: $t, start_time: $s, end_time: ($s + $dur), origin: "AWS::ECS::Container",
      http: {request: {method: "POST", url: "https://chat.example/ask"}, response: {status: $st}},
      fault: ($st >= 500), annotations: {session_id: $sess},
      subsegments: [
        {id: $ddb, name: "DynamoDB", namespace: "aws", start_time: ($s + 0.01), end_time: ($s + 0.03),
         aws: {operation: "GetItem", table_name: "sessions"}},
        {id: $call, name: "model-service", namespace: "remote", start_time: ($s + 0.05), end_time: ($s + $dur - 0.01),
         throttle: $thr, error: $thr, http: {response: {status: (if $thr then 429 else 200 end)}}}]},
     {name: "model-service", id: $m, trace_id: $t, parent_id: $call, start_time: ($s + 0.06),
      end_time: ($s + $dur - 0.02), throttle: $thr, error: $thr}] | map(tojson)' >"$WORK/docs-$i.json"
  check "put-trace-segments request $i" "$(xray put-trace-segments --trace-segment-documents "file://$WORK/docs-$i.json" \
    | jq '.UnprocessedTraceSegments | length')" "0"
done

# An in-progress segment, then the same segment complete: the complete one wins.
T5="1-$EPOCH-$(printf '%024x' $((0xfeed05)))"
jq -nc --arg t "$T5" --argjson s "$(( NOW - 5 ))" '[{name: "worker", id: "e000000000000005", trace_id: $t,
  start_time: $s, in_progress: true} | tojson]' >"$WORK/progress.json"
xray put-trace-segments --trace-segment-documents "file://$WORK/progress.json" >/dev/null
jq -nc --arg t "$T5" --argjson s "$(( NOW - 5 ))" '[{name: "worker", id: "e000000000000005", trace_id: $t,
  start_time: $s, end_time: ($s + 1.25)} | tojson]' >"$WORK/complete.json"
xray put-trace-segments --trace-segment-documents "file://$WORK/complete.json" >/dev/null

# Bad documents are reported one by one; the good one in the same call is kept.
jq -nc --arg t "$T5" --argjson s "$(( NOW - 4 ))" '[
  ({name: "x", trace_id: $t, start_time: $s, end_time: ($s + 1)} | tojson),
  ({name: "x", id: "f000000000000001", trace_id: $t, start_time: $s, end_time: ($s - 1)} | tojson),
  "not json",
  ({name: "side", id: "f000000000000002", trace_id: $t, parent_id: "e000000000000005", start_time: $s,
    end_time: ($s + 0.1)} | tojson)]' >"$WORK/bad.json"
PUT="$(xray put-trace-segments --trace-segment-documents "file://$WORK/bad.json")"
check "unprocessed bad documents" "$(jq -c '[.UnprocessedTraceSegments[].ErrorCode]' <<<"$PUT")" \
  '["MissingId","InvalidTimes","InvalidJson"]'

RANGE=(--start-time $(( NOW - 120 )) --end-time $(( NOW + 60 )))
sums() { xray get-trace-summaries "${RANGE[@]}" "$@"; }
check "get-trace-summaries all" "$(sums | jq '.TraceSummaries | length')" "6"
check "filter fault" "$(sums --filter-expression 'fault' | jq -r '[.TraceSummaries[].Id] | join(",")')" \
  "1-$EPOCH-$(printf '%024x' $((0xfeed02)))"
check "filter responsetime" "$(sums --filter-expression 'responsetime > 4' | jq '.TraceSummaries[0].ResponseTime')" "4.5"
check "filter service throttle" "$(sums --filter-expression 'service("model-service") { throttle }' \
  | jq -r '.TraceSummaries[0].Annotations.session_id[0].AnnotationValue.StringValue')" "s-3"
check "filter annotation and http" "$(sums --filter-expression \
  'annotation.session_id = "s-1" AND http.method = "POST" AND http.url CONTAINS "chat"' | jq '.TraceSummaries | length')" "1"
check "filter or/not" "$(sums --filter-expression '!fault AND (duration >= 4 OR http.status = 503)' \
  | jq '.TraceSummaries | length')" "1"
check "malformed filter" "$(sums --filter-expression 'responsetime >' 2>&1 | grep -o 'InvalidRequestException' | head -1)" \
  "InvalidRequestException"

W3C="$(printf '%08x%024x' "$NOW" $((0xfeed05)))"
GOT="$(xray batch-get-traces --trace-ids "$W3C" "1-00000001-000000000000000000000001")"
check "batch-get-traces W3C id" "$(jq -r '.Traces[0].Id' <<<"$GOT")" "$T5"
check "batch-get-traces complete wins" "$(jq -r '.Traces[0].Segments[] | .Document | fromjson
  | select(.name == "worker") | .end_time - .start_time' <<<"$GOT")" "1.25"
check "batch-get-traces unknown id" "$(jq -r '.UnprocessedTraceIds[0]' <<<"$GOT")" "1-00000001-000000000000000000000001"

GRAPH="$(xray get-service-graph "${RANGE[@]}")"
node() { jq -c --arg n "$1" --arg t "$2" '.Services[] | select(.Name == $n and (.Type // "none") == $t)' <<<"$GRAPH"; }
API="$(node chatbot AWS::ECS::Container)"
check "service graph api totals" "$(jq -c '.SummaryStatistics | [.TotalCount, .OkCount, .FaultStatistics.TotalCount]' <<<"$API")" "[5,4,1]"
check "service graph client edge" "$(node chatbot client | jq '.Edges[0].ReferenceId')" "$(jq '.ReferenceId' <<<"$API")"
DDB_REF="$(node DynamoDB AWS::DynamoDB::Table | jq '.ReferenceId')"
MODEL_REF="$(node model-service none | jq '.ReferenceId')"
check "service graph api edges" "$(jq -c '[.Edges[].ReferenceId] | sort' <<<"$API")" "$(jq -nc --argjson a "$DDB_REF" --argjson b "$MODEL_REF" '[$a, $b] | sort')"
check "edge throttles (caller's view)" "$(jq --argjson r "$MODEL_REF" '.Edges[] | select(.ReferenceId == $r)
  | .SummaryStatistics.ErrorStatistics.ThrottleCount' <<<"$API")" "1"
check "inferred DynamoDB node" "$(node DynamoDB AWS::DynamoDB::Table | jq -r '.State')" "unknown"
check "get-trace-graph" "$(xray get-trace-graph --trace-ids "1-$EPOCH-$(printf '%024x' $((0xfeed00)))" \
  | jq '[.Services[] | select(.Type != "client")] | length')" "3"

check "get-sampling-rules" "$(xray get-sampling-rules | jq -r '[.SamplingRuleRecords[].SamplingRule.RuleName] | join(",")')" \
  "health-checks,Default"
xray create-sampling-rule --sampling-rule '{"RuleName":"chat","Priority":10,"FixedRate":0.5,"ReservoirSize":2,
  "ServiceName":"chatbot","ServiceType":"*","Host":"*","HTTPMethod":"POST","URLPath":"/chat*","ResourceARN":"*",
  "Version":1}' >/dev/null
check "update-sampling-rule" "$(xray update-sampling-rule --sampling-rule-update '{"RuleName":"chat","FixedRate":0.25}' \
  | jq '.SamplingRuleRecord.SamplingRule.FixedRate')" "0.25"
check "delete-sampling-rule" "$(xray delete-sampling-rule --rule-name chat | jq -r '.SamplingRuleRecord.SamplingRule.RuleName')" "chat"
echo "awscli-xray: $PASSED passed, 0 failed"
