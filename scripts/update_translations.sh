#!/usr/bin/env bash
# Refresh the Korean translation catalogue of the window (resources/i18n/gradient_lab_ko.ts):
#  1. pyside6-lupdate collects every tr()/_tr()/translate() string of desktop_app/gui and
#     desktop_app/launch into the .ts, keeping the translations already there;
#  2. translate the new entries (marked type="unfinished") with Qt Linguist (pyside6-linguist) or
#     any editor (tests/screen/test_korean.py fails while one is left);
#  3. pyside6-lrelease compiles the .ts into the .qm the app loads (desktop_app/gui/i18n.py).
# Run it again whenever texts change; commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
TS=resources/i18n/gradient_lab_ko.ts
mapfile -t FILES < <(find desktop_app/gui desktop_app/launch -name '*.py' | sort)
"$BIN/pyside6-lupdate" "${FILES[@]}" -ts "$TS" \
  -source-language en -target-language ko -no-obsolete -tr-function-alias tr+=_tr
"$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
echo "update_translations: ${unfinished} Korean entries of ${TS} still to translate"
