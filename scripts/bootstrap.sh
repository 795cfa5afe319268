#!/usr/bin/env bash
# Everything a fresh machine needs before Gradient Lab runs or tests:
#  1. the system libraries Qt loads, a Korean font, desktop-file-validate, and Xvfb with openbox
#     and Mesa's software OpenGL for the full-screen and 3-D tests (Debian/Ubuntu, when run as
#     root or with sudo);
#  2. a virtual environment in .venv with the CPU build of torch, then the package (editable) and
#     its test tools at the versions constraints/test.txt pins (versions only: a pin cannot pick
#     the CPU build, so torch is installed first, on its own).
# Safe to run again: each part is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  fonts-nanum desktop-file-utils
  xvfb openbox libgl1-mesa-dri
)

TORCH_CPU_INDEX=https://download.pytorch.org/whl/cpu

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "bootstrap: please install these packages as root: ${missing[*]}" >&2; return 0
    fi
  fi
  echo "bootstrap: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The pinned torch from a wheel already on this machine (pip's find-links; works offline; its own
# needs then come with the package), else
# from PyTorch's CPU index. PyPI's Linux torch is the CUDA build: gigabytes the lessons never use.
install_cpu_torch() {
  local pin
  pin=$(grep -E '^torch==' constraints/test.txt)
  .venv/bin/python -m pip install -q --no-index --no-deps "$pin" 2>/dev/null \
    || .venv/bin/python -m pip install -q --index-url "$TORCH_CPU_INDEX" "$pin"
}

install_python_env() {
  local python="${PYTHON:-python3}"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  local stamp=.venv/.gradient-lab-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints/test.txt -nt "$stamp" ]; then
    echo "bootstrap: installing Python packages into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    install_cpu_torch
    .venv/bin/python -m pip install -q -c constraints/test.txt -e ".[test]"
    touch "$stamp"
  fi
}

install_system_packages
install_python_env
