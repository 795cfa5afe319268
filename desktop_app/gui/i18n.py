"""Interface language: English (the source texts) or Korean (resources/i18n/*_ko.qm).

The Korean texts live in one or more catalogues (`gradient_lab_ko.qm` plus one per area of the
window being worked on, e.g. `mnist_ko.qm`); all of them are installed, so an area can be
translated on its own and merged into the main catalogue later with lconvert.

Why a module: the language is chosen before the window is built (so every tr() call sees it),
defaults to the system language, and is remembered in QSettings; switching rebuilds the window.
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.assets import resource

#: Language code -> its name written in that language (for the menu).
LANGUAGES = {"en": "English", "ko": "한국어"}

_installed: list[QTranslator] = []


class _Translator(QTranslator):
    """Falls back to the context-free entries of the .ts: lupdate files texts of module-level
    tr() helpers (and a few it cannot place in their class) under the empty context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        return text or None  # None = "not here": Qt then tries other translators or the source


def system_language() -> str:
    """"ko" when the system prefers Korean, else "en"."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_language(code: str) -> str:
    """Install the translators for `code` (replacing earlier ones); returns the code in effect."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES or code == "en":
        return "en"
    catalogues = sorted(entry.name for entry in resource("i18n").iterdir()
                        if entry.name.endswith(f"_{code}.qm"))
    main = f"gradient_lab_{code}.qm"
    if main not in catalogues:
        return "en"
    for name in [main] + [c for c in catalogues if c != main]:  # installed last = asked first
        ours = _Translator(app)
        with importlib.resources.as_file(resource("i18n", name)) as path:
            if ours.load(str(path)):
                app.installTranslator(ours)
                _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs (file dialogs, message box buttons)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
