#!/usr/bin/env bash
# Gateway overhead benchmark: the same endpoint (GET /api/v1/tenants on identity-service) called directly,
# through the Terbuka gateway and through nginx as a reference proxy, at 1, 16 and 64 connections, in one run.
#
# Needs: the local platform running (./run --no-demo from the project root), and wrk, nginx and curl
#   apt-get install -y nginx wrk
# Usage (from anywhere):
#   infra/bench/gateway-overhead.sh
#   DURATION=30s CONNECTIONS="1 16 64 128" infra/bench/gateway-overhead.sh
# Settings (environment):
#   DURATION=15s        length of each measured wrk run
#   WARMUP=10s          length of the warm-up run per target (16 connections), not reported
#   THREADS=2           wrk threads (never more than the connections of a run)
#   CONNECTIONS="1 16 64"
#   ENDPOINT=/api/v1/tenants
#   DIRECT_URL=http://127.0.0.1:8081  GATEWAY_URL=http://127.0.0.1:8080  NGINX_PORT=8090
#   LABEL=              a word for this run (e.g. c2-jit), added to the results folder and the report heading
#   RESULTS_DIR=infra/bench/results/<UTC timestamp>[-<LABEL>]
# Everything runs on loopback and every run is bounded by DURATION; the script's own nginx is stopped on exit.
set -euo pipefail

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
ENDPOINT=${ENDPOINT:-/api/v1/tenants}
DIRECT_URL=${DIRECT_URL:-http://127.0.0.1:8081}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
NGINX_PORT=${NGINX_PORT:-8090}
NGINX_URL="http://127.0.0.1:${NGINX_PORT}"
EUREKA_URL=${EUREKA_URL:-http://127.0.0.1:8761/eureka}

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LABEL=${LABEL:-}
RESULTS_DIR=${RESULTS_DIR:-$SCRIPT_DIR/results/$STAMP${LABEL:+-$LABEL}}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------------------
missing=()
for tool in wrk nginx curl awk ss; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    die "missing tools: ${missing[*]}. Install them with: apt-get install -y nginx wrk curl gawk iproute2"
fi

# --- the platform ----------------------------------------------------------------------------------------
status_of() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true; }
direct_status=$(status_of "$DIRECT_URL$ENDPOINT")
gateway_status=$(status_of "$GATEWAY_URL$ENDPOINT")
if [[ $direct_status != 200 || $gateway_status != 200 ]]; then
    cat >&2 <<EOF
[bench] The platform is not answering:
[bench]   $DIRECT_URL$ENDPOINT -> HTTP ${direct_status/#000/000 (no answer)} (identity-service)
[bench]   $GATEWAY_URL$ENDPOINT -> HTTP ${gateway_status/#000/000 (no answer)} (gateway)
[bench] Start it from the project root ($PROJECT_ROOT) in another terminal and wait for "Terbuka is ready":
[bench]   ./run --no-demo
[bench] or, with less background load on the cores (only what this benchmark needs):
[bench]   ./run --no-demo --only gateway,identity-service
EOF
    exit 2
fi

# The gateway finds identity-service through Eureka: make sure it reaches the same instance we call directly.
direct_body=$(curl -s -m 5 "$DIRECT_URL$ENDPOINT")
gateway_body=$(curl -s -m 5 "$GATEWAY_URL$ENDPOINT")
if [[ $direct_body != "$gateway_body" ]]; then
    log "WARNING: the gateway and the direct call return different bodies (${#gateway_body} vs ${#direct_body} bytes):"
    log "         the gateway may be routing to another identity-service instance. Results are not comparable."
fi
instances=$(curl -s -m 5 -H 'Accept: application/xml' "$EUREKA_URL/apps/IDENTITY-SERVICE" \
    | grep -o '<port enabled="true">[0-9]*</port>' | grep -o '[0-9][0-9]*' | tr '\n' ' ' || true)
log "identity-service instances in Eureka (ports): ${instances:-unknown}"
if [[ -n $instances && $(wc -w <<<"$instances") -gt 1 ]]; then
    log "WARNING: more than one identity-service instance is registered; the gateway balances across them."
fi

# --- nginx as the reference proxy ------------------------------------------------------------------------
if [[ $(status_of "$NGINX_URL/") != 000 ]] || ss -ltnH "sport = :$NGINX_PORT" | grep -q .; then
    die "port $NGINX_PORT is already in use; set NGINX_PORT to a free port"
fi
mkdir -p "$RESULTS_DIR"
WORK=$(mktemp -d /tmp/terbuka-bench.XXXXXX)
chmod 755 "$WORK"   # nginx workers run as nobody when started by root
NGINX_PID=""
cleanup() {
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        log "nginx stopped"
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

user_line=""
if [[ $(id -u) == 0 ]]; then
    user_line="user nobody $(id -gn nobody 2>/dev/null || echo nogroup);"
fi
upstream_hostport=${DIRECT_URL#http://}
cat >"$WORK/nginx.conf" <<EOF
# Reference proxy for the gateway benchmark (written by infra/bench/gateway-overhead.sh).
$user_line
daemon off;
worker_processes auto;            # one worker per core
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/client_body;
    proxy_temp_path $WORK/proxy;
    fastcgi_temp_path $WORK/fastcgi;
    uwsgi_temp_path $WORK/uwsgi;
    scgi_temp_path $WORK/scgi;
    upstream identity {
        server $upstream_hostport;
        keepalive 128;            # reuse upstream connections, as the gateway's pool does
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://identity;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            # The gateway sends X-Forwarded-*, so nginx does the same work.
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host;
            proxy_set_header X-Forwarded-Port \$server_port;
        }
    }
}
EOF
cp "$WORK/nginx.conf" "$RESULTS_DIR/nginx.conf"
nginx -t -q -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf" 2>"$WORK/nginx-test.log" \
    || { cat "$WORK/nginx-test.log" "$WORK/error.log" >&2 2>/dev/null; die "nginx rejected its configuration"; }
nginx -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 50); do
    [[ $(status_of "$NGINX_URL$ENDPOINT") == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/error.log" >&2 2>/dev/null; die "nginx did not start"; }
    sleep 0.1
done
[[ $(status_of "$NGINX_URL$ENDPOINT") == 200 ]] || die "nginx does not proxy $ENDPOINT (see $WORK/error.log)"
log "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') on $NGINX_URL (pid $NGINX_PID) -> $DIRECT_URL"

# --- the machine -----------------------------------------------------------------------------------------
# How busy the cores are before we start (builds or tests running beside the benchmark ruin its numbers).
cpu_busy_percent() { # over 3 seconds, all cores
    local a b
    read -ra a < <(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat); sleep 3
    read -ra b < <(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)
    awk -v busy=$((b[0] - a[0])) -v idle=$((b[1] - a[1])) 'BEGIN { printf "%.0f", 100 * busy / (busy + idle) }'
}
BUSY_BEFORE=$(cpu_busy_percent)
log "CPU busy before the run: ${BUSY_BEFORE}% of $(nproc) cores"
if ((BUSY_BEFORE > 20)); then
    log "WARNING: the machine is busy (${BUSY_BEFORE}% CPU) before the benchmark: results will be noisy."
    log "         Stop builds and tests first; ps -eo pid,pcpu,args --sort=-pcpu | head shows what runs."
fi
cmdline_on_port() {
    local pid
    pid=$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    if [[ -n $pid && -r /proc/$pid/cmdline ]]; then tr '\0' ' ' <"/proc/$pid/cmdline"; else echo "unknown"; fi
}
{
    echo "date (UTC): $STAMP"
    echo "label: ${LABEL:-none}"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "kernel: $(uname -r)"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "nginx: $(nginx -v 2>&1)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "CPU busy before (3 s sample, all cores): ${BUSY_BEFORE}%"
    echo "settings: DURATION=$DURATION WARMUP=$WARMUP THREADS=$THREADS CONNECTIONS=\"$CONNECTIONS\" ENDPOINT=$ENDPOINT"
    echo "response size: ${#direct_body} bytes"
    echo "identity-service (${DIRECT_URL}): $(cmdline_on_port "${DIRECT_URL##*:}")"
    echo "gateway (${GATEWAY_URL}): $(cmdline_on_port "${GATEWAY_URL##*:}")"
} >"$RESULTS_DIR/environment.txt"

# --- wrk -------------------------------------------------------------------------------------------------
# Exact percentiles (microseconds) from wrk's own histogram, on one line that is easy to parse.
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
EOF

run_wrk() { # <connections> <duration> <url> <output file>
    local threads=$THREADS
    if ((threads > $1)); then threads=$1; fi
    wrk -t"$threads" -c"$1" -d"$2" --timeout 10s --latency -s "$WORK/report.lua" "$3" >"$4" 2>&1 \
        || { cat "$4" >&2; die "wrk failed on $3"; }
}

# CPU accounting, in clock ticks: the cores are shared, so each run also records the CPU time each party used.
# That gives CPU per request (which contention hardly changes) and shows CPU used by anything else meanwhile.
CLK_TCK=$(getconf CLK_TCK)
pid_on_port() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true; }
GATEWAY_PID=$(pid_on_port "${GATEWAY_URL##*:}")
BACKEND_PIDS="$(pid_on_port "${DIRECT_URL##*:}") $(pid_on_port 27027)"   # identity-service and its MongoDB store
NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
[[ -n $GATEWAY_PID ]] || log "WARNING: cannot see the gateway process (ss -p); CPU per request will be missing"
process_ticks() { # utime + stime of the given pids
    local pid line sum=0 f
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] || continue
        read -r line <"/proc/$pid/stat"
        read -ra f <<<"${line##*) }"   # fields after "pid (comm) ": state is f[0], utime f[11], stime f[12]
        sum=$((sum + f[11] + f[12]))
    done
    echo "$sum"
}
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
children_ticks() { # CPU of this shell's finished children (wrk) into $CHILD_TICKS; `times` must run in this shell
    times >"$WORK/times"
    CHILD_TICKS=$(awk -v hz="$CLK_TCK" 'NR == 2 {
        for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] }
        printf "%.0f", s * hz }' "$WORK/times")
}

declare -A URL=([direct]="$DIRECT_URL$ENDPOINT" [gateway]="$GATEWAY_URL$ENDPOINT" [nginx]="$NGINX_URL$ENDPOINT")
declare -A PROXY_PIDS=([direct]="" [gateway]="$GATEWAY_PID" [nginx]="$NGINX_PIDS")
TARGETS=(direct gateway nginx)

for target in "${TARGETS[@]}"; do
    log "warm-up: $target, 16 connections, $WARMUP"
    run_wrk 16 "$WARMUP" "${URL[$target]}" "$RESULTS_DIR/warmup-$target.txt"
done

RAW="$RESULTS_DIR/measurements.tsv"
printf 'connections\ttarget\trequests_per_s\tp50_ms\tp99_ms\terrors\trequests\twall_s\tproxy_ticks\tbackend_ticks\twrk_ticks\tbusy_ticks\tclk_tck\n' >"$RAW"
for c in $CONNECTIONS; do
    for target in "${TARGETS[@]}"; do
        log "measure: $target, $c connection(s), $DURATION"
        out="$RESULTS_DIR/c$c-$target.txt"
        # shellcheck disable=SC2086 # pid lists are meant to split
        {
            p0=$(process_ticks ${PROXY_PIDS[$target]}); b0=$(process_ticks $BACKEND_PIDS)
            children_ticks; w0=$CHILD_TICKS; t0=$(busy_ticks); s0=$(date +%s.%N)
            run_wrk "$c" "$DURATION" "${URL[$target]}" "$out"
            s1=$(date +%s.%N); t1=$(busy_ticks); children_ticks; w1=$CHILD_TICKS
            p1=$(process_ticks ${PROXY_PIDS[$target]}); b1=$(process_ticks $BACKEND_PIDS)
        }
        grep '^BENCH ' "$out" | awk -v c="$c" -v t="$target" -v wall="$(awk -v a="$s0" -v b="$s1" 'BEGIN {print b - a}')" \
            -v proxy=$((p1 - p0)) -v backend=$((b1 - b0)) -v wrk=$((w1 - w0)) -v busy=$((t1 - t0)) -v hz="$CLK_TCK" '{
            for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
            errors = v["errors_connect"] + v["errors_read"] + v["errors_write"] + v["errors_status"] + v["errors_timeout"]
            printf "%s\t%s\t%.0f\t%.3f\t%.3f\t%d\t%d\t%.2f\t%d\t%d\t%d\t%d\t%d\n", c, t,
                v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, errors, v["requests"],
                wall, proxy, backend, wrk, busy, hz
        }' >>"$RAW"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS_DIR/environment.txt"

# --- the report ------------------------------------------------------------------------------------------
SUMMARY="$RESULTS_DIR/summary.md"
awk -F'\t' -v stamp="$STAMP${LABEL:+ ($LABEL)}" -v nproc="$(nproc)" -v busy="$BUSY_BEFORE" -v dur="$DURATION" -v endpoint="$ENDPOINT" '
NR == 1 { next }
{
    c = $1; t = $2
    if (!(c in seen)) { seen[c] = 1; list[++m] = c }
    rps[c, t] = $3; p50[c, t] = $4; p99[c, t] = $5; err[c, t] = $6; total_err += $6
    us = 1e6 / $13 / ($7 > 0 ? $7 : 1)                 # microseconds of CPU per tick per request
    proxy_us[c, t] = $9 * us; backend_us[c, t] = $10 * us
    # CPU that none of wrk, the proxy, identity-service or MongoDB used: kernel network work and other processes
    other[c, t] = 100 * ($12 - $9 - $10 - $11) / $13 / $8
    if (other[c, t] > max_other) max_other = other[c, t]
}
END {
    printf "## Gateway overhead, run %s\n\n", stamp
    printf "`GET %s` on identity-service: direct, through the gateway, through nginx. wrk, %s per run, ", endpoint, dur
    printf "%d cores shared by wrk, nginx and the platform; CPU %d%% busy just before the run.\n\n", nproc, busy
    print "| connections | target | requests/s | p50 (ms) | p99 (ms) | errors | proxy CPU per request (µs) | backend CPU per request (µs) | other CPU (% of a core) |"
    print "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    split("direct gateway nginx", ts, " ")
    for (k = 1; k <= m; k++) {
        c = list[k]
        for (j = 1; j <= 3; j++) {
            t = ts[j]
            proxy = (t == "direct") ? "–" : sprintf("%.0f", proxy_us[c, t])
            printf "| %s | %s | %d | %.2f | %.2f | %d | %s | %.0f | %.0f |\n", c, t, rps[c, t], p50[c, t], p99[c, t],
                err[c, t], proxy, backend_us[c, t], other[c, t]
        }
    }
    print ""
    print "| connections | gateway/direct req/s | gateway/nginx req/s | nginx/direct req/s | p50 added by gateway (ms) | p50 added by nginx (ms) | p99 added by gateway (ms) | p99 added by nginx (ms) | gateway/nginx CPU per request |"
    print "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (k = 1; k <= m; k++) {
        c = list[k]
        printf "| %s | %.2f | %.2f | %.2f | %+.2f | %+.2f | %+.2f | %+.2f | %.1f |\n", c,
            rps[c, "gateway"] / rps[c, "direct"], rps[c, "gateway"] / rps[c, "nginx"], rps[c, "nginx"] / rps[c, "direct"],
            p50[c, "gateway"] - p50[c, "direct"], p50[c, "nginx"] - p50[c, "direct"],
            p99[c, "gateway"] - p99[c, "direct"], p99[c, "nginx"] - p99[c, "direct"],
            (proxy_us[c, "nginx"] > 0 ? proxy_us[c, "gateway"] / proxy_us[c, "nginx"] : 0)
    }
    print ""
    print "Goal: the gateway adds under 1 ms at p50 on one connection, and keeps at least half of nginx'"'"'s throughput."
    print ""
    if ((1, "gateway") in p50) {
        added = p50[1, "gateway"] - p50[1, "direct"]
        printf "- p50 added by the gateway at 1 connection: %.2f ms -> %s\n", added, (added < 1 ? "met" : "NOT met")
    }
    for (k = 1; k <= m; k++) {
        c = list[k]; r = rps[c, "gateway"] / rps[c, "nginx"]
        printf "- gateway/nginx throughput at %s connection(s): %.2f -> %s\n", c, r, (r >= 0.5 ? "met" : "NOT met")
    }
    if (busy > 20) printf "\nWARNING: the CPU was %d%% busy before the run (other work on the machine): numbers are noisy.\n", busy
    if (max_other > 40) printf "\nWARNING: up to %.0f%% of a core went to other work during a run (see the last column): numbers are noisy.\n", max_other
    if (total_err > 0) printf "\nWARNING: %d requests failed (socket errors or non-2xx); see the raw wrk outputs.\n", total_err
}' "$RAW" >"$SUMMARY"

cat "$SUMMARY"
log "raw wrk outputs, environment and summary in ${RESULTS_DIR#"$PROJECT_ROOT"/}"
