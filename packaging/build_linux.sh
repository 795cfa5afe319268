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
tar -C dist -czf "$archive" gradient-lab
done_at=$(date +%s)

echo "build: $((built - start)) s, archive: $((done_at - built)) s"
echo "folder: $(du -sh dist/gradient-lab | cut -f1)  archive: $(du -sh "$archive" | cut -f1)  ($archive)"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" dist/gradient-lab/gradient-lab --self-test
