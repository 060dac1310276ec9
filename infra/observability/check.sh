#!/usr/bin/env bash
# Checks the Prometheus alert rules: syntax (promtool check rules) and behaviour (promtool test rules: each alert
# fires on the series that should raise it, with the expected labels and texts, and not before its "for").
# Needs promtool (Debian: apt-get install prometheus). Usage: infra/observability/check.sh
set -euo pipefail
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/prometheus" && pwd)
command -v promtool >/dev/null || { echo "promtool not found (apt-get install prometheus)" >&2; exit 2; }
cd "$DIR"
promtool check rules terbuka-alerts.yml
promtool test rules terbuka-alerts.test.yml
promtool check config --syntax-only prometheus-local.yml
