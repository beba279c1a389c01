#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only those that are missing.
# Usage: scripts/system-packages.sh test|run|bench
# bench: what `make bench` needs on top: a real X window under Xvfb, and the peer it is measured
# against, GNOME Planner (`make test` never asks for it).
set -euo pipefail
window=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0)
want=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
case "${1:-test}" in
  test) want+=(poppler-utils postgresql xvfb dbus-daemon desktop-file-utils appstream) ;;
  run) want+=("${window[@]}") ;;
  bench) want+=("${window[@]}" xvfb xdotool planner) ;;
esac
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "Please install these system packages: ${missing[*]}" >&2; exit 0; }
sudo=""
[ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null && sudo="sudo"; }
if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
  echo "Please install these system packages (as root): ${missing[*]}" >&2; exit 0
fi
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
