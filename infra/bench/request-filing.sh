#!/usr/bin/env bash
# Request filing benchmark: sustained public filings per second (POST /api/v1/{tenant}/requests) through the gateway,
# and the time from each filing's registration to its request-registered event reaching a Kafka consumer.
#
# What is measured:
#   - filings/s: wrk posts valid filings (public, no token) for DURATION at CONNECTIONS connections; only 201s count.
#   - events: a consumer (infra/bench/tools/EventLatency.java) reads request.events from its end during the run and,
#     for every request-registered event of TENANT, takes "consumed at" minus the event's ce_time (the instant
#     request-service registered the filing, before its database write). So the latency covers the database write,
#     the outbox relay, the Kafka broker and the consumer's fetch: filing -> event consumed. p50/p90/p99/max.
#   - published: events seen vs filings answered 201 (all of them must arrive; DRAIN seconds are allowed after wrk).
#
# Needs: the local platform running (./run from the project root; request-service, identity-service, gateway, Kafka
# on 127.0.0.1:19092), the demo tenants present, and wrk, curl, java 21+ (the Kafka client jars come from ~/.m2,
# where the project build put them).
#   apt-get install -y wrk curl
# Usage (from anywhere):
#   infra/bench/request-filing.sh
#   DURATION=60s CONNECTIONS=32 infra/bench/request-filing.sh
# Settings (environment):
#   JAVA_HOME / JAVA    a Java 21+ runtime for the consumer (e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64)
#   DURATION=30s        length of the measured run (bounded; wrk stops then)
#   WARMUP=10s          a first, unmeasured run
#   CONNECTIONS=16      concurrent connections; THREADS=2 wrk threads
#   MAX_FILINGS=20000   stop early after this many filings (per run), whatever DURATION says
#   DRAIN=10            seconds the consumer keeps reading after the run
#   TENANT=samarinda    a demo tenant (every run adds its filings to that tenant's requests)
#   GATEWAY_URL=http://127.0.0.1:8080  KAFKA=127.0.0.1:19092
#   LABEL=              a word for this run, added to the results folder
#   RESULTS_DIR=infra/bench/results/<UTC timestamp>-request-filing[-<LABEL>]
# Everything runs on loopback; nothing is started on the platform's ports.
set -euo pipefail

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
MAX_FILINGS=${MAX_FILINGS:-20000}
DRAIN=${DRAIN:-10}
TENANT=${TENANT:-samarinda}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
KAFKA=${KAFKA:-127.0.0.1:19092}
TOPIC=request.events
EVENT_TYPE=id.terbuka.request.request-registered.v1

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LABEL=${LABEL:-}
RESULTS_DIR=${RESULTS_DIR:-$SCRIPT_DIR/results/$STAMP-request-filing${LABEL:+-$LABEL}}
M2=${M2_REPO:-$HOME/.m2/repository}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

seconds_of() { # 30s / 2m / 45 -> seconds
    case $1 in
        *m) echo $((${1%m} * 60)) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}

