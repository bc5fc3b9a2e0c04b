#!/usr/bin/env bash
# Installs what TTTT Tables needs on a fresh machine, then the npm packages (npm ci).
# Debian/Ubuntu packages (only those missing, only where apt-get is there and we are root):
#   libsecret-1-dev   keytar (pulled by office-addin-debugging) compiles against it when no prebuilt binary can be downloaded
#   chromium          the task-pane test drives it with Playwright
#   libreoffice-calc  the report test opens the written workbook in a real spreadsheet
#   poppler-utils     turns the rendered report into text/PNG
# On Windows or macOS, `npm ci` alone is enough to run the command line.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libsecret-1-dev chromium libreoffice-calc poppler-utils fonts-dejavu-core)
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
elif ! dpkg -s libsecret-1-dev >/dev/null 2>&1; then
  echo "Note: install ${packages[*]} with your package manager if npm ci or the tests need them." >&2
fi

npm ci --no-audit --no-fund
