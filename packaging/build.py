#!/usr/bin/env python3
"""The one build script of Humanize Desktop.

    python packaging/build.py translations   compile resources/translations/*.ts to .qm
    python packaging/build.py lupdate        refresh the .ts sources from the code's tr() strings
    python packaging/build.py icons          render the app icon SVG to PNG, .ico and .icns
    python packaging/build.py validate       check the .desktop, AppStream and MIME files
    python packaging/build.py desktop --prefix DIR
                                             install desktop entry, metainfo, MIME type and
                                             icons under DIR/share, then validate them there
    python packaging/build.py freeze         one-folder build with PyInstaller (dist/)
    python packaging/build.py smoke          start the frozen app under Xvfb: CLI, the
                                             bundled model, the window, a screenshot
    python packaging/build.py appimage       an AppDir from the frozen build (and an
                                             AppImage when appimagetool is installed)

The wheel (``pip wheel .``) and the frozen build carry the same data files
(``bundled_data()``) and compile the translations with ``compile_translations``;
``humanize_desktop/_build_hook.py`` calls both when it builds the wheel.

Packaging is never a set of scattered shell snippets: every step lives here.
Windows (Inno Setup) and macOS (.app) use ``freeze`` too; see
``packaging/windows/`` and ``packaging/macos/``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
UI_LANGUAGES = ("de", "fr", "es")  # besides English, the source language
ICONS = ROOT / "resources" / "icons"
APP_ICON_SVG = ICONS / "humanize-desktop.svg"
APP_ICON_DIR = ICONS / "app"
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # 256 is the largest a .ico entry can say
# .icns entry types holding PNG data, by pixel size (the @2x types reuse a size).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64),
              ("ic07", 128), ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512))

#: The reverse-DNS id shared by the desktop entry, AppStream, icons and Qt's desktop file name.
DESKTOP_ID = "io.github.humanize_desktop.HumanizeDesktop"
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO_FILE = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME_FILE = LINUX / f"{DESKTOP_ID}.mime.xml"

SPEC = ROOT / "packaging" / "humanize-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
FROZEN_NAME = "humanize-desktop"  # folder and program name of the one-folder build


def fail(message: str) -> None:
    sys.exit(f"build.py: {message}")


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv), else on PATH, else inside the PySide6 package.

    The last covers an environment that reaches PySide6 through another one
    (a ``.pth`` file): its wrapper scripts are not there, the Qt programs are.
    """
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        program = name.removeprefix("pyside6-") + (".exe" if sys.platform == "win32" else "")
        for folder in (Path(spec.origin).parent, Path(spec.origin).parent / "Qt" / "libexec"):
            if (folder / program).is_file():
                return str(folder / program)
    fail(f"{name} not found; install PySide6 in this environment")
    return ""  # not reached: fail() exits


# --------------------------------------------------------------------------- translations


def compile_translations(out_dir: Path = TRANSLATIONS, *, only_stale: bool = True) -> list[Path]:
    """Compile every ``resources/translations/*.ts`` to a ``.qm`` in ``out_dir``; returns those built.

    ``only_stale``: skip a ``.qm`` newer than its source. Fails (SystemExit)
    when ``pyside6-lrelease`` is missing: an install without compiled
    translations would silently show English.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        if only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def translations(args: argparse.Namespace) -> int:
    for qm in compile_translations():
        if not args.quiet:
            print(f"built {qm.relative_to(ROOT)}")
    return 0


#: Prints the core's message templates and the context the window translates them under,
#: after importing every core module and the settings (each registers its own templates). A separate
#: process, so neither this script's imports nor a test session's own templates mix in.
_TEMPLATES_SCRIPT = """
import importlib, json, pkgutil, sys
import humanize_desktop.core as core
importlib.import_module("humanize_desktop.config")  # the settings' notices, shown by the window
for module in pkgutil.walk_packages(core.__path__, "humanize_desktop.core."):
    importlib.import_module(module.name)
