#!/usr/bin/env bash
# The lockbox-emulator executable from the outside: command line (--help, --version, --host,
# --faults), the "listening on" line, curl calls shaped exactly like the examples of the method
# documents (ListVersions, AddVersion, ScheduleVersionDestruction, CancelVersionDestruction) whose
# responses must have exactly the documented shape, and a clean stop on SIGTERM.
#
# Usage: emulator_cli_test.sh /path/to/lockbox-emulator
set -euo pipefail

EMU=${1:?usage: $0 /path/to/lockbox-emulator}
[[ -x "$EMU" ]] || { echo "not executable: $EMU" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 2; }
command -v timeout >/dev/null || { echo "timeout (coreutils) is required" >&2; exit 2; }

tmp=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

failures=0
step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
ok() { printf 'ok: %s\n' "$*"; }

# ---------------------------------------------------------------- response shapes from the seeds
# The REST examples of the method documents (seeds 000 CancelVersionDestruction, 002 AddVersion,
# 004 ListVersions) and the gRPC documents (001 ScheduleVersionDestruction, 003 ListVersions) turned
# into JSON names. A response may carry only these keys ("@type" is added on Any values), with these
# JSON types; the required ones must be there.
cat >"$tmp/shape.py" <<'PY'
import json, re, sys

SPEC = {"passwordKey": "string", "length": "string", "includeUppercase": "boolean",
        "includeLowercase": "boolean", "includeDigits": "boolean", "includePunctuation": "boolean",
        "includedPunctuation": "string", "excludedPunctuation": "string"}
VERSION = {"id": "string", "secretId": "string", "createdAt": "string", "destroyAt": "string",
           "description": "string", "status": "string", "payloadEntryKeys": ["string"],
           "passwordPayloadSpecification": SPEC}
STATUS = {"code": "integer", "message": "string", "details": ["object"]}
def operation(metadata):
    return {"id": "string", "description": "string", "createdAt": "string", "createdBy": "string",
            "modifiedAt": "string", "done": "boolean", "metadata": metadata, "error": STATUS,
            "response": VERSION}
SHAPES = {
    "listVersions": {"versions": [VERSION], "nextPageToken": "string"},
    "addVersion": operation({"secretId": "string", "versionId": "string"}),
    "scheduleVersionDestruction": operation({"secretId": "string", "versionId": "string", "destroyAt": "string"}),
    "cancelVersionDestruction": operation({"secretId": "string", "versionId": "string"}),
    "error": STATUS,
}
METADATA_TYPE = {
    "addVersion": "AddVersionMetadata",
    "scheduleVersionDestruction": "ScheduleVersionDestructionMetadata",
    "cancelVersionDestruction": "CancelVersionDestructionMetadata",
}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
VERSION_STATUSES = {"ACTIVE", "SCHEDULED_FOR_DESTRUCTION", "DESTROYED"}
problems = []

def check(value, shape, path, any_type=False):
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            problems.append(f"{path}: expected an object, got {type(value).__name__}")
            return
        for key, v in value.items():
            if key == "@type" and any_type:
                if not (isinstance(v, str) and v.startswith("type.googleapis.com/")):
                    problems.append(f"{path}.@type: {v!r}")
                continue
            if key not in shape:
                problems.append(f"{path}.{key}: not in the documented shape")
                continue
            check(v, shape[key], f"{path}.{key}", any_type=key in ("metadata", "response"))
    elif isinstance(shape, list):
        if not isinstance(value, list):
            problems.append(f"{path}: expected an array")
            return
        for i, item in enumerate(value):
            check(item, shape[0], f"{path}[{i}]")
    else:
        want = {"string": str, "boolean": bool, "integer": int, "object": dict}[shape]
        if not isinstance(value, want) or (shape == "integer" and isinstance(value, bool)):
            problems.append(f"{path}: expected {shape}, got {value!r}")
        elif shape == "string" and path.endswith("At") and not RFC3339.match(value):
            problems.append(f"{path}: not RFC 3339: {value!r}")

