#!/usr/bin/env bash
# Installs the system packages Caselight's commands need, once per machine, from Debian's apt:
#   chromium  Debian's Chromium (the demo and the end-to-end tests; CHROME_PATH overrides)
#   firefox   Debian's Firefox ESR (the Firefox end-to-end tests; FIREFOX_PATH overrides)
#   redmine   Debian's Redmine 5, made servable standalone with WEBrick (TOOLCHAIN.md)
#   postgres  Debian's PostgreSQL server binaries (the tests start throwaway clusters; PG_BIN
#             overrides); the package's own cluster is not used
# Usage: scripts/ensure-system.sh chromium firefox redmine postgres
# Idempotent: a ready machine needs no root and this prints nothing. Root runs apt itself;
# anyone else goes through sudo (asking for a password only on a terminal). With neither, it
# exits 1 before changing anything, with one line saying exactly what to run.
set -euo pipefail

SELF=$(readlink -f "$0")
REDMINE=${REDMINE_ROOT:-/usr/share/redmine}
LOCK=$REDMINE/Gemfile.lock # Debian links it to /var/lib/redmine/Gemfile.lock

has_chromium() { [ -x "${CHROME_PATH:-/usr/bin/chromium}" ]; }
has_firefox() { [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; }
has_redmine_package() { [ -f "$REDMINE/Gemfile" ] && command -v ruby >/dev/null; }
# Debian expects Passenger; WEBrick in the bundle lets `rails server` serve on its own.
has_webrick() { grep -q '^  webrick' "$LOCK" 2>/dev/null; }
# `rails server` creates these under Rails.root even when the site's tmp is elsewhere; made
# once by root, any user's server finds them there and needs no write access.
has_tmp() { [ -d "$REDMINE/tmp/pids" ] && [ -d "$REDMINE/tmp/cache" ] && [ -d "$REDMINE/tmp/sockets" ]; }
has_redmine() { has_redmine_package && has_webrick && has_tmp; }
has_postgres() {
  if [ -n "${PG_BIN:-}" ]; then [ -x "$PG_BIN/initdb" ]; else compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; fi
}

packages_for() {
  case $1 in
    chromium) echo chromium ;;
    firefox) echo firefox-esr ;;
    redmine) echo redmine redmine-sqlite ;;
    postgres) echo postgresql ;;
    *) echo "ensure-system: unknown component '$1' (known: chromium firefox redmine postgres)" >&2; exit 2 ;;
  esac
}

missing=()
packages=()
for component in "$@"; do
  to_install=$(packages_for "$component")
  if ! "has_$component"; then
    missing+=("$component")
    if [ "$component" != redmine ] || ! has_redmine_package; then packages+=($to_install); fi
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root() { sudo -n "$@"; }
elif command -v sudo >/dev/null && [ -t 0 ]; then
  echo "Installing ${missing[*]} needs root once; sudo will ask for your password."
  as_root() { sudo "$@"; }
else
  how=$(command -v sudo >/dev/null && echo "sudo $SELF ${missing[*]}" || echo "su -c '$SELF ${missing[*]}'")
  echo "Caselight needs ${missing[*]} installed once (as root); run: $how" >&2
  exit 1
fi

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing Debian's ${packages[*]}…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi

for component in "${missing[@]}"; do
  [ "$component" = redmine ] || continue
  if ! has_webrick; then
    echo "Adding WEBrick to Redmine's bundle…"
    if ! grep -qs webrick "$REDMINE/Gemfile.local"; then
      echo 'gem "webrick"' | as_root tee -a "$REDMINE/Gemfile.local" >/dev/null
    fi
    (cd "$REDMINE" && as_root bundle lock --local >/dev/null)
  fi
  if ! has_tmp; then
    as_root mkdir -p "$REDMINE/tmp/pids" "$REDMINE/tmp/cache" "$REDMINE/tmp/sockets"
    as_root chown -R www-data:www-data "$REDMINE/tmp"
  fi
done
