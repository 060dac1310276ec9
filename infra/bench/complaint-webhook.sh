#!/usr/bin/env bash
# Complaint webhook benchmark: signed WhatsApp Cloud API webhook deliveries per second accepted by complaint-service
# (POST /channels/whatsapp/{tenant} through the gateway) and turned into complaints, and the acknowledgement latency
# (Meta expects a 200 within seconds and redelivers otherwise).
#
# What is measured:
#   - messages/s: wrk posts pre-signed webhook bodies, each one text message from its own sender (so each opens a
#     complaint), for at most DURATION and at most MESSAGES messages; "answered" = HTTP 200, "accepted" = the answer
#     says {"accepted":1} (stored for the first time). Every body is signed here with the tenant's app secret
#     (X-Hub-Signature-256, HMAC-SHA256 of the raw body, computed with openssl), exactly as Meta signs.
#   - ack latency: wrk's p50 / p90 / p99 / max of the webhook answer. The webhook answers once the message is
#     durably stored; the complaint is opened in the background (complaint-service's inbound worker).
#   - turned into complaints: the coordinator's work list (RECEIVED, totalItems) before the run, then polled after
#     it until it stops growing (at most SETTLE_TIMEOUT); the growth must equal "accepted" (no message lost, none
#     counted twice). Complaints/s = that growth over the time from the start of the run to the last growth seen.
#
# Needs: the local platform running with demo data (./run from the project root: the demo profile switches on the
# demo regencies' WhatsApp webhook with a public demo app secret), and wrk, curl, openssl.
#   apt-get install -y wrk curl openssl
# Usage (from anywhere):
#   infra/bench/complaint-webhook.sh
#   CONNECTIONS=32 MESSAGES=5000 infra/bench/complaint-webhook.sh
# Settings (environment):
#   DURATION=30s        longest measured run (bounded; wrk stops then, or earlier when the messages are used up)
#   MESSAGES=3000       messages of the measured run (each opens one complaint in TENANT: they stay there)
#   WARMUP_MESSAGES=300 an unmeasured first run
#   CONNECTIONS=16      concurrent connections; THREADS=2 wrk threads
#   TENANT=kutai-timur  a demo regency
#   GATEWAY_URL=http://127.0.0.1:8080
#   WA_APP_SECRET / WA_VERIFY_TOKEN   default: the demo profile's (TERBUKA_DEMO_WA_APP_SECRET / _VERIFY_TOKEN)
#   SETTLE_TIMEOUT=120  seconds to wait after the run for the background processing to open the complaints
#   DEMO_PASSWORD       of the demo accounts (default as the launcher's: TERBUKA_DEMO_PASSWORD or Terbuka-Demo-2026)
#   LABEL=              a word for this run, added to the results folder
#   RESULTS_DIR=infra/bench/results/<UTC timestamp>-complaint-webhook[-<LABEL>]
# Everything runs on loopback; nothing is started on the platform's ports.
set -euo pipefail

DURATION=${DURATION:-30s}
MESSAGES=${MESSAGES:-3000}
WARMUP_MESSAGES=${WARMUP_MESSAGES:-300}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
TENANT=${TENANT:-kutai-timur}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
WA_APP_SECRET=${WA_APP_SECRET:-${TERBUKA_DEMO_WA_APP_SECRET:-demo-wa-app-secret-NOT-SECRET}}
WA_VERIFY_TOKEN=${WA_VERIFY_TOKEN:-${TERBUKA_DEMO_WA_VERIFY_TOKEN:-demo-wa-verify-token}}
DEMO_PASSWORD=${DEMO_PASSWORD:-${TERBUKA_DEMO_PASSWORD:-Terbuka-Demo-2026}}
MAX_MESSAGES=100000
SETTLE_TIMEOUT=${SETTLE_TIMEOUT:-120}

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LABEL=${LABEL:-}
RESULTS_DIR=${RESULTS_DIR:-$SCRIPT_DIR/results/$STAMP-complaint-webhook${LABEL:+-$LABEL}}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $MESSAGES =~ ^[0-9]+$ && $MESSAGES -ge 1 && $MESSAGES -le $MAX_MESSAGES ]] \
    || die "MESSAGES must be between 1 and $MAX_MESSAGES"