def require(obj, keys, path):
    for k in keys:
        if k not in obj:
            problems.append(f"{path}: missing {k}")

def check_version(v, path):
    require(v, ["id", "secretId", "createdAt", "status"], path)
    if v.get("status") not in VERSION_STATUSES:
        problems.append(f"{path}.status: {v.get('status')!r}")
    if (v.get("status") == "SCHEDULED_FOR_DESTRUCTION") != ("destroyAt" in v):
        problems.append(f"{path}: destroyAt must be present exactly when SCHEDULED_FOR_DESTRUCTION")

kind, file = sys.argv[1], sys.argv[2]
with open(file, "rb") as f:
    body = json.load(f)
check(body, SHAPES[kind], kind)
if kind == "listVersions":
    require(body, ["versions"], kind)
    for i, v in enumerate(body.get("versions", [])):
        check_version(v, f"versions[{i}]")
elif kind == "error":
    require(body, ["code", "message", "details"], kind)
    if not any(d.get("@type") == "type.googleapis.com/google.rpc.RequestInfo" and d.get("requestId")
               for d in body.get("details", [])):
        problems.append("error: no RequestInfo detail with a requestId")
else:
    require(body, ["id", "description", "createdAt", "createdBy", "modifiedAt", "done", "metadata"], kind)
    if body.get("done") is True and ("error" in body) == ("response" in body):
        problems.append(f"{kind}: done operation must have exactly one of error, response")
    meta = body.get("metadata", {})
    require(meta, list(SHAPES[kind]["metadata"].keys()), kind + ".metadata")
    if meta.get("@type") != "type.googleapis.com/yandex.cloud.lockbox.v1." + METADATA_TYPE[kind]:
        problems.append(f"{kind}.metadata.@type: {meta.get('@type')!r}")
    if "response" in body:
        if body["response"].get("@type") != "type.googleapis.com/yandex.cloud.lockbox.v1.Version":
            problems.append(f"{kind}.response.@type: {body['response'].get('@type')!r}")
        check_version(body["response"], kind + ".response")
        if body["response"].get("id") != meta.get("versionId"):
            problems.append(f"{kind}: response.id != metadata.versionId")
    if kind == "scheduleVersionDestruction" and "response" in body:
        if body["response"].get("destroyAt") != meta.get("destroyAt"):
            problems.append(f"{kind}: response.destroyAt != metadata.destroyAt")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

# Prints one field of a JSON file (dotted path, list indexes as numbers).
cat >"$tmp/field.py" <<'PY'
import json, sys
v = json.load(open(sys.argv[1]))
for part in sys.argv[2].split("."):
    v = v[int(part)] if isinstance(v, list) else v.get(part, "")
print(v if not isinstance(v, (dict, list)) else json.dumps(v))
PY
field() { python3 "$tmp/field.py" "$@"; }

# ---------------------------------------------------------------- process helpers
# start_emulator NAME ARGS...: starts it in the background (pid in STARTED_PID), waits for the first
# stdout line (in STARTED_LINE). Not to be called in a subshell: the pid must stay our child.
STARTED_PID=
STARTED_LINE=
start_emulator() {
    local name=$1
    shift
    "$EMU" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
    STARTED_PID=$!
    pids+=("$STARTED_PID")
    local i
    for i in $(seq 1 200); do
        if [[ -s "$tmp/$name.out" ]] && head -n 1 "$tmp/$name.out" | grep -q .; then
            break
        fi
        kill -0 "$STARTED_PID" 2>/dev/null || break
        sleep 0.05
    done
    STARTED_LINE=$(head -n 1 "$tmp/$name.out" | tr -d '\r')
}

# run_refused NAME ARGS...: runs it in the foreground for at most 10 s; prints its exit code (124: it
# kept running, i.e. it was not refused).
run_refused() {
    local name=$1 rc
    shift
    set +e
    timeout 10 "$EMU" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    rc=$?
    set -e
    echo "$rc"
}

