#!/usr/bin/env bash
# News reading benchmark: the public news endpoints of one tenant through the gateway, with and without
# conditional requests. Three endpoints: the list (GET /api/v1/{tenant}/news?size=20), the Atom feed
# (GET .../news/feed.atom) and one article (GET .../news/{slug}); each measured plainly (200 with the body) and with
# If-None-Match carrying the current ETag (304 without a body), at each connection count.
#
# Needs: the platform running with the demo accounts (./run from the project root, gateway on 127.0.0.1:8080),
# and wrk and curl:  apt-get install -y wrk curl
# Usage (from anywhere):
#   infra/bench/news-read.sh
#   DURATION=30s CONNECTIONS="1 16 64" TENANT=samarinda infra/bench/news-read.sh
# Settings (environment):
#   DURATION=15s        length of each measured wrk run (bounded: every run ends after DURATION)
#   WARMUP=5s           warm-up per endpoint (16 connections), not reported
#   THREADS=2           wrk threads (never more than the connections of a run)
#   CONNECTIONS="1 16"
#   TENANT=kutai-timur  SEED_ARTICLES=30 (published "Benchmark berita <n>" articles made sure to exist first)
#   GATEWAY_URL=http://127.0.0.1:8080  DEMO_PASSWORD=Terbuka-Demo-2026
#   LABEL=              a word for this run, added to the results folder and the report heading
#   RESULTS_DIR=infra/bench/results/<UTC timestamp>-news[-<LABEL>]
# Seeding goes through the public API as news-operator.diskominfo@<tenant> and editor@<tenant>; it is idempotent
# (existing benchmark articles are counted first, at most SEED_ARTICLES are ever created).
set -euo pipefail

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-"1 16"}
TENANT=${TENANT:-kutai-timur}
SEED_ARTICLES=${SEED_ARTICLES:-30}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
DEMO_PASSWORD=${DEMO_PASSWORD:-Terbuka-Demo-2026}

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LABEL=${LABEL:-}
RESULTS_DIR=${RESULTS_DIR:-$SCRIPT_DIR/results/$STAMP-news${LABEL:+-$LABEL}}
NEWS="$GATEWAY_URL/api/v1/$TENANT/news"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

