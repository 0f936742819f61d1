#!/usr/bin/env bash
# The browser tests use the system Chromium (Playwright's own browser downloads cannot work here).
# Installs Debian's chromium when it is missing and we are root; otherwise says what to do.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium belum terpasang: memasang paket Debian 'chromium' (sekali saja)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium tidak ditemukan di $path. Pasang dengan: sudo apt-get install chromium" >&2
echo "(atau arahkan CHROMIUM_PATH ke Chromium/Chrome yang sudah ada)." >&2
exit 1
