"""wasm32-web: a page that runs a Pyrite program in the browser, and headless Chromium to run it.

    write_site("site/", "prog.py")      # site/index.html, site/pyrite-wasi.js (+ program.wasm)
    status = run_site("site/", [])       # pyrite run --target wasm32-web: Chromium, then our stdio
    results = run_pages("dir/", {"a": ("a.wasm", ["a.py"])})   # many programs, one browser

The module is the wasm32-wasi build; `web/pyrite-wasi.js` gives it the WASI calls
it makes (fd_write, args, proc_exit) and shows its output in a <pre>, stderr in
<span class="stderr">, the exit status in the <pre>'s data-exit-status. Pages
are served from 127.0.0.1 (a browser will not fetch wasm from file://), read
back with Chromium's --dump-dom, and parsed with html.parser.
"""

from __future__ import annotations

import contextlib
import functools
import html
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib import resources

from ..diagnostics import UsageError
from .targets import chromium_path

LOADER = "pyrite-wasi.js"
BATCH_PAGE = "pyrite-batch.html"
BROWSER_TIMEOUT = 300  # seconds for one Chromium run
VIRTUAL_TIME_BUDGET_MS = 60_000  # how long the page may keep timers and fetches going


@dataclass(frozen=True)
class PageResult:
    stdout: str
    stderr: str
    status: int | None  # None: the program did not finish (see error)
    error: str = ""


def write_site(directory: str, program_name: str) -> None:
    """Write index.html and the loader next to `directory`/program.wasm."""
    _copy_loader(directory)
    title = html.escape(program_name)
    argv0 = html.escape(_js_string(program_name), quote=False)
    page = _template("index.html").format(title=title, argv0=argv0)
    with open(os.path.join(directory, "index.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


def run_site(directory: str, args: list[str]) -> int:
    """Open `directory`/index.html in headless Chromium, copy what the program printed to
    this process's stdout and stderr, and return its exit status."""
    from urllib.parse import urlencode

    query = ("?" + urlencode([("arg", a) for a in args])) if args else ""
    results = _results(_dump(directory, "index.html" + query))
    result = results.get("output") or PageResult("", "", None, "the page showed no output")
    sys.stdout.write(result.stdout)
    sys.stdout.flush()
    sys.stderr.write(result.stderr)
    if result.status is None:
        sys.stderr.write(f"pyrite: the program did not finish in the browser: {result.error}\n")
        return 1
    return result.status


def run_pages(directory: str, programs: dict[str, tuple[str, list[str]]]) -> dict[str, PageResult]:
    """Run many wasm files of `directory` in one page, one <pre> each: {id: (wasm file, argv)}.

    Ids must be HTML ids (letters, digits, `_`, `-`). Missing results are PageResults
    with status None."""
    _copy_loader(directory)
    calls = "\n".join(
        f"    await PyriteWasi.runInto({_js_string(wasm)}, [{', '.join(map(_js_string, argv))}], "
        f"document.getElementById({_js_string(pid)}));"
        for pid, (wasm, argv) in programs.items())
    pres = "\n".join(f'<pre id="{html.escape(pid)}"></pre>' for pid in programs)
    page = (f'<!doctype html>\n<meta charset="utf-8">\n{pres}\n<script src="{LOADER}"></script>\n'
            f"<script>\n  (async () => {{\n{calls}\n  }})();\n</script>\n")
    with open(os.path.join(directory, BATCH_PAGE), "w", encoding="utf-8") as f:
        f.write(page)
    found = _results(_dump(directory, BATCH_PAGE))
    return {pid: found.get(pid, PageResult("", "", None, "no result on the page")) for pid in programs}


def _dump(directory: str, page: str) -> str:
    """The DOM of `page` after its scripts ran, as serialised by headless Chromium."""
    browser = chromium_path()
    if browser is None:
        raise UsageError("cannot run wasm32-web programs here: no chromium on PATH",
                         "install Debian's `chromium` package (apt-get install chromium)")
    with _serve(directory) as base, tempfile.TemporaryDirectory(prefix="pyrite-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                   "--no-first-run", "--disable-background-networking", "--disable-component-update",
                   "--disable-sync", "--disable-extensions", f"--user-data-dir={profile}",
                   f"--virtual-time-budget={VIRTUAL_TIME_BUDGET_MS}", "--dump-dom", base + page]
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=BROWSER_TIMEOUT,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise UsageError(f"Chromium did not finish within {BROWSER_TIMEOUT} s") from None
    if proc.returncode != 0 or not proc.stdout.strip():
        detail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        raise UsageError(f"Chromium failed (status {proc.returncode}): {detail[0]}")
    return proc.stdout


@contextlib.contextmanager
def _serve(directory: str):
    """Serve `directory` on 127.0.0.1 (a free port) while the with-block runs; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


class _PreParser(HTMLParser):
    """Collects every <pre id=...>: its text outside and inside <span class="stderr">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.results: dict[str, PageResult] = {}
        self._pre: tuple[str, dict] | None = None
        self._out: list[str] = []
        self._err: list[str] = []
        self._in_stderr = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "pre" and "id" in attrs:
            self._pre, self._out, self._err = (attrs["id"], attrs), [], []
        elif tag == "span" and self._pre is not None and attrs.get("class") == "stderr":
            self._in_stderr = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_stderr = False
        elif tag == "pre" and self._pre is not None:
            pid, attrs = self._pre
            status = attrs.get("data-exit-status")
            error = attrs.get("data-error") or ("" if status is not None else "the program did not finish")
            self.results[pid] = PageResult("".join(self._out), "".join(self._err),
                                           int(status) if status is not None else None, error)
            self._pre = None

    def handle_data(self, data):
        if self._pre is not None:
            (self._err if self._in_stderr else self._out).append(data)


def _results(dom: str) -> dict[str, PageResult]:
    parser = _PreParser()
    parser.feed(dom)
    parser.close()
    return parser.results


def _copy_loader(directory: str) -> None:
    source = resources.files(__package__).joinpath("web", LOADER)
    with resources.as_file(source) as path:
        shutil.copyfile(path, os.path.join(directory, LOADER))


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("web", name).read_text(encoding="utf-8")


def _js_string(text: str) -> str:
    """A JavaScript string literal for `text` (JSON's syntax is valid JavaScript)."""
    import json

    return json.dumps(text).replace("</", "<\\/")