case $GATEWAY_URL in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) die "GATEWAY_URL must be on loopback (127.0.0.1 or localhost), got $GATEWAY_URL" ;;
esac
missing=()
for tool in wrk curl awk sed; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
((${#missing[@]} == 0)) || die "missing tools: ${missing[*]}. Install them with: apt-get install -y wrk curl gawk sed"

# --- the platform ----------------------------------------------------------------------------------------
code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$NEWS?size=1" || true)
if [[ $code != 200 ]]; then
    cat >&2 <<EOF
[bench] The news API does not answer through the gateway: $NEWS -> HTTP ${code/#000/000 (no answer)}
[bench] Start the platform from the project root ($PROJECT_ROOT) with the demo data and wait for "Terbuka is ready":
[bench]   ./run
EOF
    exit 2
fi

WORK=$(mktemp -d /tmp/terbuka-news-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$RESULTS_DIR"

# The first value of a key in compact or spaced JSON (enough for the few fields read here).
json_field() { { grep -o "\"$1\" *: *\"[^\"]*\"" || true; } | sed -n '1s/.*: *"\(.*\)"$/\1/p'; }
json_number() { { grep -o "\"$1\" *: *[0-9][0-9]*" || true; } | sed -n '1s/.*: *//p'; }

login() { # <username> -> access token
    local body
    body=$(curl -s -m 10 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" "$GATEWAY_URL/api/v1/auth/token")
    local token
    token=$(json_field accessToken <<<"$body")
    [[ -n $token ]] || die "login of $1 failed: ${body:0:300}"
    echo "$token"
}

call() { # <expected status> <token> <method> <url> [json body] -> body; dies on another status
    local expected=$1 token=$2 method=$3 url=$4 data=${5:-}
    local args=(-s -m 15 -o "$WORK/body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token")
    [[ -n $data ]] && args+=(-H 'Content-Type: application/json' -d "$data")
    local status
    status=$(curl "${args[@]}" "$url" || true)
    [[ $status == "$expected" ]] || die "$method $url answered $status: $(head -c 300 "$WORK/body")"
    cat "$WORK/body"
}

# --- seed: SEED_ARTICLES published articles --------------------------------------------------------------
existing=$(curl -s -m 10 "$NEWS?q=benchmark&size=1" | json_number totalItems)
existing=${existing:-0}
if ((existing < SEED_ARTICLES)); then
    log "seeding $((SEED_ARTICLES - existing)) published article(s) in $TENANT (found $existing)"
    operator=$(login "news-operator.diskominfo@$TENANT")
    editor=$(login "editor@$TENANT")
    for ((i = existing + 1; i <= SEED_ARTICLES; i++)); do
        body="Laporan kegiatan ke-$i untuk uji beban.\\n\\nDinas melaporkan **kegiatan benchmark** yang berjalan lancar."
        created=$(call 201 "$operator" POST "$NEWS" "{\"title\":\"Benchmark berita $i $STAMP\",\"lead\":\"Ringkasan benchmark $i\",\"body\":\"$body\",\"tags\":[\"benchmark\"]}")
        id=$(json_field id <<<"$created")
        call 200 "$operator" POST "$NEWS/$id/submission" '{}' >/dev/null
        call 200 "$editor" POST "$NEWS/$id/review" '{"decision":"APPROVE"}' >/dev/null
    done
fi
slug=$(curl -s -m 10 "$NEWS?q=benchmark&size=1" | json_field slug)
[[ -n $slug ]] || die "no published benchmark article found in $TENANT"

declare -A URL=([list]="$NEWS?size=20" [feed]="$NEWS/feed.atom" [article]="$NEWS/$slug")
ENDPOINTS=(list feed article)
declare -A ETAG SIZE
for e in "${ENDPOINTS[@]}"; do
    headers=$(curl -s -m 10 -D - -o "$WORK/$e.body" "${URL[$e]}")
    ETAG[$e]=$(tr -d '\r' <<<"$headers" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | sed -n 1p)
    SIZE[$e]=$(wc -c <"$WORK/$e.body")
    [[ -n ${ETAG[$e]} ]] || die "${URL[$e]} sent no ETag"
    revalidated=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "If-None-Match: ${ETAG[$e]}" "${URL[$e]}")
    [[ $revalidated == 304 ]] || die "${URL[$e]} with If-None-Match ${ETAG[$e]} answered $revalidated, not 304"
    log "$e: ${SIZE[$e]} bytes, ETag ${ETAG[$e]}, revalidation 304"
done

{
    echo "date (UTC): $STAMP"
    echo "label: ${LABEL:-none}"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "settings: DURATION=$DURATION WARMUP=$WARMUP THREADS=$THREADS CONNECTIONS=\"$CONNECTIONS\" TENANT=$TENANT SEED_ARTICLES=$SEED_ARTICLES"
    for e in "${ENDPOINTS[@]}"; do echo "$e: ${URL[$e]} (${SIZE[$e]} bytes, ETag ${ETAG[$e]})"; done
} >"$RESULTS_DIR/environment.txt"

# --- wrk -------------------------------------------------------------------------------------------------
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
EOF
run_wrk() { # <connections> <duration> <url> <output file> [header]
    local threads=$THREADS
    ((threads > $1)) && threads=$1
    local args=(-t"$threads" -c"$1" -d"$2" --timeout 10s --latency -s "$WORK/report.lua")
    [[ -n ${5:-} ]] && args+=(-H "$5")
    wrk "${args[@]}" "$3" >"$4" 2>&1 || { cat "$4" >&2; die "wrk failed on $3"; }
}

for e in "${ENDPOINTS[@]}"; do
    log "warm-up: $e, 16 connections, $WARMUP"
    run_wrk 16 "$WARMUP" "${URL[$e]}" "$RESULTS_DIR/warmup-$e.txt"
done

RAW="$RESULTS_DIR/measurements.tsv"
printf 'endpoint\tmode\tconnections\trequests_per_s\tp50_ms\tp99_ms\terrors\trequests\n' >"$RAW"
for c in $CONNECTIONS; do
    for e in "${ENDPOINTS[@]}"; do
        for mode in plain conditional; do
            log "measure: $e ($mode), $c connection(s), $DURATION"
            out="$RESULTS_DIR/c$c-$e-$mode.txt"
            if [[ $mode == conditional ]]; then
                run_wrk "$c" "$DURATION" "${URL[$e]}" "$out" "If-None-Match: ${ETAG[$e]}"
            else
                run_wrk "$c" "$DURATION" "${URL[$e]}" "$out"
            fi
            grep '^BENCH ' "$out" | awk -v e="$e" -v m="$mode" -v c="$c" '{
                for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                printf "%s\t%s\t%s\t%.0f\t%.3f\t%.3f\t%d\t%d\n", e, m, c, v["requests"] / (v["duration_us"] / 1e6),
                    v["p50_us"] / 1000, v["p99_us"] / 1000, v["errors"], v["requests"]
            }' >>"$RAW"
        done
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS_DIR/environment.txt"

# --- the report ------------------------------------------------------------------------------------------
SUMMARY="$RESULTS_DIR/summary.md"
awk -F'\t' -v stamp="$STAMP${LABEL:+ ($LABEL)}" -v tenant="$TENANT" -v dur="$DURATION" -v nproc="$(nproc)" '
NR == 1 { next }
{
    key = $1 SUBSEP $3; rps[key, $2] = $4; p99[key, $2] = $6
    if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
    rows[++r] = sprintf("| %s | %s | %s | %d | %.2f | %.2f | %d |", $1, $2, $3, $4, $5, $6, $7)
    errors += $7
}
END {
    printf "## News reading through the gateway, run %s\n\n", stamp
    printf "Tenant `%s`, wrk %s per run, %d cores shared by wrk and the whole platform. ", tenant, dur, nproc
    print "`plain`: 200 with the body; `conditional`: If-None-Match with the current ETag, 304 without a body.\n"
    print "| endpoint | mode | connections | requests/s | p50 (ms) | p99 (ms) | errors |"
    print "|---|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= r; i++) print rows[i]
    print ""
    print "| endpoint | connections | conditional/plain req/s | p99 plain (ms) | p99 conditional (ms) |"
    print "|---|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
        split(keys[i], k, SUBSEP)
        printf "| %s | %s | %.2f | %.2f | %.2f |\n", k[1], k[2], rps[keys[i], "conditional"] / rps[keys[i], "plain"],
            p99[keys[i], "plain"], p99[keys[i], "conditional"]
    }
    print ""
    print "Goal: at 16 connections the list and the feed serve at least 300 requests/s with p99 under 100 ms, and a"
    print "conditional request is never slower than a plain one (lists and feeds are served from the rendered-response"
    print "cache keyed by the per-tenant public version; a matching If-None-Match answers 304 without rendering)."
    if (errors > 0) printf "\nWARNING: %d requests failed (socket errors or 4xx/5xx); see the raw wrk outputs.\n", errors
}' "$RAW" >"$SUMMARY"

cat "$SUMMARY"
log "raw wrk outputs, environment and summary in ${RESULTS_DIR#"$PROJECT_ROOT"/}"