from humanize_desktop.core.checks.aitells import register_all_reasons
register_all_reasons()  # the lexicons' reasons are registered on first use otherwise
from humanize_desktop.core.rewriting.styles import load_styles
load_styles()  # so are the built-in styles' names and descriptions
from humanize_desktop.core.messages import TEMPLATES
from humanize_desktop.gui.i18n import MESSAGE_CONTEXT
json.dump({"context": MESSAGE_CONTEXT, "templates": TEMPLATES}, sys.stdout)
"""


def message_templates() -> tuple[str, dict[str, str]]:
    """The translation context and id -> English template of every message the core registers."""
    done = subprocess.run([sys.executable, "-c", _TEMPLATES_SCRIPT], check=True, capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    data = json.loads(done.stdout)
    return data["context"], data["templates"]


def write_message_source(folder: Path) -> Path:
    """A Python file for lupdate: each core message template under the window's message context."""
    context, templates = message_templates()
    lines = ['"""Generated by packaging/build.py lupdate: the core\'s message templates."""',
             "from PySide6.QtCore import QCoreApplication", ""]
    for mid, template in sorted(templates.items()):
        lines.append(f"QCoreApplication.translate({context!r}, {template!r})  # {mid}")
    path = folder / "core_messages.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bundled_data() -> list[tuple[Path, str]]:
    """(file, folder relative to the data root) of every data file an installed app needs.

    ``resources/`` (less the ``.ts`` sources, the compiled ``.qm`` files, which
    each build compiles itself with ``compile_translations``, and the README
    screenshots) and the model catalog with its README. The frozen build puts
    them beside the program, the wheel inside the package; ``humanize_desktop.paths``
    finds them in either place.
    """
    out = []
    for path in sorted((ROOT / "resources").rglob("*")):
        rel = path.relative_to(ROOT)
        if (path.is_file() and not {"__pycache__", "screenshots"} & set(rel.parts)
                and path.suffix not in (".ts", ".qm")):
            out.append((path, rel.parent.as_posix()))
    out += [(ROOT / "models" / name, "models") for name in ("catalog.toml", "README.md")]
    return out


def lupdate(args: argparse.Namespace) -> int:
    """Refresh (or create) humanize_<lang>.ts for every UI language from the code's tr() strings
    and the core's message templates."""
    code = sorted(str(p) for p in (ROOT / "humanize_desktop").rglob("*.py") if "__pycache__" not in p.parts)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        code.append(str(write_message_source(Path(tmp))))
        for lang in UI_LANGUAGES:
            ts = TRANSLATIONS / f"humanize_{lang}.ts"
            # -locations none: line numbers would make every unrelated edit a .ts diff.
            # -no-obsolete: strings the code no longer has are dropped, not kept as clutter.
            cmd = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", lang,
                   *code, "-ts", str(ts)]
            done = subprocess.run(cmd, check=True, capture_output=True, text=True)
            if not args.quiet:
                print(done.stdout.strip() or f"updated {ts.relative_to(ROOT)}")
    return 0


# --------------------------------------------------------------------------- icons


def _qt_gui():
    """A QGuiApplication for rendering; offscreen, so no display is needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_svg(svg: Path, size: int) -> bytes:
    """PNG bytes of ``svg`` drawn at ``size`` × ``size`` pixels with QSvgRenderer."""
    _qt_gui()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        fail(f"{svg} is not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def make_ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def make_icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries: 'icns', total length, then (type, length, data)."""
    body = b""
    for kind, size in ICNS_TYPES:
        blob = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def icon_files() -> dict[str, Path]:
    """Every rendered app icon file, by a short name ("16" ... "512", "ico", "icns")."""
    files = {str(s): APP_ICON_DIR / f"humanize-desktop-{s}.png" for s in APP_ICON_SIZES}
    files["ico"] = APP_ICON_DIR / "humanize-desktop.ico"
    files["icns"] = APP_ICON_DIR / "humanize-desktop.icns"
    return files


def icons(args: argparse.Namespace) -> int:
    APP_ICON_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_svg(APP_ICON_SVG, size) for size in APP_ICON_SIZES}
    files = icon_files()
    for size, data in pngs.items():
        files[str(size)].write_bytes(data)
    files["ico"].write_bytes(make_ico({s: pngs[s] for s in ICO_SIZES}))
    files["icns"].write_bytes(make_icns(pngs))
    if not args.quiet:
        for path in files.values():
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


# --------------------------------------------------------------------------- desktop files


