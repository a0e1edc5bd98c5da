#!/usr/bin/env bash
# Installs the Debian packages the kiosk's window needs, when they are missing:
# JavaFX's Linux port draws through GTK 3 (libgtk-3-0) and uses libXtst; a minimal Debian has
# neither. The kiosk ships its own Chinese font, so fonts-noto-cjk is only a recommendation.
# Called by ./kiosk before it opens a window; safe to run again (does nothing when all is there).
set -euo pipefail

# Look for the libraries themselves: package names differ between releases (Debian 13 and
# Ubuntu 24.04 call GTK's package libgtk-3-0t64).
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
missing=()
have_lib 'libgtk-3.so.0' || missing+=(gtk)
have_lib 'libXtst.so.6' || missing+=(xtst)
[ ${#missing[@]} -eq 0 ] && exit 0

# The package names this release uses.
pkg_for() {
  case "$1" in
    gtk) if apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then echo libgtk-3-0t64; else echo libgtk-3-0; fi ;;
    xtst) echo libxtst6 ;;
  esac
}
names=()
for m in "${missing[@]}"; do names+=("$(pkg_for "$m")"); done
missing=("${names[@]}")

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
