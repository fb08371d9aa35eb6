#!/usr/bin/env bash
# Installs the Debian 12 packages DealerDesk needs to build, run and test.
# Idempotent and silent when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev
  libsodium-dev libsqlite3-dev libicu-dev qt6-svg-dev libzint-dev
  libpwquality-dev cracklib-runtime  # password checks; cracklib-runtime builds the dictionary pwquality reads
  catch2
  postgresql
  fonts-noto-cjk fonts-symbola poppler-utils zbar-tools
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "error: packages missing (${missing[*]}) and neither root nor sudo is available" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
