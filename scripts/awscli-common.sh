# Shared by the scripts/awscli-*.sh checks (sourced, not run): finds the AWS CLI and jq, starts a fmscope server
# on a free port in a temporary directory, stops it on exit, and counts checks.
#   NAME=awscli-xyz; source "$(dirname "${BASH_SOURCE[0]}")/awscli-common.sh"; start_server [serve options...]
# Afterwards: $AWS, $WORK, $PORT, and check NAME GOT WANT.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AWS="${AWS_CLI:-$( [[ -x /usr/bin/aws ]] && echo /usr/bin/aws || command -v aws )}"
command -v jq >/dev/null || { echo "$NAME: jq is missing (apt-get install jq)" >&2; exit 2; }
[[ -n "$AWS" ]] || { echo "$NAME: the AWS CLI is missing (apt-get install awscli)" >&2; exit 2; }

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Starts the server on a free port (--port 0) with the given extra options and reads the port it prints.
start_server() {
  # shellcheck disable=SC2086
  ${FMSCOPE_CMD:-"$ROOT/fmscope"} serve --port 0 "$@" --data-dir "$WORK/data" >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  PORT=""
  for _ in $(seq 1 600); do  # the first run of ./fmscope builds the CLI: allow several minutes
    PORT="$(sed -n 's/.*fmscope listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/serve.log" | head -1)"
    [[ -n "$PORT" ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "$NAME: server exited:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.5
  done
  [[ -n "$PORT" ]] || { echo "$NAME: server did not start" >&2; cat "$WORK/serve.log" >&2; exit 1; }
}

PASSED=0
check() { # check NAME GOT WANT
  if [[ "$2" != "$3" ]]; then
    echo "$NAME: MISMATCH in $1: got '$2', want '$3'" >&2
    echo "$NAME: $PASSED passed, 1 failed"
    exit 1
  fi
  PASSED=$((PASSED + 1)); echo "ok - $1"
}
