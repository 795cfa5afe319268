"""Finding English left on a Korean screen: texts checked against every *_ko.ts catalogue.

A text is untranslated when it is the English source of a catalogue entry (with a Korean
translation that differs), or when it still contains English words that are not names a
teacher types (functions, products, units): see ALLOWED_WORDS.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from desktop_app.assets import resource

#: Words that stay in Latin letters in the Korean interface: product and library names, the
#: expression language's functions and keywords, units and abbreviations.
ALLOWED_WORDS = {
    "gradient", "lab", "python", "numpy", "pytorch", "torch", "tensorflow", "cuda", "cpu", "gpu", "csv",
    "png", "svg", "gif", "latex", "mnist", "nanumgothic", "open", "font", "license", "sil", "qt", "pyside",
    "adam", "adamw", "adagrad", "rmsprop", "nesterov", "sgd", "relu", "sigmoid", "softplus", "tanh", "sqrt",
    "clip", "clamp", "mean", "norm", "prod", "square", "transpose", "sum", "exp", "log", "max", "min",
    "pow", "dot", "abs", "sin", "cos", "tan", "import", "tape", "axis", "float", "opengl", "pyopengl",
    "imageio", "ffmpeg", "optim", "linspace", "ones", "zeros", "arange", "full", "nan", "inf", "lbfgs",
    "beta", "alpha", "gamma", "delta", "theta", "lambda", "sigma", "bata", "pred", "grad",
    "english", "ctrl", "shift", "gradienttape", "dense", "keras",
}
_WORD = re.compile(r"[A-Za-z]{4,}")
#: A line of code shown as such (``z = np.maximum(x + y, 0.)``): a call or an attribute.
_CODE = re.compile(r"[A-Za-z_]\w*[(\[]|[A-Za-z_]\w*\.[A-Za-z_]")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """English source -> Korean translation, from every installed *_ko.ts."""
    entries: dict[str, str] = {}
    for item in resource("i18n").iterdir():
        if not item.name.endswith("_ko.ts"):
            continue
        for message in ET.fromstring(item.read_text(encoding="utf-8")).iter("message"):
            source, translation = message.find("source").text, message.find("translation")
            if source and translation is not None and translation.text and translation.get("type") != "unfinished":
                entries[source] = translation.text
    return entries


def visible_text(markup: str) -> str:
    """Rich text without tags, code spans (program text stays as typed) and entities."""
    markup = re.sub(r"<code>.*?</code>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def english_in(text: str, words: bool = True) -> list[str]:
    """The English left in `text`: whole catalogue sources, then (with `words`) stray English
    words. Long lesson prose quotes code (np.maximum, model.fit), so it is checked against the
    catalogues only."""
    found = []
    for source, translation in catalogue().items():
        phrase = " " in source.strip() or source == text
        if phrase and len(source) > 3 and source != translation and source in text and translation not in text:
            found.append(source)
    if not words or _CODE.search(text):
        return found
    return found + [w for w in _WORD.findall(text) if w.lower() not in ALLOWED_WORDS]
