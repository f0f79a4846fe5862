#!/usr/bin/env bash
# Round trip through the real AWS CLI against a fmscope server it starts itself:
# create group and stream, put events, describe, get, filter (text and JSON patterns), a rejected unsorted
# batch, retention, a Logs Insights query (StartQuery / GetQueryResults), delete. Answers are checked with jq.
# Exits non-zero on the first mismatch. Needs: the Debian awscli package, jq, a JDK 21+ (the launcher finds it).
#   scripts/awscli-roundtrip.sh            # uses ./fmscope serve
#   FMSCOPE_CMD="java -jar x.jar" scripts/awscli-roundtrip.sh
set -euo pipefail
NAME=awscli-roundtrip
# shellcheck source=scripts/awscli-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/awscli-common.sh"
start_server

export AWS_ACCESS_KEY_ID=fmscope AWS_SECRET_ACCESS_KEY=fmscope AWS_DEFAULT_REGION=ap-northeast-1 AWS_PAGER=""
logs() { "$AWS" logs --endpoint-url "http://127.0.0.1:$PORT" --output json "$@"; }

G=/manga-assist/roundtrip
logs create-log-group --log-group-name "$G"
logs create-log-stream --log-group-name "$G" --log-stream-name app-1
check "describe-log-groups" "$(logs describe-log-groups --log-group-name-prefix /manga | jq -r '.logGroups[0].logGroupName')" "$G"
check "duplicate group is ResourceAlreadyExistsException" \
  "$(logs create-log-group --log-group-name "$G" 2>&1 | grep -o ResourceAlreadyExistsException | head -1)" "ResourceAlreadyExistsException"

NOW=$(( $(date +%s) * 1000 ))
jq -n --argjson now "$NOW" '[range(0; 60) | {timestamp: ($now - 60000 + . * 1000),
  message: ({status: (if . % 4 == 0 then "ERROR" else "SUCCESS" end), latency_ms: (100 + . * 10), n: .} | tojson)}]
  + [{timestamp: ($now - 500), message: "ERROR ThrottlingException plain text line"}]' >"$WORK/events.json"
PUT="$(logs put-log-events --log-group-name "$G" --log-stream-name app-1 --log-events "file://$WORK/events.json")"
check "put-log-events accepted all" "$(jq -r '.rejectedLogEventsInfo // "none"' <<<"$PUT")" "none"

jq -n --argjson now "$NOW" '[{timestamp: $now, message: "b"}, {timestamp: ($now - 1000), message: "a"}]' >"$WORK/unsorted.json"
check "unsorted batch is InvalidParameterException" \
  "$(logs put-log-events --log-group-name "$G" --log-stream-name app-1 --log-events "file://$WORK/unsorted.json" 2>&1 \
     | grep -o InvalidParameterException | head -1)" "InvalidParameterException"
jq -n --argjson now "$NOW" '[{timestamp: ($now - 20 * 86400000), message: "too old"}, {timestamp: $now, message: "fresh"}]' >"$WORK/old.json"
check "too-old event reported" "$(logs put-log-events --log-group-name "$G" --log-stream-name app-1 \
  --log-events "file://$WORK/old.json" | jq -r '.rejectedLogEventsInfo.tooOldLogEventEndIndex')" "1"

check "describe-log-streams" "$(logs describe-log-streams --log-group-name "$G" | jq -r '.logStreams[0].logStreamName')" "app-1"
GET="$(logs get-log-events --log-group-name "$G" --log-stream-name app-1 --start-from-head)"
check "get-log-events count" "$(jq '.events | length' <<<"$GET")" "62"
check "get-log-events order" "$(jq -r '.events[0].message | fromjson | .n' <<<"$GET")" "0"
check "filter-log-events JSON pattern" "$(logs filter-log-events --log-group-name "$G" \
  --filter-pattern '{ $.status = "ERROR" && $.latency_ms > 300 }' | jq '.events | length')" "9"
check "filter-log-events term" "$(logs filter-log-events --log-group-name "$G" --filter-pattern 'ThrottlingException' \
  | jq -r '.events[0].message')" "ERROR ThrottlingException plain text line"

logs put-retention-policy --log-group-name "$G" --retention-in-days 30
check "retention" "$(logs describe-log-groups --log-group-name-prefix "$G" | jq '.logGroups[0].retentionInDays')" "30"

QID="$(logs start-query --log-group-name "$G" --start-time $(( NOW / 1000 - 3600 )) --end-time $(( NOW / 1000 + 60 )) \
  --query-string 'filter status = "ERROR" | stats count(*) as errors, max(latency_ms) as worst' | jq -r '.queryId')"
STATUS=""
for _ in $(seq 1 200); do
  RES="$(logs get-query-results --query-id "$QID")"
  STATUS="$(jq -r '.status' <<<"$RES")"
  [[ "$STATUS" == "Running" || "$STATUS" == "Scheduled" ]] || break
  sleep 0.2
done
check "query status" "$STATUS" "Complete"
check "query errors" "$(jq -r '.results[0][] | select(.field == "errors") | .value' <<<"$RES")" "15"
check "query worst" "$(jq -r '.results[0][] | select(.field == "worst") | .value' <<<"$RES")" "660"
check "query statistics" "$(jq '.statistics.recordsScanned' <<<"$RES")" "62"
check "malformed query" "$(logs start-query --log-group-name "$G" --start-time 0 --end-time 1 \
  --query-string 'fitler x = 1' 2>&1 | grep -o MalformedQueryException | head -1)" "MalformedQueryException"

logs delete-log-group --log-group-name "$G"
check "delete-log-group" "$(logs describe-log-groups | jq '.logGroups | length')" "0"
echo "awscli-roundtrip: $PASSED passed, 0 failed"
