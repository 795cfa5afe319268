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

#: Packages whose data files are bundled: ziamath's STIX Two Math font typesets the formulas.
COLLECT_DATA = ("ziamath",)

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
    "pyqtgraph.examples", "pyqtgraph.jupyter",  # (pyqtgraph.opengl draws the 3-D surface)
    "torch.utils.tensorboard", "tensorboard", "torchvision",
    "tkinter", "_tkinter", "matplotlib", "IPython", "jupyter_client", "notebook", "pandas",
    # (PIL stays: Pillow writes the animated GIF of a run)
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

#: Qt plugins the app does not need on a desktop: desktop-theme plugins (the GTK3 one drags in
#: cairo, pango, atk and gdk-pixbuf from the build machine; Qt's own style draws the same
#: widgets), embedded-device platforms and inputs (eglfs, linuxfb, vnc, evdev), network
#: information, and image formats the app never reads. Kept: xcb, wayland, offscreen, the
#: ibus/compose input contexts (typing Korean), svg, ico, png/jpeg/gif.
QT_PLUGINS = "PySide6/Qt/plugins/"
DROPPED_PLUGIN_FOLDERS = ("platformthemes/", "egldeviceintegrations/", "generic/", "networkinformation/")
DROPPED_PLUGINS = (
    "platforms/libqeglfs.so", "platforms/libqlinuxfb.so", "platforms/libqminimalegl.so",
    "platforms/libqvnc.so", "platforms/libqvkkhrdisplay.so",
    "imageformats/libqtiff.so", "imageformats/libqwebp.so", "imageformats/libqtga.so",
    "imageformats/libqwbmp.so", "imageformats/libqicns.so",
)

#: System libraries every Linux desktop has, which must come from the system, not the build
#: machine: X11 and core xcb, fontconfig/freetype, D-Bus, GLib, systemd, Kerberos, compression
#: and the libraries they pull in (and Qt's eglfs support, with its plugins gone). By file name
#: up to ".so". Kept on purpose: the xcb-util family and xkbcommon-x11 (often missing: Qt's xcb
#: plugin needs them), libstdc++/libgcc_s (torch needs their versions), OpenSSL, libffi, ICU.
SYSTEM_LIBRARIES = frozenset({
    "libX11", "libX11-xcb", "libXau", "libXdmcp", "libXext", "libXrender", "libbsd", "libmd",
    "libxcb-glx", "libxcb-render", "libxcb-shm", "libxcb-sync", "libxcb-xfixes", "libxcb-randr",
    "libxcb-shape",
    "libfontconfig", "libfreetype", "libexpat", "libpng16", "libbrotlicommon", "libbrotlidec",
    "libharfbuzz", "libgraphite2",
    "libatk-1.0", "libcairo", "libcairo-gobject", "libgdk_pixbuf-2.0", "libpango-1.0",
    "libpangocairo-1.0", "libpangoft2-1.0", "libpixman-1", "libfribidi", "libthai", "libdatrie",
    "libjpeg",
    "libdbus-1", "libglib-2.0", "libgio-2.0", "libgobject-2.0", "libgmodule-2.0", "libgthread-2.0",
    "libpcre2-8", "libselinux", "libmount", "libblkid", "libuuid", "libsystemd", "libcap",
    "libgcrypt", "libgpg-error", "liblz4", "liblzma", "libzstd", "libbz2", "libz",
    "libgssapi_krb5", "libkrb5", "libk5crypto", "libkrb5support", "libcom_err", "libkeyutils",
    "libreadline", "libtinfo",
    "libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport",
})


def _library_stem(file_name: str) -> str:
    return file_name.split(".so", 1)[0]


def is_dropped_file(bundle_path: str) -> bool:
    """Whether a collected data file or binary (its path inside the bundle) is left out."""
    path = bundle_path.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if path in KEPT_FILES:
        return False
    if path.startswith(QT_TRANSLATIONS):
        return not path.endswith(tuple(f"_{code}.qm" for code in LANGUAGES))
    if path.startswith(QT_PLUGINS):
        plugin = path[len(QT_PLUGINS):]
        return plugin.startswith(DROPPED_PLUGIN_FOLDERS) or plugin in DROPPED_PLUGINS
    if ".so" in name and _library_stem(name) in SYSTEM_LIBRARIES:
        return True
    return path.startswith(DROPPED_FILE_PREFIXES) or name in DROPPED_FILE_NAMES
