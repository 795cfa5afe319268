"""Interface language: English (the source texts) or Korean (resources/i18n/gradient_lab_ko.qm,
one catalogue for every text of the window: scripts/update_translations.sh).

Why a module: the language is chosen before the window is built (so every tr() call sees it),
defaults to the system language, and is remembered in QSettings; switching rebuilds the window
(gui.app carries the lesson and its runs over).
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
    ours = _Translator(app)
    with importlib.resources.as_file(resource("i18n", f"gradient_lab_{code}.qm")) as path:
        if not ours.load(str(path)):
            return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs (file dialogs, message box buttons)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