# stop_and_wait PID SIGNAL: sends the signal and waits (at most 15 s); exit code in STOP_RC
# ("timeout" when it did not stop).
STOP_RC=
stop_and_wait() {
    local pid=$1 sig=$2 i
    kill "-$sig" "$pid"
    for i in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
        STOP_RC=timeout
        return 0
    fi
    set +e
    wait "$pid"
    STOP_RC=$?
    set -e
}

# call NAME METHOD URL [BODY]: curl with the bearer token; body in $tmp/NAME.json, headers in
# $tmp/NAME.headers; prints the HTTP status.
call() {
    local name=$1 method=$2 url=$3 body=${4:-}
    local args=(-sS -X "$method" "$url" -H "Authorization: Bearer dev" -o "$tmp/$name.json" -D "$tmp/$name.headers"
        -w '%{http_code}' --max-time 30)
    if [[ -n "$body" ]]; then
        args+=(-H "Content-Type: application/json" -d "$body")
    fi
    curl "${args[@]}"
}

expect_shape() {
    local kind=$1 name=$2
    if out=$(python3 "$tmp/shape.py" "$kind" "$tmp/$name.json" 2>&1); then
        ok "$name has the documented $kind shape"
    else
        fail "$name does not have the documented $kind shape: $out ($(head -c 400 "$tmp/$name.json"))"
    fi
}

expect_status() {
    local name=$1 got=$2 want=$3
    if [[ "$got" == "$want" ]]; then
        ok "$name: HTTP $got"
    else
        fail "$name: HTTP $got, expected $want: $(head -c 400 "$tmp/$name.json" 2>/dev/null)"
    fi
}

# ---------------------------------------------------------------- command line
step "--help and --version"
if help=$("$EMU" --help 2>&1); then
    for opt in --host --port --allow-remote --seed --state --token --tls-cert --tls-key --faults; do
        grep -q -- "$opt" <<<"$help" || fail "--help does not mention $opt"
    done
    ok "--help"
else
    fail "--help exited non-zero"
fi
if version=$("$EMU" --version 2>&1) && grep -Eq '^lockbox-emulator [0-9]+\.[0-9]+\.[0-9]+' <<<"$version"; then
    ok "--version: $version"
else
    fail "--version printed '$version'"
fi

step "a non-loopback --host is refused without --allow-remote"
for host in 0.0.0.0 192.0.2.10; do
    rc=$(run_refused remote --host "$host" --port 0 --token dev)
    if [[ "$rc" == "124" ]]; then
        fail "--host $host without --allow-remote kept running"
    elif [[ "$rc" == "0" ]]; then
        fail "--host $host without --allow-remote exited 0"
    elif ! grep -qi "loopback" "$tmp/remote.err"; then
        fail "--host $host: no explanation on stderr: $(cat "$tmp/remote.err")"
    elif grep -q "listening on" "$tmp/remote.out"; then
        fail "--host $host: it claimed to listen"
    else
        ok "--host $host refused (exit $rc): $(head -n 1 "$tmp/remote.err")"
    fi
