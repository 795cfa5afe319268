#!/usr/bin/env bash
# Build the Linux one-folder bundle and its archive:
#   dist/gradient-lab/                                  (run dist/gradient-lab/gradient-lab)
#   dist/gradient-lab-<version>-linux-<arch>.tar.gz
# then start the built program's self-test. Takes several minutes and ~2 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
.venv/bin/python -m pip install -q -c constraints/test.txt -e ".[package]"
version=$(.venv/bin/python -c "from importlib.metadata import version; print(version('gradient-lab'))")
archive="dist/gradient-lab-${version}-linux-$(uname -m).tar.gz"

start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/gradient-lab.spec
built=$(date +%s)
unstripped=$(du -sm dist/gradient-lab | cut -f1)
# Symbols nothing links against go (about 130 MB, mostly torch's). Not in *.libs/: auditwheel
# patched those with patchelf, and stripped they fail to load ("ELF load command ... not
# page-aligned": numpy's OpenBLAS).
find dist/gradient-lab -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' \
  -exec strip --strip-unneeded {} +
tar -C dist -czf "$archive" gradient-lab
done_at=$(date +%s)

echo "build: $((built - start)) s, strip and archive: $((done_at - built)) s"
echo "folder: ${unstripped} MB before strip --strip-unneeded, $(du -sm dist/gradient-lab | cut -f1) MB after;" \
  "archive: $(du -sm "$archive" | cut -f1) MB ($archive)"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" dist/gradient-lab/gradient-lab --self-test
dist/gradient-lab/gradient-lab-cli presets --json >/dev/null && echo "gradient-lab-cli (link): presets --json works"
