#!/usr/bin/env bash
# Catalogue search benchmark: full-text search of the Daftar Informasi Publik (GET /api/v1/{tenant}/information?q=…)
# through the gateway, with 16 concurrent clients, once the tenant holds about 1,000 entries and again once it holds
# about 100,000. Each wrk client cycles through a fixed mix of Indonesian queries (common and rare words, inflected
# forms, with and without a category filter), so the numbers cover ranking, highlighting and facet counting over
# large result sets as well as small ones. Reports p50/p99 per size and checks the goal: p99 at 100k no more than
# 2x p99 at 1k, and under 50 ms.
#
# Needs: the platform running with the demo accounts (./run from the project root, gateway on 127.0.0.1:8080),
# and wrk and curl:  apt-get install -y wrk curl
# Usage (from anywhere):
#   infra/bench/catalogue-search.sh
#   SIZES="1000 10000" DURATION=20s infra/bench/catalogue-search.sh
# Settings (environment):
#   DURATION=20s        length of each measured wrk run (bounded: every run ends after DURATION)
#   WARMUP=30s          warm-up per size, not reported (the JIT of nine JVMs needs it)
#   CONNECTIONS=16      concurrent clients; THREADS=2 wrk threads
#   SIZES="1000 100000" entries of the tenant at each measurement (seeded up to that count, never beyond)
#   TENANT=kutai-timur  SEED_PARALLEL=8 (concurrent POSTs while seeding)  SEED_BATCH=1000 (POSTs per login)
#   SEED_TIMEOUT=5400   seconds the whole seeding may take; the script stops with an error after that
#   GATEWAY_URL=http://127.0.0.1:8080  DEMO_PASSWORD=Terbuka-Demo-2026
#   LABEL=              a word for this run, added to the results folder and the report heading
#   RESULTS_DIR=infra/bench/results/<UTC timestamp>-catalogue-search[-<LABEL>]
# Seeding goes through the public API as ppid-utama@<tenant> (POST .../information, spread over the tenant's units);
# it is idempotent: the entries already in the tenant count towards each size, so a second run seeds nothing.
set -euo pipefail

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
SIZES=${SIZES:-"1000 100000"}
TENANT=${TENANT:-kutai-timur}
SEED_PARALLEL=${SEED_PARALLEL:-8}
SEED_BATCH=${SEED_BATCH:-1000}
SEED_TIMEOUT=${SEED_TIMEOUT:-5400}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
DEMO_PASSWORD=${DEMO_PASSWORD:-Terbuka-Demo-2026}

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LABEL=${LABEL:-}
RESULTS_DIR=${RESULTS_DIR:-$SCRIPT_DIR/results/$STAMP-catalogue-search${LABEL:+-$LABEL}}
API="$GATEWAY_URL/api/v1/$TENANT"
INFO="$API/information"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

