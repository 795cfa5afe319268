#!/usr/bin/env bash
# Refresh a Korean translation catalogue of the window.
#   scripts/update_translations.sh                 the main catalogue, from every file of
#                                                  desktop_app/gui and desktop_app/launch
#   scripts/update_translations.sh AREA PATH...    the catalogue resources/i18n/AREA_ko.ts, from
#                                                  the .py files under PATH... (an area of the
#                                                  window translated on its own; every *_ko.qm
#                                                  is installed, see desktop_app/gui/i18n.py)
#  1. pyside6-lupdate collects every tr()/translate() string of those files into the .ts,
#     keeping the translations already there;
#  2. translate the new entries (marked type="unfinished") with Qt Linguist (pyside6-linguist) or
#     any editor;
#  3. pyside6-lrelease compiles the .ts into the .qm the app loads.
# Run it again whenever texts change; commit both files. An area catalogue is folded into the
# main one with: pyside6-lconvert -i gradient_lab_ko.ts AREA_ko.ts -o gradient_lab_ko.ts
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
AREA=gradient_lab
SOURCES=(desktop_app/gui desktop_app/launch)
if [ $# -gt 0 ]; then AREA=$1; shift; SOURCES=("$@"); fi
TS=resources/i18n/${AREA}_ko.ts
mapfile -t FILES < <(find "${SOURCES[@]}" -name '*.py' | sort)
"$BIN/pyside6-lupdate" "${FILES[@]}" -ts "$TS" \
  -source-language en -target-language ko -no-obsolete -tr-function-alias tr+=_tr
"$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
echo "update_translations: ${unfinished} Korean entries of ${TS} still to translate"