[[ $WARMUP_MESSAGES =~ ^[0-9]+$ && $WARMUP_MESSAGES -le $MAX_MESSAGES ]] || die "bad WARMUP_MESSAGES"
[[ $CONNECTIONS =~ ^[0-9]+$ && $CONNECTIONS -ge 1 ]] || die "bad CONNECTIONS"
[[ $SETTLE_TIMEOUT =~ ^[0-9]+$ && $SETTLE_TIMEOUT -le 600 ]] || die "SETTLE_TIMEOUT must be 0..600 seconds"
[[ $GATEWAY_URL =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?$ ]] || die "GATEWAY_URL must be on loopback"

# --- tools -----------------------------------------------------------------------------------------------
missing=()
for tool in wrk curl openssl awk; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
((${#missing[@]} == 0)) || die "missing tools: ${missing[*]}. Install them with: apt-get install -y wrk curl openssl gawk"

# --- the platform ----------------------------------------------------------------------------------------
WEBHOOK="$GATEWAY_URL/channels/whatsapp/$TENANT"
challenge=$(curl -s -m 10 -w ' %{http_code}' \
    "$WEBHOOK?hub.mode=subscribe&hub.verify_token=$WA_VERIFY_TOKEN&hub.challenge=4242" || true)
if [[ $challenge != "4242 200" ]]; then
    cat >&2 <<EOF
[bench] The WhatsApp webhook of $TENANT does not answer the verification handshake:
[bench]   GET $WEBHOOK?hub.mode=subscribe&... -> ${challenge:-no answer}
[bench] Start the platform from the project root with demo data (the demo profile configures the demo
[bench] regencies' webhooks) in another terminal and wait for "Terbuka is ready":
[bench]   ./run
[bench] If the platform runs with other channel secrets, set WA_APP_SECRET and WA_VERIFY_TOKEN.
EOF
    exit 2
fi

token=$(curl -s -m 10 -H 'Content-Type: application/json' \
    -d "{\"username\":\"complaint-coordinator@$TENANT\",\"password\":\"$DEMO_PASSWORD\"}" \
    "$GATEWAY_URL/api/v1/auth/token" | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')
[[ -n $token ]] || die "cannot sign in as complaint-coordinator@$TENANT (demo accounts present? DEMO_PASSWORD?)"
received_count() { # complaints of TENANT in state RECEIVED, from the coordinator's work list
    curl -s -m 10 -H "Authorization: Bearer $token" "$GATEWAY_URL/api/v1/$TENANT/complaints?status=RECEIVED&size=1" \
        | sed -n 's/.*"totalItems" *: *\([0-9]*\).*/\1/p'
}
[[ -n $(received_count) ]] || die "cannot read the work list of $TENANT"

mkdir -p "$RESULTS_DIR"
WORK=$(mktemp -d /tmp/terbuka-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# --- signed messages -------------------------------------------------------------------------------------
# One line per delivery: "<hex signature> <raw body>". Senders are unique per run (a random prefix), so every
# message starts a conversation and opens a complaint instead of joining an earlier one.
RUN_TAG=$(printf '%04d' $((RANDOM % 10000)))
sign_messages() { # <count> <phase letter> <output file>
    local i body sender id phase=1
    [[ $2 == m ]] && phase=2
    : >"$3"
    for ((i = 0; i < $1; i++)); do
        sender="628$RUN_TAG$phase$(printf '%06d' "$i")"
        id="wamid.bench.$STAMP.$2.$i"
        body="{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"bench\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"phone_number_id\":\"bench\"},\"messages\":[{\"from\":\"$sender\",\"id\":\"$id\",\"timestamp\":\"$(date +%s)\",\"type\":\"text\",\"text\":{\"body\":\"Uji beban: jalan berlubang di depan rumah nomor $i, mohon segera diperbaiki.\"}}]}}]}]}"
        printf '%s %s\n' "$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$WA_APP_SECRET" -r | cut -d' ' -f1)" \
            "$body" >>"$3"
    done
}
log "signing $WARMUP_MESSAGES warm-up and $MESSAGES measured messages (openssl HMAC-SHA256)"
sign_messages "$WARMUP_MESSAGES" w "$WORK/warmup.txt"
sign_messages "$MESSAGES" m "$WORK/measured.txt"

# A check before wrk: the same body without its signature is refused (and opens nothing).
probe_line=$(head -1 "$WORK/measured.txt")
probe_body=${probe_line#* }
probe_status=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary "$probe_body" "$WEBHOOK" || true)
[[ $probe_status == 401 ]] || die "an unsigned delivery answered HTTP $probe_status, expected 401"
MEASURED=$MESSAGES

cat >"$WORK/webhook.lua" <<'EOF'
-- Each thread sends its share of the pre-signed deliveries (line n goes to thread n % THREADS), once each; a
-- connection that asks for more after the share is used up resends the thread's last delivery (a redelivery,
-- as Meta does: answered 200, opens nothing).
local threads = {}
local counter = 0
function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  local file = os.getenv("MESSAGES_FILE")
  local total = tonumber(os.getenv("THREAD_COUNT"))
  mine = {}
  local n = 0
  for line in io.lines(file) do
    if n % total == index then
      local space = string.find(line, " ", 1, true)
      table.insert(mine, { sig = string.sub(line, 1, space - 1), body = string.sub(line, space + 1) })
    end
    n = n + 1
  end
  next_one = 1
  answered = 0
  answered200 = 0
  accepted = 0
  redeliveries = 0
end
function request()
  local m = mine[next_one]
  if m == nil then
    m = mine[#mine]
    redeliveries = redeliveries + 1
  else
    next_one = next_one + 1
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json",
    ["X-Hub-Signature-256"] = "sha256=" .. m.sig }, m.body)
end
function response(status, headers, body)
  answered = answered + 1
  if status == 200 then
    answered200 = answered200 + 1
    if string.find(body, '"accepted":1', 1, true) then accepted = accepted + 1 end
  end
  if answered >= #mine then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local ok, acc, re = 0, 0, 0
  for _, t in ipairs(threads) do
    ok = ok + (t:get("answered200") or 0)
    acc = acc + (t:get("accepted") or 0)
    re = re + (t:get("redeliveries") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d ok=%d accepted=%d redeliveries=%d duration_us=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, ok, acc, re, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
EOF

threads=$THREADS
((threads > CONNECTIONS)) && threads=$CONNECTIONS
((threads <= MEASURED)) || die "fewer messages than wrk threads"
export THREAD_COUNT=$threads
run_wrk() { # <messages file> <duration> <output>
    MESSAGES_FILE=$1 wrk -t"$threads" -c"$CONNECTIONS" -d"$2" --timeout 10s --latency -s "$WORK/webhook.lua" \
        "$WEBHOOK" >"$3" 2>&1 || { cat "$3" >&2; die "wrk failed"; }
}

{
    echo "date (UTC): $STAMP"
    echo "label: ${LABEL:-none}"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "openssl: $(openssl version)"
    echo "settings: DURATION=$DURATION MESSAGES=$MESSAGES WARMUP_MESSAGES=$WARMUP_MESSAGES CONNECTIONS=$CONNECTIONS THREADS=$threads TENANT=$TENANT"
    echo "body size: ${#probe_body} bytes"
} >"$RESULTS_DIR/environment.txt"

# The complaints are opened in the background: polls the work list until it has grown from <base> by <expected>,
# or stopped growing for 5 s, at most SETTLE_TIMEOUT seconds. Sets settled (the count) and settled_at_ms (last growth).
settle() { # <base count> <expected growth>
    local deadline=$(($(date +%s) + SETTLE_TIMEOUT)) still=0 now_count
    settled=$(received_count)
    settled_at_ms=$(date +%s%3N)
    while (( settled - $1 < $2 && $(date +%s) < deadline && still < 10 )); do
        sleep 0.5
        now_count=$(received_count)
        [[ -n $now_count ]] || continue
        if (( now_count > settled )); then
            settled=$now_count
            settled_at_ms=$(date +%s%3N)
            still=0
        else
            still=$((still + 1))
        fi
    done
}

if ((WARMUP_MESSAGES > 0)); then
    log "warm-up: $WARMUP_MESSAGES messages, $CONNECTIONS connections (not measured)"
    warm_before=$(received_count)
    run_wrk "$WORK/warmup.txt" "$DURATION" "$RESULTS_DIR/warmup.txt"
    # the warm-up's complaints must be opened before the measured run counts
    settle "$warm_before" "$WARMUP_MESSAGES"
fi

before=$(received_count)
log "measure: $MEASURED messages, $CONNECTIONS connections, at most $DURATION"
start_ms=$(date +%s%3N)
run_wrk "$WORK/measured.txt" "$DURATION" "$RESULTS_DIR/measured.txt"
wrk_end_ms=$(date +%s%3N)
bench=$(grep '^BENCH ' "$RESULTS_DIR/measured.txt") || die "no result line in measured.txt"
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k {print $2}'; }
accepted=$(field accepted "$bench")

log "waiting (at most ${SETTLE_TIMEOUT}s) for the accepted messages to become complaints"
settle "$before" "$accepted"
after=$settled
last_growth_ms=$settled_at_ms
(( last_growth_ms < wrk_end_ms )) && last_growth_ms=$wrk_end_ms
echo "settle: before=$before after=$after wrk_ms=$((wrk_end_ms - start_ms)) processed_ms=$((last_growth_ms - start_ms))" \
    >>"$RESULTS_DIR/measured.txt"

duration_us=$(field duration_us "$bench")
created=$((after - before))
requests=$(field requests "$bench")
first=$((requests - $(field redeliveries "$bench")))
ms() { awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'; }
p99_ms=$(ms "$(field p99_us "$bench")")
errors=$(( $(field errors_connect "$bench") + $(field errors_read "$bench") + $(field errors_write "$bench")
    + $(field errors_status "$bench") + $(field errors_timeout "$bench") ))
SUMMARY="$RESULTS_DIR/summary.md"
{
    echo "# Complaint webhook benchmark ($STAMP${LABEL:+, $LABEL})"
    echo
    echo "Signed WhatsApp deliveries to \`$WEBHOOK\` (through the gateway), $CONNECTIONS connections, $threads wrk threads."
    echo
    echo "| figure | value |"
    echo "|---|---|"
    echo "| messages prepared (signed, one sender each) | $MEASURED |"
    echo "| first deliveries answered within the run | $first |"
    echo "| answered 200 (incl. $(field redeliveries "$bench") redeliveries at the end) | $(field ok "$bench") |"
    echo "| answered {\"accepted\":1} (stored for the first time) | $accepted |"
    echo "| new RECEIVED complaints in the work list (after settling) | $created |"
    echo "| accepted messages per second | $(awk -v n="$accepted" -v us="$duration_us" 'BEGIN {printf "%.1f", n / (us / 1e6)}') |"
    echo "| complaints opened per second (run start to last growth, $((last_growth_ms - start_ms)) ms) | $(awk -v n="$created" -v ms="$((last_growth_ms - start_ms))" 'BEGIN {printf "%.1f", n / (ms / 1e3)}') |"
    echo "| ack latency p50 / p90 / p99 / max (ms) | $(ms "$(field p50_us "$bench")") / $(ms "$(field p90_us "$bench")") / $p99_ms / $(ms "$(field max_us "$bench")") |"
    echo "| socket errors and non-2xx | $errors |"
    echo
    echo "Goal: every signed message is accepted and opens exactly one complaint, and p99 acknowledgement stays under"
    echo "1000 ms (Meta redelivers unanswered webhooks)."
    echo
    # wrk builds some requests it never sends when a thread stops, so the redelivery count is approximate; the
    # solid check is that no message was stored twice and the work list grew by exactly the messages stored.
    echo "- no message stored twice (accepted <= distinct messages): $( ((accepted <= MEASURED)) && echo met || echo "NOT met ($accepted > $MEASURED)")"
    # When DURATION ends first, wrk drops up to one request per connection still in flight: the server may have
    # stored (and then opened) those without wrk counting the answer.
    echo "- work list grew by that many (plus at most $CONNECTIONS in flight when wrk stopped): $( ((created >= accepted && created <= accepted + CONNECTIONS)) && echo met || echo "NOT met ($created vs $accepted; still processing after ${SETTLE_TIMEOUT}s, or other activity on $TENANT)")"
    echo "- p99 under 1000 ms: $(awk -v p="$p99_ms" 'BEGIN {print (p < 1000 ? "met" : "NOT met")}')"
    echo
    echo "The $created complaints stay in $TENANT (anonymous, confidential, title \"Uji beban: ...\")."
} >"$SUMMARY"

cat "$SUMMARY"
log "raw wrk outputs, environment and summary in $RESULTS_DIR"