done
# An explicit loopback address is fine.
start_emulator loopback --host 127.0.0.1 --port 0 --token dev
if [[ "$STARTED_LINE" =~ ^listening\ on\ http://127\.0\.0\.1:[0-9]+$ ]]; then
    ok "--host 127.0.0.1 accepted"
else
    fail "--host 127.0.0.1: '$STARTED_LINE' ($(cat "$tmp/loopback.err"))"
fi
stop_and_wait "$STARTED_PID" TERM

step "--faults parsing"
for spec in 'bogus' '503x' 'latency=-5' '503@FETCH /x' '404'; do
    rc=$(run_refused badfault --port 0 --token dev --faults "$spec")
    if [[ "$rc" != "0" && "$rc" != "124" ]] && grep -qi "fault" "$tmp/badfault.err"; then
        ok "--faults '$spec' refused (exit $rc)"
    else
        fail "--faults '$spec': exit $rc, stderr: $(cat "$tmp/badfault.err")"
    fi
done

start_emulator faulty --port 0 --token dev \
    --faults '503x1@POST /lockbox/v1/secrets/*:addVersion;429x2@GET /lockbox/v1/secrets/*/versions;latency=5'
faulty_pid=$STARTED_PID
line=$STARTED_LINE
if [[ "$line" =~ ^listening\ on\ (http://127\.0\.0\.1:[0-9]+)$ ]]; then
    fbase=${BASH_REMATCH[1]}
    s=$(call f1 POST "$fbase/lockbox/v1/secrets/e6qdemo0postgres0001:addVersion" '{"payloadEntries":[{"key":"a","textValue":"b"}]}')
    expect_status "injected 503" "$s" 503
    grep -qi '^retry-after: *1' "$tmp/f1.headers" || fail "503 without Retry-After"
    expect_shape error f1
    s=$(call f2 POST "$fbase/lockbox/v1/secrets/e6qdemo0postgres0001:addVersion" '{"payloadEntries":[{"key":"a","textValue":"b"}]}')
    expect_status "after the 503" "$s" 200
    for n in 3 4; do
        s=$(call "f$n" GET "$fbase/lockbox/v1/secrets/e6qdemo0postgres0001/versions?pageSize=1")
        expect_status "injected 429 #$((n - 2))" "$s" 429
    done
    s=$(call f5 GET "$fbase/lockbox/v1/secrets/e6qdemo0postgres0001/versions?pageSize=1")
    expect_status "after two 429s" "$s" 200
    stop_and_wait "$faulty_pid" INT
    [[ "$STOP_RC" == "0" ]] && ok "SIGINT: exit 0" || fail "SIGINT: exit $STOP_RC"
else
    fail "with --faults: first line was '$line' ($(cat "$tmp/faulty.err"))"
fi

# ---------------------------------------------------------------- the documented calls
step "start --port 0 --token dev"
start_emulator main --port 0 --token dev
main_pid=$STARTED_PID
line=$STARTED_LINE
if [[ ! "$line" =~ ^listening\ on\ (http://127\.0\.0\.1:([0-9]+))$ ]]; then
    fail "first stdout line was '$line' ($(cat "$tmp/main.err"))"
    echo "$failures failure(s)"
    exit 1
fi
BASE=${BASH_REMATCH[1]}
PORT=${BASH_REMATCH[2]}
ok "listening on $BASE"
SECRET=e6qdemo0postgres0001
HISTORY=e6qdemo0history00001

step "ListVersions with pageSize and pageToken"
s=$(call lv1 GET "$BASE/lockbox/v1/secrets/$HISTORY/versions?pageSize=3")
expect_status lv1 "$s" 200
expect_shape listVersions lv1
[[ $(field "$tmp/lv1.json" versions | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') == 3 ]] ||
    fail "pageSize=3 did not give 3 versions"
token=$(field "$tmp/lv1.json" nextPageToken)
[[ -n "$token" ]] || fail "no nextPageToken on a first page of 3 of 1,000"
s=$(call lv2 GET "$BASE/lockbox/v1/secrets/$HISTORY/versions?pageSize=3&pageToken=$token")
expect_status lv2 "$s" 200
expect_shape listVersions lv2
python3 - "$tmp/lv1.json" "$tmp/lv2.json" <<'PY' || fail "the second page repeats the first"
import json, sys
a = {v["id"] for v in json.load(open(sys.argv[1]))["versions"]}
b = {v["id"] for v in json.load(open(sys.argv[2]))["versions"]}
sys.exit(0 if len(b) == 3 and not (a & b) else 1)
PY
s=$(call lvall GET "$BASE/lockbox/v1/secrets/$SECRET/versions?pageSize=1000")
expect_status lvall "$s" 200
expect_shape listVersions lvall

step "AddVersion with baseVersionId and payloadEntries"
s=$(call add POST "$BASE/lockbox/v1/secrets/$SECRET:addVersion" \
    '{"description":"Rotate port and add a CA","payloadEntries":[{"key":"port","textValue":"5432"},{"key":"ca.der","binaryValue":"MIIBAA=="}],"baseVersionId":"e6qv0pgmain000000005"}')
expect_status add "$s" 200
expect_shape addVersion add
new_version=$(field "$tmp/add.json" metadata.versionId)
[[ $(field "$tmp/add.json" response.payloadEntryKeys) == '["host", "port", "user", "password", "ca.der"]' ]] ||
    fail "merged keys: $(field "$tmp/add.json" response.payloadEntryKeys)"
s=$(call payload GET "$BASE/lockbox/v1/secrets/$SECRET/payload?versionId=$new_version")
expect_status payload "$s" 200
[[ $(field "$tmp/payload.json" entries.1.textValue) == 5432 && $(field "$tmp/payload.json" entries.4.binaryValue) == MIIBAA== ]] ||
    fail "payload of the new version: $(cat "$tmp/payload.json")"

step "ScheduleVersionDestruction with pendingPeriod"
s=$(call sched POST "$BASE/lockbox/v1/secrets/$SECRET:scheduleVersionDestruction" \
    "{\"versionId\":\"$new_version\",\"pendingPeriod\":\"86400s\"}")
expect_status sched "$s" 200
expect_shape scheduleVersionDestruction sched
[[ $(field "$tmp/sched.json" response.status) == SCHEDULED_FOR_DESTRUCTION ]] || fail "not SCHEDULED_FOR_DESTRUCTION"
s=$(call lvs GET "$BASE/lockbox/v1/secrets/$SECRET/versions?pageSize=1000")
expect_shape listVersions lvs

step "CancelVersionDestruction"
s=$(call cancel POST "$BASE/lockbox/v1/secrets/$SECRET:cancelVersionDestruction" "{\"versionId\":\"$new_version\"}")
expect_status cancel "$s" 200
expect_shape cancelVersionDestruction cancel
[[ $(field "$tmp/cancel.json" response.status) == ACTIVE ]] || fail "not ACTIVE after the cancel"
# Cancelling again: FAILED_PRECONDITION, HTTP 400, google.rpc.Status.
s=$(call cancel2 POST "$BASE/lockbox/v1/secrets/$SECRET:cancelVersionDestruction" "{\"versionId\":\"$new_version\"}")
expect_status cancel2 "$s" 400
expect_shape error cancel2
[[ $(field "$tmp/cancel2.json" code) == 9 ]] || fail "cancel of an ACTIVE version: code $(field "$tmp/cancel2.json" code)"
# Request ids: echoed when sent.
curl -sS -o /dev/null -D "$tmp/rid.headers" -H "Authorization: Bearer dev" -H "x-request-id: cli-test-request-1" \
    "$BASE/lockbox/v1/secrets/$SECRET" --max-time 30
grep -qi '^x-request-id: cli-test-request-1' "$tmp/rid.headers" && ok "x-request-id echoed" || fail "x-request-id not echoed"

step "SIGTERM stops it cleanly"
stop_and_wait "$main_pid" TERM
if [[ "$STOP_RC" == "0" ]]; then
    ok "SIGTERM: exit 0"
else
    fail "SIGTERM: exit $STOP_RC ($(cat "$tmp/main.err"))"
fi
if curl -sS -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/lockbox/v1/secrets/$SECRET" 2>/dev/null; then
    fail "still answering on port $PORT after SIGTERM"
else
    ok "port $PORT closed"
fi

if ((failures > 0)); then
    echo "$failures failure(s)"
    exit 1
fi
echo "all emulator CLI checks passed"
