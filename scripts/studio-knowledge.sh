#!/usr/bin/env bash
# Builds a knowledge folder = knowledge/ + a studio's own file, for the studio eval set.
# Usage: scripts/studio-knowledge.sh [OUT_DIR] [STUDIO_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-${TMPDIR:-/tmp}/permabot-studio-knowledge}"
file="${2:-test/eval/blind/studio/studio-file.md}"
rm -rf "$out" && mkdir -p "$out"
cp knowledge/*.md "$file" "$out/"
echo "$out"
