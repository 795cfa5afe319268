#!/usr/bin/env bash
# Refresh the Korean translation of the window.
#  1. pyside6-lupdate collects every tr()/translate() string of desktop_app/gui (and the launch
#     dialogs) into resources/i18n/gradient_lab_ko.ts, keeping the translations already there;
#  2. translate the new entries (marked type="unfinished") with Qt Linguist (pyside6-linguist) or
#     any editor;
#  3. pyside6-lrelease compiles the .ts into the .qm the app loads (desktop_app.gui.i18n).
# Run it again whenever texts change; commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mapfile -t FILES < <(find desktop_app/gui desktop_app/launch -name '*.py' | sort)
"$BIN/pyside6-lupdate" "${FILES[@]}" -ts resources/i18n/gradient_lab_ko.ts \
  -source-language en -target-language ko -no-obsolete -tr-function-alias tr+=_tr
"$BIN/pyside6-lrelease" resources/i18n/gradient_lab_ko.ts -qm resources/i18n/gradient_lab_ko.qm
unfinished=$(grep -c 'type="unfinished"' resources/i18n/gradient_lab_ko.ts || true)
echo "update_translations: ${unfinished} Korean entries still to translate"