def validate_files(desktop: Path, metainfo: Path, mime: Path) -> list[str]:
    """Problems with the desktop integration files (empty when all is well).

    Runs the official validators (desktop-file-validate, appstreamcli) and
    checks that the files agree with each other on the app id.
    """
    problems: list[str] = []
    for tool, cmd in (("desktop-file-validate", ["desktop-file-validate", str(desktop)]),
                      ("appstreamcli", ["appstreamcli", "validate", "--no-net", "--no-color", str(metainfo)])):
        if shutil.which(tool) is None:
            problems.append(f"{tool} is not installed (Debian: apt install "
                            f"{'desktop-file-utils' if tool.startswith('desktop') else 'appstream'})")
            continue
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            problems.append(f"{tool} rejects {desktop.name if tool.startswith('desktop') else metainfo.name}:\n"
                            f"{done.stdout}{done.stderr}".rstrip())
    entry = {}
    for line in desktop.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entry[key.strip()] = value.strip()
    if entry.get("Icon") != DESKTOP_ID:
        problems.append(f"{desktop.name}: Icon should be {DESKTOP_ID}")
    component = ET.parse(metainfo).getroot()
    if component.findtext("id") != DESKTOP_ID:
        problems.append(f"{metainfo.name}: <id> should be {DESKTOP_ID}")
    if component.findtext("launchable") != f"{DESKTOP_ID}.desktop":
        problems.append(f"{metainfo.name}: <launchable> should name {DESKTOP_ID}.desktop")
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime_types = {m.get("type") for m in ET.parse(mime).getroot().iter(f"{ns}mime-type")}
    declared = set(filter(None, entry.get("MimeType", "").split(";")))
    if not mime_types <= declared:
        problems.append(f"{desktop.name}: MimeType lacks {sorted(mime_types - declared)} from {mime.name}")
    return problems


def validate(args: argparse.Namespace) -> int:
    problems = validate_files(DESKTOP_FILE, METAINFO_FILE, MIME_FILE)
    for path in icon_files().values():
        if not path.is_file():
            problems.append(f"{path.relative_to(ROOT)} is missing; run build.py icons")
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print("desktop entry, AppStream metadata, MIME type and icons are valid")
    return 1 if problems else 0