# --- tools -----------------------------------------------------------------------------------------------
missing=()
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
JAVA=${JAVA:-java}
for tool in wrk curl "$JAVA" awk; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
((${#missing[@]} == 0)) || die "missing tools: ${missing[*]}. Install them with: apt-get install -y wrk curl gawk"
java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
((${java_major%%.*} >= 21)) || die "java 21 or newer is needed (found $java_major at $JAVA); set JAVA_HOME or JAVA"
KAFKA_JAR=$(ls "$M2"/org/apache/kafka/kafka-clients/4.*/kafka-clients-4.*.jar 2>/dev/null | grep -v -- '-sources\|-test' | sort -V | tail -1 || true)
SLF4J_JAR=$(ls "$M2"/org/slf4j/slf4j-api/2.*/slf4j-api-2.*.jar 2>/dev/null | grep -v -- '-sources' | sort -V | tail -1 || true)
[[ -n $KAFKA_JAR && -n $SLF4J_JAR ]] \
    || die "kafka-clients 4.x or slf4j-api 2.x not in $M2; build the project once (./mvnw -B install -DskipTests)"

# --- the platform ----------------------------------------------------------------------------------------
status_of() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true; }
units_status=$(status_of "$GATEWAY_URL/api/v1/$TENANT/units")
if [[ $units_status != 200 ]]; then
    cat >&2 <<EOF2
[bench] The platform is not answering for tenant $TENANT:
[bench]   $GATEWAY_URL/api/v1/$TENANT/units -> HTTP ${units_status/#000/000 (no answer)}
[bench] Start it from the project root in another terminal and wait for "Terbuka is ready" (demo data on):
[bench]   ./run
EOF2
    exit 2
fi
(exec 3<>"/dev/tcp/${KAFKA%:*}/${KAFKA##*:}") 2>/dev/null || die "Kafka does not answer on $KAFKA"

mkdir -p "$RESULTS_DIR"
WORK=$(mktemp -d /tmp/terbuka-bench.XXXXXX)
CONSUMER_PID=""
cleanup() {
    if [[ -n $CONSUMER_PID ]] && kill -0 "$CONSUMER_PID" 2>/dev/null; then
        kill "$CONSUMER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# One valid filing (a plausible NIK; contact details; Indonesian texts), posted as the public.
cat >"$WORK/filing.lua" <<'EOF2'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"requesterType":"INDIVIDUAL","name":"Penguji Beban","nik":"6472014507850002",'
  .. '"address":"Jl. Uji Beban 1, Samarinda","phone":"081300000000","email":"beban@example.id",'
  .. '"occupation":"Penguji","informationRequested":"Uji beban pendaftaran permohonan",'
  .. '"purpose":"Pengukuran kinerja","obtainMethod":"COPY_SOFT","deliveryMethod":"EMAIL"}'

local limit = tonumber(os.getenv("FILINGS_PER_THREAD") or "0")
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  answered = 0
  created = 0
end
function response(status, headers, body)
  answered = answered + 1
  if status == 201 then created = created + 1 end
  if limit > 0 and answered >= limit then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + (t:get("created") or 0) end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d created=%d duration_us=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, total, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
EOF2
export FILINGS_PER_THREAD=$(( (MAX_FILINGS + THREADS - 1) / THREADS ))
URL="$GATEWAY_URL/api/v1/$TENANT/requests"
probe=$(curl -s -m 10 -o "$WORK/probe.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data @<(awk -F"'" '/^wrk.body|^  \.\./ {printf "%s", $2}' "$WORK/filing.lua") "$URL" || true)
[[ $probe == 201 ]] || { cat "$WORK/probe.json" >&2 2>/dev/null; die "a probe filing answered HTTP $probe"; }

{
    echo "date (UTC): $STAMP"
    echo "label: ${LABEL:-none}"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "java: $("$JAVA" -version 2>&1 | head -1)"
    echo "settings: DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS THREADS=$THREADS MAX_FILINGS=$MAX_FILINGS DRAIN=$DRAIN TENANT=$TENANT"
    echo "kafka client: $KAFKA_JAR"
} >"$RESULTS_DIR/environment.txt"

run_wrk() { # <duration> <output>
    local threads=$THREADS
    ((threads > CONNECTIONS)) && threads=$CONNECTIONS
    wrk -t"$threads" -c"$CONNECTIONS" -d"$1" --timeout 10s -s "$WORK/filing.lua" "$URL" >"$2" 2>&1 \
        || { cat "$2" >&2; die "wrk failed"; }
}

log "warm-up: $CONNECTIONS connections, $WARMUP (not measured)"
run_wrk "$WARMUP" "$RESULTS_DIR/warmup.txt"

log "consumer: $TOPIC from its end, tenant $TENANT"
run_seconds=$(seconds_of "$DURATION")
"$JAVA" -cp "$KAFKA_JAR:$SLF4J_JAR" "$SCRIPT_DIR/tools/EventLatency.java" "$KAFKA" "$TOPIC" "$TENANT" "$EVENT_TYPE" \
    $((run_seconds + DRAIN + 2)) "$WORK/ready" >"$RESULTS_DIR/events.txt" 2>"$RESULTS_DIR/consumer.log" &
CONSUMER_PID=$!
for _ in $(seq 300); do
    [[ -f $WORK/ready ]] && break
    kill -0 "$CONSUMER_PID" 2>/dev/null || { cat "$RESULTS_DIR/consumer.log" >&2; die "the consumer stopped"; }
    sleep 0.1
done
[[ -f $WORK/ready ]] || die "the consumer was not ready within 30 s"
sleep 1

log "measure: $CONNECTIONS connections, $DURATION (at most $MAX_FILINGS filings)"
run_wrk "$DURATION" "$RESULTS_DIR/filings.txt"
log "waiting for the consumer (${DRAIN}s drain)"
wait "$CONSUMER_PID" || { cat "$RESULTS_DIR/consumer.log" >&2; die "the consumer failed"; }
CONSUMER_PID=""

bench=$(grep '^BENCH ' "$RESULTS_DIR/filings.txt") || die "no result line in filings.txt"
events=$(grep '^EVENTS ' "$RESULTS_DIR/events.txt") || die "no result line in events.txt"
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k {print $2}'; }
created=$(field created "$bench")
duration_us=$(field duration_us "$bench")
count=$(field count "$events")
{
    echo "# Request filing benchmark ($STAMP${LABEL:+, $LABEL})"
    echo
    echo "Tenant \`$TENANT\`, $CONNECTIONS connections, $DURATION through the gateway ($URL)."
    echo
    echo "| figure | value |"
    echo "|---|---|"
    echo "| filings answered 201 | $created |"
    echo "| filings per second | $(awk -v n="$created" -v us="$duration_us" 'BEGIN {printf "%.1f", n / (us / 1e6)}') |"
    echo "| HTTP p50 / p99 (ms) | $(awk -v a="$(field p50_us "$bench")" -v b="$(field p99_us "$bench")" 'BEGIN {printf "%.1f / %.1f", a / 1000, b / 1000}') |"
    echo "| non-2xx, timeouts | $(field errors_status "$bench"), $(field errors_timeout "$bench") |"
    echo "| request-registered events consumed | $count ($(awk -v c="$count" -v n="$created" 'BEGIN {if (n > 0) printf "%.1f", 100 * c / n; else print "-"}')% of the filings) |"
    echo "| filing -> event consumed p50 / p90 / p99 / max (ms) | $(field p50_ms "$events") / $(field p90_ms "$events") / $(field p99_ms "$events") / $(field max_ms "$events") |"
} >"$RESULTS_DIR/summary.md"
cat "$RESULTS_DIR/summary.md"
log "results in $RESULTS_DIR"
if [[ $count -lt $created ]]; then
    log "WARNING: $((created - count)) filing(s) without a consumed event within the drain time"
fi
