"""What goes into the frozen build, as plain data the spec reads and tests/test_packaging.py checks.

Kept apart from gradient-lab.spec so the test can read it without PyInstaller installed.
Paths are relative to the repository root.
"""

from __future__ import annotations

#: The script PyInstaller freezes (it calls desktop_app.__main__.main, like the pip scripts).
ENTRY_SCRIPT = "packaging/gradient_lab_entry.py"

#: (source folder or file, destination folder inside the bundle). resources/ becomes the package
#: desktop_app.resources, so importlib.resources finds it as in a wheel.
DATA = (
    ("resources", "desktop_app/resources"),
)

#: Files the built app cannot work without; the test checks they exist in the repository.
REQUIRED_RESOURCES = (
    "resources/__init__.py",
    "resources/gradient-lab.desktop",
    "resources/icons/gradient-lab.svg",
    "resources/icons/gradient-lab-256.png",
    "resources/icons/gradient-lab.ico",
    "resources/icons/gradient-lab.icns",
    "resources/fonts/NanumGothic.ttf",
    "resources/fonts/OFL.txt",
)

#: Icons for the executables (Windows) and the app bundle (macOS).
WINDOWS_ICON = "resources/icons/gradient-lab.ico"
MACOS_ICON = "resources/icons/gradient-lab.icns"

#: Distributions whose metadata the app reads at run time (the version comes from it).
METADATA = ("gradient-lab",)

#: Packages whose every submodule is bundled: the CLI loads its commands with importlib, which
#: PyInstaller's import analysis cannot follow.
COLLECT_SUBMODULES = ("desktop_app",)

#: Imported only indirectly (Qt loads the SVG icon engine through QtSvg).
HIDDEN_IMPORTS = ("PySide6.QtSvg",)

#: Modules the app never uses; leaving them out keeps the bundle smaller. (Not QtTest: pyqtgraph
#: imports it.)
EXCLUDES = (
    # unused Qt modules (their libraries and plugins go with them)
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest", "PySide6.QtQmlFeatures", "PySide6.QtLabsStyleKit",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSql",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtSerialPort", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    # the other Qt bindings pyqtgraph could pick up
    "PyQt5", "PyQt6", "PySide2",
    # optional parts of pyqtgraph and torch, and libraries the app does not use
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter",
    "torch.utils.tensorboard", "tensorboard", "torchvision",
    "tkinter", "_tkinter", "matplotlib", "IPython", "jupyter_client", "notebook", "pandas",
    "PIL",  # Pillow only makes the icons (scripts/make_icons.py); torch's optional decoders use it
    # test and development tools
    "pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "grimp", "tests",
    "PyInstaller",
)


def is_dropped(module_name: str) -> bool:
    """Whether a module found by the analysis is left out: the test suites that sympy, numpy and
    friends ship inside their packages (`sympy.core.tests`, `numpy._core.tests.test_x`, ...)."""
    return ".tests." in module_name + "."


#: Files torch's hook collects that the app never runs: torch's C++ test programs and libraries,
#: and its build tools (protoc). About 140 MB. Keyed by their path inside the bundle.
DROPPED_FILE_PREFIXES = ("torch/test/", "torch/bin/")
DROPPED_FILE_NAMES = (
    "libtorchbind_test.so", "libjitbackend_test.so", "libaoti_custom_ops.so", "libbackend_with_compiler.so",
)
KEPT_FILES = ("torch/bin/torch_shm_manager",)  # shared memory between processes (DataLoader workers)


#: Qt's own translations are kept for the languages the app speaks only.
QT_TRANSLATIONS = "PySide6/Qt/translations/"
LANGUAGES = ("en", "ko")


def is_dropped_file(bundle_path: str) -> bool:
    """Whether a collected data file or binary (its path inside the bundle) is left out."""
    path = bundle_path.replace("\\", "/")
    if path in KEPT_FILES:
        return False
    if path.startswith(QT_TRANSLATIONS):
        return not path.endswith(tuple(f"_{code}.qm" for code in LANGUAGES))
    return path.startswith(DROPPED_FILE_PREFIXES) or path.rsplit("/", 1)[-1] in DROPPED_FILE_NAMES