def install_desktop_files(prefix: Path, exec_command: str | None = None) -> list[Path]:
    """Copy the desktop integration into ``prefix/share``; returns the files written.

    ``exec_command`` replaces the program in ``Exec=``/``TryExec=`` (e.g. the
    absolute path of a frozen build); by default ``humanize-desktop`` on PATH.
    """
    share = prefix / "share"
    written: list[Path] = []

    def put(target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)

    desktop = DESKTOP_FILE.read_text(encoding="utf-8")
    if exec_command:
        desktop = desktop.replace("Exec=humanize-desktop ", f"Exec={exec_command} ")
        desktop = desktop.replace("TryExec=humanize-desktop\n", f"TryExec={exec_command}\n")
    put(share / "applications" / f"{DESKTOP_ID}.desktop", desktop.encode("utf-8"))
    put(share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml", METAINFO_FILE.read_bytes())
    put(share / "mime" / "packages" / f"{DESKTOP_ID}.xml", MIME_FILE.read_bytes())
    for size in APP_ICON_SIZES:
        png = icon_files()[str(size)]
        put(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png", png.read_bytes())
    put(share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg", APP_ICON_SVG.read_bytes())
    return written


def desktop(args: argparse.Namespace) -> int:
    prefix = Path(args.prefix).expanduser().resolve()
    written = install_desktop_files(prefix, args.exec)
    share = prefix / "share"
    problems = validate_files(share / "applications" / f"{DESKTOP_ID}.desktop",
                              share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
                              share / "mime" / "packages" / f"{DESKTOP_ID}.xml")
    if shutil.which("appstreamcli"):
        # The whole tree: the metainfo's launchable and icon must be found where installed.
        done = subprocess.run(["appstreamcli", "validate-tree", "--no-net", "--no-color", str(prefix)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            problems.append(f"appstreamcli validate-tree rejects {prefix}:\n{done.stdout}{done.stderr}".rstrip())
    for p in problems:
        print(p, file=sys.stderr)
    if args.update_caches:
        # The caches make menus, file associations and icons appear at once.
        for cmd in (["update-desktop-database", "-q", str(share / "applications")],
                    ["update-mime-database", str(share / "mime")],
                    ["gtk-update-icon-cache", "-q", "-t", "-f", str(share / "icons" / "hicolor")]):
            if shutil.which(cmd[0]):
                subprocess.run(cmd, check=False)
    if not args.quiet:
        print(f"installed {len(written)} files under {share}")
    return 1 if problems else 0


# --------------------------------------------------------------------------- freeze


def frozen_program(dist: Path = DIST) -> Path:
    """The frozen app's executable (Windows: the console one, for the smoke test)."""
    folder = dist / FROZEN_NAME
    if sys.platform == "win32":
        return folder / f"{FROZEN_NAME}-cli.exe"
    return folder / FROZEN_NAME


def _folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def freeze(args: argparse.Namespace) -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        fail("PyInstaller is not installed here: pip install -e '.[packaging]'")
    translations(argparse.Namespace(quiet=True))
    missing = [p for p in icon_files().values() if not p.is_file()]
    if missing:
        icons(argparse.Namespace(quiet=True))
    started = time.monotonic()
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", args.log_level,
           "--distpath", str(dist), "--workpath", str(work)]
    if args.clean:
        cmd.append("--clean")
    subprocess.run([*cmd, str(SPEC)], check=True, cwd=ROOT)
    folder = dist / FROZEN_NAME
    size, count = _folder_size(folder)
    print(f"froze {folder}: {count:,} files, {size / 1e6:,.0f} MB in {time.monotonic() - started:.0f} s")
    return 0


# --------------------------------------------------------------------------- smoke test


SMOKE_DRAFT = (
    "# Notes for the team\n\n"
    "In today's fast-paced world, it is important to note that our meeting moved to "
    "Tuesday 14 May at 10:30. Furthermore, the budget of 12,500 euros stays the same.\n"
)


class _Xvfb:
    """A private X server on a free display number, stopped on exit."""

    def __init__(self, size: str = "1280x800x24") -> None:
        if shutil.which("Xvfb") is None:
            fail("Xvfb is not installed (Debian: apt install xvfb)")
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size,
                                      "-nolisten", "tcp"], pass_fds=(write,),
                                     stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            fail("Xvfb did not start")
        self.display = f":{number}"

    def __enter__(self) -> _Xvfb:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def _check(ok: bool, what: str, detail: str = "") -> None:
    print(("PASS " if ok else "FAIL ") + what)
    if not ok:
        if detail:
            print(detail.rstrip()[-3000:])
        sys.exit(1)


_GRAB_SCREEN = """import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


def _grab_screen(png: Path, env: dict[str, str]) -> None:
    """Save the X display named in ``env`` as a PNG, with Qt (no ImageMagick needed)."""
    subprocess.run([sys.executable, "-c", _GRAB_SCREEN, str(png)], check=True, timeout=60,
                   env=dict(env, QT_QPA_PLATFORM="xcb"))


def _screenshot_has_content(png: Path) -> int:
    """How many distinct colours the screenshot has (a blank screen has one)."""
    _qt_gui()
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def smoke(args: argparse.Namespace) -> int:
    program = Path(args.program).resolve() if args.program else frozen_program()
    if not program.exists():
        fail(f"{program} does not exist; run build.py freeze first")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="humanize-smoke-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMANIZE_", "PYTHON", "QT_"))}
    env.update(HUMANIZE_CONFIG_DIR=str(work / "config"), HUMANIZE_DATA_DIR=str(work / "data"),
               HUMANIZE_STATE_DIR=str(work / "state"), HUMANIZE_CACHE_DIR=str(work / "cache"),
               HF_HUB_OFFLINE="1", no_proxy="*")
    draft = work / "draft.md"
    draft.write_text(SMOKE_DRAFT, encoding="utf-8")
    try:
        run = lambda *a, t=120: subprocess.run([str(program), *a], capture_output=True, text=True,  # noqa: E731
                                                env=env, timeout=t)
        done = run("--version")
        _check(done.returncode == 0 and done.stdout.strip().endswith(_version()),
               f"--version prints {done.stdout.strip()!r}", done.stderr)
        done = run("models", "--json")
        _check(done.returncode == 0 and "SmolLM2" in done.stdout,
               "models --json lists the bundled SmolLM2 model inside the bundle", done.stdout + done.stderr)
        done = run("check", str(draft), "--json")
        _check(done.returncode in (0, 1) and '"findings"' in done.stdout,
               "check runs the writing checks", done.stdout + done.stderr)
        started = time.monotonic()
        done = run("humanize", str(draft), "--seed", "1", "--no-cache", t=300)
        _check(done.returncode == 0 and len(done.stdout.strip()) > 20,
               f"humanize runs llama.cpp in a child process ({time.monotonic() - started:.0f} s)",
               done.stdout + done.stderr)
        with _Xvfb() as x:
            genv = dict(env, DISPLAY=x.display, QT_QPA_PLATFORM="xcb")
            log = open(work / "gui.log", "w")
            app = subprocess.Popen([str(program), str(draft)], env=genv, stdout=log, stderr=subprocess.STDOUT)
            try:
                window = ""
                deadline = time.monotonic() + args.timeout
                while time.monotonic() < deadline and app.poll() is None and not window:
                    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Humanize Desktop"],
                                           capture_output=True, text=True, env=genv)
                    window = found.stdout.split()[0] if found.stdout.split() else ""
                    time.sleep(0.5)
                _check(bool(window), "the editor window appears",
                       (work / "gui.log").read_text(errors="replace"))
                time.sleep(args.settle)  # let the first checks and highlights paint
                _check(app.poll() is None, "the app is still running after it settled",
                       (work / "gui.log").read_text(errors="replace"))
                if shutil.which("xprop"):
                    wm_class = subprocess.run(["xprop", "-id", window, "WM_CLASS"], capture_output=True,
                                              text=True, env=genv).stdout.strip()
                    print(f"     {wm_class}")
                shot = out / "frozen-app.png"
                _grab_screen(shot, genv)
                colours = _screenshot_has_content(shot)
                _check(colours > 20, f"screenshot {shot} shows the window ({colours} colours)")
            finally:
                app.terminate()
                try:
                    app.wait(15)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
                log.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("smoke test passed")
    return 0


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from humanize_desktop import __version__

    return __version__


# --------------------------------------------------------------------------- AppImage


APPRUN = """#!/bin/sh
# Start Humanize Desktop from inside the AppImage.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/humanize-desktop/humanize-desktop" "$@"
"""


def appimage(args: argparse.Namespace) -> int:
    frozen = DIST / FROZEN_NAME
    if not frozen_program().exists():
        fail(f"{frozen} does not exist; run build.py freeze first")
    appdir = DIST / "AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(frozen, appdir / "usr" / "lib" / FROZEN_NAME, symlinks=True)
    install_desktop_files(appdir / "usr")
    # appimagetool reads the desktop entry, the icon and AppRun from the AppDir's top.
    shutil.copy2(DESKTOP_FILE, appdir / DESKTOP_FILE.name)
    shutil.copy2(icon_files()["256"], appdir / f"{DESKTOP_ID}.png")
    (appdir / ".DirIcon").symlink_to(f"{DESKTOP_ID}.png")
    bin_dir = appdir / "usr" / "bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    (bin_dir / FROZEN_NAME).symlink_to(f"../lib/{FROZEN_NAME}/{FROZEN_NAME}")
    apprun = appdir / "AppRun"
    apprun.write_text(APPRUN, encoding="utf-8")
    apprun.chmod(0o755)
    print(f"AppDir ready: {appdir.relative_to(ROOT)}")
    tool = shutil.which("appimagetool")
    if tool is None:
        print("appimagetool is not installed; to make the AppImage run:\n"
              f"    ARCH=x86_64 appimagetool {appdir} {DIST / 'Humanize_Desktop-x86_64.AppImage'}")
        return 0
    target = DIST / f"Humanize_Desktop-{os.uname().machine}.AppImage"
    subprocess.run([tool, str(appdir), str(target)], check=True, env=dict(os.environ, ARCH=os.uname().machine))
    print(f"built {target.relative_to(ROOT)}")
    return 0


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("translations", help="compile .ts translations to .qm")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=translations)
    p = sub.add_parser("lupdate", help="refresh .ts sources from the code")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=lupdate)
    p = sub.add_parser("icons", help="render the app icon to PNG sizes, .ico and .icns")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=icons)
    p = sub.add_parser("validate", help="validate the desktop entry, AppStream and MIME files")
    p.set_defaults(func=validate)
    p = sub.add_parser("desktop", help="install desktop integration files under a prefix")
    p.add_argument("--prefix", default="~/.local", help="install under PREFIX/share (default: ~/.local)")
    p.add_argument("--exec", metavar="PROGRAM", help="program for Exec= (default: humanize-desktop on PATH)")
    p.add_argument("--update-caches", action="store_true", help="refresh menu, MIME and icon caches")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=desktop)
    p = sub.add_parser("freeze", help="PyInstaller one-folder build into dist/")
    p.add_argument("--clean", action="store_true", help="start from an empty PyInstaller cache")
    p.add_argument("--log-level", default="WARN", help="PyInstaller's log level (default: WARN)")
    p.add_argument("--dist", default=str(DIST), help="where the one-folder build goes (default: dist/)")
    p.add_argument("--work", default=str(WORK / "pyinstaller"),
                   help="PyInstaller's cache, which makes later builds faster (default: build/pyinstaller/)")
    p.set_defaults(func=freeze)
    p = sub.add_parser("smoke", help="run the frozen app headless and take a screenshot")
    p.add_argument("--program", help="the frozen executable (default: dist/humanize-desktop/...)")
    p.add_argument("--out", default=str(ROOT / "screenshots"), help="where the screenshot goes")
    p.add_argument("--timeout", type=float, default=90, help="seconds to wait for the window")
    p.add_argument("--settle", type=float, default=4, help="seconds to let the window paint")
    p.set_defaults(func=smoke)
    p = sub.add_parser("appimage", help="AppDir (and AppImage) from the frozen build")
    p.set_defaults(func=appimage)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
