#!/usr/bin/env bash
# The two-server browser tests (playwright.multi.config.ts): need a PostgreSQL server (DATABASE_URL; the
# embedded PGlite serves one process only) and Debian's nginx, installed here when missing and we are root.
set -euo pipefail
if [ -z "${DATABASE_URL:-}" ]; then
  echo "Uji dua server dilewati: butuh PostgreSQL (DATABASE_URL), PGlite hanya melayani satu proses."
  exit 0
fi
if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "nginx belum terpasang: memasang paket Debian 'nginx' (sekali saja)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "Uji dua server butuh nginx. Pasang dengan: sudo apt-get install nginx" >&2
    exit 1
  fi
fi
exec npx playwright test -c playwright.multi.config.ts "$@"
