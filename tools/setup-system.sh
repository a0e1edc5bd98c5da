#!/usr/bin/env bash
# Installs the Debian packages the kiosk's window needs, when they are missing:
# JavaFX's Linux port draws through GTK 3 (libgtk-3-0) and uses libXtst; a minimal Debian has
# neither. The kiosk ships its own Chinese font, so fonts-noto-cjk is only a recommendation.
# Called by ./kiosk before it opens a window; safe to run again (does nothing when all is there).
set -euo pipefail

PACKAGES=(libgtk-3-0 libxtst6)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "kiosk: the window needs GTK 3 and libXtst; install them with your package manager" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "kiosk: the window needs these Debian packages: ${missing[*]}" >&2
    echo "kiosk: install them once as root:  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

echo "kiosk: installing ${missing[*]} (needed for the window; once only)..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || {
  $SUDO apt-get update -q >/dev/null 2>&1
  $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
}