case $GATEWAY_URL in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) die "GATEWAY_URL must be on loopback (127.0.0.1 or localhost), got $GATEWAY_URL" ;;
esac
missing=()
for tool in wrk curl awk sed sort; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
((${#missing[@]} == 0)) || die "missing tools: ${missing[*]}. Install them with: apt-get install -y wrk curl gawk sed"
for size in $SIZES; do
    [[ $size =~ ^[0-9]+$ ]] && ((size > 0 && size <= 200000)) || die "SIZES must be counts between 1 and 200000"
done

# --- the platform ----------------------------------------------------------------------------------------
code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$INFO?size=1" || true)
if [[ $code != 200 ]]; then
    cat >&2 <<EOF
[bench] The catalogue API does not answer through the gateway: $INFO -> HTTP ${code/#000/000 (no answer)}
[bench] Start the platform from the project root ($PROJECT_ROOT) with the demo data and wait for "Terbuka is ready":
[bench]   ./run
EOF
    exit 2
fi

WORK=$(mktemp -d /tmp/terbuka-catalogue-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$RESULTS_DIR"

json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -1; }
json_number() { sed -n "s/.*\"$1\":\\([0-9][0-9]*\\).*/\\1/p" | head -1; }

login() { # <username> -> access token
    local body token
    body=$(curl -s -m 10 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" "$GATEWAY_URL/api/v1/auth/token")
    token=$(json_field accessToken <<<"$body")
    [[ -n $token ]] || die "login of $1 failed: ${body:0:300}"
    echo "$token"
}

entries_now() { # active entries of the tenant (the public list's total)
    curl -s -m 30 "$INFO?size=1" | json_number totalItems
}

mapfile -t UNITS < <(curl -s -m 10 "$API/units" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)
((${#UNITS[@]} > 0)) || die "no units found at $API/units (is the demo data loaded?)"

# Words the generated titles and summaries are made of: the queries below find many, some or few of them.
SUBJECTS=("Laporan keuangan" "Laporan kinerja" "Rencana kerja" "Anggaran belanja" "Daftar aset" "Profil pelayanan"
    "Standar operasional prosedur" "Data statistik" "Rekapitulasi perizinan" "Realisasi program" "Kajian teknis"
    "Peraturan bupati" "Dokumen pengadaan" "Evaluasi kegiatan" "Laporan pengaduan masyarakat")
TOPICS=("pendidikan dasar" "kesehatan ibu dan anak" "jalan dan jembatan" "irigasi pertanian" "bantuan sosial pangan"
    "air bersih" "persampahan" "pariwisata daerah" "usaha mikro" "kependudukan" "transportasi umum"
    "ketahanan pangan" "lingkungan hidup" "penanggulangan bencana" "perikanan" "kehutanan" "perumahan rakyat"
    "ketenagakerjaan" "kebudayaan" "olahraga pemuda")
PLACES=("Sangatta Utara" "Sangatta Selatan" "Bengalon" "Muara Wahau" "Kongbeng" "Rantau Pulung" "Kaliorang"
    "Sangkulirang" "Teluk Pandan" "Long Mesangat")
CATEGORIES=(BERKALA SETIAP_SAAT BERKALA SETIAP_SAAT SERTA_MERTA)

write_batch() { # <from> <to> <token> -> curl config in $WORK/batch.cfg
    local from=$1 to=$2 token=$3 i cfg="$WORK/batch.cfg"
    : >"$cfg"
    for ((i = from; i <= to; i++)); do
        local subject=${SUBJECTS[i % ${#SUBJECTS[@]}]} topic=${TOPICS[(i / 3) % ${#TOPICS[@]}]}
        local place=${PLACES[(i / 7) % ${#PLACES[@]}]} category=${CATEGORIES[i % ${#CATEGORIES[@]}]}
        local unit=${UNITS[i % ${#UNITS[@]}]} year=$((2019 + i % 7)) frequency=""
        [[ $category == BERKALA ]] && frequency=',\"updateFrequency\":\"SEMIANNUAL\"'
        ((i > from)) && echo "next" >>"$cfg"   # between transfers only: a trailing "next" makes curl fail
        cat >>"$cfg" <<EOF
url = "$INFO"
header = "Content-Type: application/json"
header = "Authorization: Bearer $token"
data = "{\"unitId\":\"$unit\",\"title\":\"$subject $topic $year nomor $i\",\"summary\":\"Informasi $topic di Kecamatan $place tahun $year, disusun untuk uji beban terbukabench nomor $i.\",\"category\":\"$category\"$frequency,\"responsibleOfficial\":\"Kepala Dinas\",\"responsiblePerson\":\"Sekretaris Dinas\",\"producedAt\":\"$year-0$((1 + i % 9))-1$((i % 9))\",\"producedPlace\":\"$place\",\"format\":\"SOFTCOPY\",\"retention\":\"5 tahun aktif, 5 tahun inaktif\"}"
output = "/dev/null"
write-out = "%{http_code}\n"
EOF
    done
}

seed_until() { # <count>: POST entries until the tenant holds at least <count> active entries
    local target=$1 have deadline=$((SECONDS + SEED_TIMEOUT))
    have=$(entries_now)
    have=${have:-0}
    if ((have >= target)); then
        log "$TENANT already holds $have entries (>= $target): nothing to seed"
        return
    fi
    log "seeding $((target - have)) entries into $TENANT ($have now), $SEED_PARALLEL at a time"
    local next=$((have + 1)) started=$SECONDS
    while ((next <= target)); do
        ((SECONDS < deadline)) || die "seeding took longer than SEED_TIMEOUT=${SEED_TIMEOUT}s (at $((next - 1)) of $target)"
        local to=$((next + SEED_BATCH - 1))
        ((to > target)) && to=$target
        write_batch "$next" "$to" "$(login "ppid-utama@$TENANT")"
        curl -s --no-progress-meter -m 60 -Z --parallel-max "$SEED_PARALLEL" -K "$WORK/batch.cfg" >"$WORK/codes" || true
        local failed
        failed=$(grep -cv '^201$' "$WORK/codes" || true)
        ((failed == 0)) || die "$failed of $((to - next + 1)) POSTs failed (status codes: $(sort "$WORK/codes" | uniq -c | tr '\n' ' '))"
        next=$((to + 1))
        if (((next - have - 1) % (SEED_BATCH * 10) == 0 || next > target)); then
            log "  $((next - have - 1)) seeded in $((SECONDS - started)) s"
        fi
    done
    echo "seeded $((target - have)) entries (to $target) in $((SECONDS - started)) s" >>"$RESULTS_DIR/environment.txt"
}

# --- wrk -------------------------------------------------------------------------------------------------
# The query mix, cycled by every connection; %20 separates words.
cat >"$WORK/queries.lua" <<'EOF'
local queries = {
  "q=laporan&size=20",
  "q=melaporkan%20keuangan&size=20",
  "q=anggaran%20belanja&size=20",
  "q=pelayanan%20kesehatan&size=20",
  "q=irigasi&category=BERKALA&size=20",
  "q=bantuan%20sosial%20pangan&size=20",
  "q=rencana%20kerja%20pariwisata&size=20",
  "q=bengalon%20perikanan&size=20",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?" .. queries[(counter % #queries) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
EOF
run_wrk() { # <duration> <output file>
    local threads=$THREADS
    ((threads > CONNECTIONS)) && threads=$CONNECTIONS
    wrk -t"$threads" -c"$CONNECTIONS" -d"$1" --timeout 10s --latency -s "$WORK/queries.lua" "$INFO" >"$2" 2>&1 \
        || { cat "$2" >&2; die "wrk failed on $INFO"; }
}

{
    echo "date (UTC): $STAMP"
    echo "label: ${LABEL:-none}"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "settings: DURATION=$DURATION WARMUP=$WARMUP THREADS=$THREADS CONNECTIONS=$CONNECTIONS SIZES=\"$SIZES\" TENANT=$TENANT SEED_PARALLEL=$SEED_PARALLEL"
    echo "units: ${#UNITS[@]}"
} >"$RESULTS_DIR/environment.txt"

RAW="$RESULTS_DIR/measurements.tsv"
printf 'entries\trequests_per_s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\terrors\trequests\n' >"$RAW"
for size in $SIZES; do
    seed_until "$size"
    entries=$(entries_now)
    log "warm-up at $entries entries: $CONNECTIONS connections, $WARMUP"
    run_wrk "$WARMUP" "$RESULTS_DIR/warmup-$size.txt"
    log "measure at $entries entries: $CONNECTIONS connections, $DURATION"
    out="$RESULTS_DIR/search-$size.txt"
    run_wrk "$DURATION" "$out"
    grep '^BENCH ' "$out" | awk -v n="$entries" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%d\t%.0f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\n", n, v["requests"] / (v["duration_us"] / 1e6),
            v["p50_us"] / 1000, v["p90_us"] / 1000, v["p99_us"] / 1000, v["max_us"] / 1000, v["errors"], v["requests"]
    }' >>"$RAW"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS_DIR/environment.txt"

# --- the report ------------------------------------------------------------------------------------------
SUMMARY="$RESULTS_DIR/summary.md"
awk -F'\t' -v stamp="$STAMP${LABEL:+ ($LABEL)}" -v tenant="$TENANT" -v dur="$DURATION" -v c="$CONNECTIONS" \
    -v nproc="$(nproc)" '
NR == 1 { next }
{
    rows[++r] = sprintf("| %d | %d | %.2f | %.2f | %.2f | %.2f | %d |", $1, $2, $3, $4, $5, $6, $7)
    if (r == 1) { first = $5 } ; last = $5; errors += $7
}
END {
    printf "## Catalogue search through the gateway, run %s\n\n", stamp
    printf "Tenant `%s`, %d connections, wrk %s per size, %d cores shared by wrk and the whole platform. ", tenant, c, dur, nproc
    print "Each connection cycles through 8 Indonesian queries (GET /api/v1/{tenant}/information?q=...&size=20, ranked, highlighted, with facet counts).\n"
    print "| entries | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | errors |"
    print "|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= r; i++) print rows[i]
    print ""
    if (r >= 2) {
        ratio = last / first
        printf "p99 at the largest size / p99 at the smallest: %.2f (goal: at most 2), p99 at the largest: %.2f ms (goal: under 50 ms): %s\n",
            ratio, last, (ratio <= 2 && last < 50) ? "goal met" : "goal NOT met"
    }
    if (errors > 0) printf "\nWARNING: %d requests failed (socket errors or 4xx/5xx); see the raw wrk outputs.\n", errors
}' "$RAW" >"$SUMMARY"

cat "$SUMMARY"
log "raw wrk outputs, environment and summary in ${RESULTS_DIR#"$PROJECT_ROOT"/}"
