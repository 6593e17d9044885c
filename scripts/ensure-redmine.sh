#!/usr/bin/env bash
# Makes Debian's Redmine 5 servable standalone for the end-to-end tests (e2e/redmine/), the way
# TOOLCHAIN.md checked it. Idempotent: each step runs only where it is not done yet, so a ready
# machine needs no root and this prints nothing. Exits non-zero with one line saying what to run
# when a step needs root and neither root nor passwordless sudo is at hand.
set -euo pipefail

REDMINE=/usr/share/redmine
LOCK=$REDMINE/Gemfile.lock # Debian links it to /var/lib/redmine/Gemfile.lock
SELF=$(readlink -f "$0")

has_redmine() { [ -f "$REDMINE/Gemfile" ] && command -v ruby >/dev/null; }
# Debian expects Passenger; WEBrick in the bundle lets `rails server` serve on its own.
has_webrick() { grep -q '^  webrick' "$LOCK" 2>/dev/null; }
# `rails server` creates these under Rails.root even when the site's tmp is elsewhere; made
# once by root, any user's server finds them there and needs no write access.
has_tmp() { [ -d "$REDMINE/tmp/pids" ] && [ -d "$REDMINE/tmp/cache" ] && [ -d "$REDMINE/tmp/sockets" ]; }

if has_redmine && has_webrick && has_tmp; then exit 0; fi

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root() { sudo -n "$@"; }
else
  how=$(command -v sudo >/dev/null && echo "sudo $SELF" || echo "su -c $SELF")
  echo "Redmine for the e2e tests needs a one-time root set-up; run: $how" >&2
  exit 1
fi

if ! has_redmine; then
  echo "Installing Debian's redmine and redmine-sqlite…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redmine redmine-sqlite
fi

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
