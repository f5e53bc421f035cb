"""Differential tests: every tests/run/NAME.py against CPython.

Each program in tests/run/ is a complete program. It is run under CPython
(``sys.executable``, the oracle) and under Pyrite in four modes: ``pyrite run``
(JIT) and ``pyrite build`` (native executable, then run) at -O0 and -O2.
Three things must match: stdout, the last line of stderr, and the exit status.
No expected output is written by hand anywhere.

The one documented deviation: Pyrite's ``int`` is 64-bit and raises
``OverflowError`` where CPython would produce a bigger int. A program whose
first line is ``# pyrite: overflow`` is checked differently:

* CPython must exit 0 (the program is expected to print a big number);
* Pyrite's stdout must be a prefix of CPython's (what was printed before the
  overflow), its last stderr line must start with ``OverflowError`` and it must
  exit with status 1.

``# pyrite: deviation KIND`` marks another documented deviation (README's table) the
same way, with ``KIND`` (e.g. ``ValueError``) in place of ``OverflowError``.

If ``tests/run/NAME.args`` exists, its whitespace-separated words are passed as
program arguments to both CPython and Pyrite.

Programs are given by their path relative to the repository root and both
interpreters run with the repository root as working directory, so that
tracebacks name the same file.

Every program also runs on each target of ``pyrite.driver.targets`` (at -O2):
built in this process with the driver's own ``build_module`` (the same code as
``pyrite build --target``; the CLI path itself is tested in test_targets.py),
then run under qemu-user, directly (x86_64-linux, a static musl executable), or
with wasmtime. Builds go to one directory shared by the xdist workers, so each
program is built once per target. wasm32-web runs the wasm32-wasi modules in
headless Chromium through the page's own loader, all programs in one page per
worker. A target whose runner is missing is skipped with the package to
install, except under CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pyrite.driver.targets import TARGETS, runner_command, runner_missing

ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = ROOT / "tests" / "run"
PROGRAMS = sorted(RUN_DIR.glob("*.py"))

MODES = [("run", "-O0"), ("run", "-O2"), ("build", "-O0"), ("build", "-O2")]

# Cross targets run at -O2 only: -O0 doubles the cost and the host modes already
# compare -O0 with -O2 for every program.
CROSS_LEVEL = 2
CROSS_TARGETS = [name for name, t in TARGETS.items() if t.output != "web"]

TIMEOUT = 60  # seconds, for every subprocess (compile, build, run)
OVERFLOW_MARKER = "# pyrite: overflow"
DEVIATION_MARKER = "# pyrite: deviation"
DIFF_LINES = 60  # how many lines of a stdout diff to show
STDERR_CHARS = 4000  # how much of Pyrite's stderr to show on a failure


@dataclasses.dataclass(frozen=True)
class Outcome:
    stdout: str
    stderr: str
    status: int

    @property
    def last_stderr_line(self) -> str:
        lines = self.stderr.rstrip().splitlines()
        return lines[-1].rstrip() if lines else ""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Make `python -m pyrite` work from a checkout even without `pip install -e`.
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # Both sides write UTF-8 whatever the locale of the machine running the tests.
    env["PYTHONIOENCODING"] = "utf-8"
    # Pyrite's programs check that every object was freed at a normal exit (ADR 0006):
    # a leak makes them exit with status 70, which no CPython run matches.
    env["PYRITE_LEAKCHECK"] = "1"
    # Each `python -m pyrite` imports about 90 modules; compiling them from source every
    # time (when the caller's environment forbids writing .pyc files) costs 0.25 s a run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONWARNINGS", None)
    return env


def _run(cmd: list[str], what: str) -> Outcome:
    try:
        proc = subprocess.run(
            cmd,
            cwd=ROOT,
            env=_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} timed out after {TIMEOUT} s: {' '.join(cmd)}", pytrace=False)
    return Outcome(
        stdout=proc.stdout.decode("utf-8", errors="replace"),
        stderr=proc.stderr.decode("utf-8", errors="replace"),
        status=proc.returncode,
    )


def _rel(program: Path) -> str:
    return program.relative_to(ROOT).as_posix()


def _args(program: Path) -> list[str]:
    args_file = program.with_suffix(".args")
    return args_file.read_text().split() if args_file.exists() else []


def _is_overflow_program(program: Path) -> bool:
    return _deviation(program) is not None


def _deviation(program: Path) -> str | None:
    """The exception Pyrite raises where CPython goes on (a marked program), else None."""
    with program.open(encoding="utf-8") as f:
        first = f.readline().strip()
    if first == OVERFLOW_MARKER:
        return "OverflowError"
    if first.startswith(DEVIATION_MARKER):
        return first.removeprefix(DEVIATION_MARKER).strip()
    return None


@functools.cache
def cpython(program: Path) -> Outcome:
    """The oracle's outcome for `program` (cached: the four modes share it)."""
    return _run([sys.executable, _rel(program), *_args(program)], "CPython")


def _pyrite(program: Path, command: str, opt: str, tmp_path: Path) -> Outcome:
    pyrite = [sys.executable, "-m", "pyrite"]
    if command == "run":
        return _run([*pyrite, "run", opt, _rel(program), *_args(program)], f"pyrite run {opt}")
    exe = tmp_path / program.stem
    built = _run([*pyrite, "build", opt, _rel(program), "-o", str(exe)], f"pyrite build {opt}")
    if built.status != 0:
        pytest.fail(
            f"pyrite build {opt} {_rel(program)} failed with status {built.status}:\n"
            f"{_tail(built.stderr)}",
            pytrace=False,
        )
    if not exe.exists():
        pytest.fail(f"pyrite build {opt} exited 0 but wrote no {exe}", pytrace=False)
    return _run([str(exe), *_args(program)], f"executable built with {opt}")


def _tail(text: str) -> str:
    if len(text) <= STDERR_CHARS:
        return text
    return "[...]\n" + text[-STDERR_CHARS:]


def _stdout_diff(expected: str, actual: str) -> str:
    diff = list(
        difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            fromfile="CPython stdout",
            tofile="Pyrite stdout",
            lineterm="",
        )
    )
    if not diff and expected != actual:
        # Same lines, different line endings or final newline.
        return f"(stdouts differ only in whitespace at line ends)\n  CPython: {expected[-80:]!r}\n  Pyrite:  {actual[-80:]!r}"
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f"[... {len(diff) - DIFF_LINES} more diff lines]"]
    return "\n".join(diff)


def _report(program: Path, mode: str, expected: Outcome, actual: Outcome, problems: list[str]) -> str:
    parts = [f"{_rel(program)} [{mode}]: " + "; ".join(problems)]
    if expected.stdout != actual.stdout:
        parts.append(_stdout_diff(expected.stdout, actual.stdout))
    parts.append(f"last stderr line:\n  CPython: {expected.last_stderr_line!r}\n  Pyrite:  {actual.last_stderr_line!r}")
    parts.append(f"exit status:\n  CPython: {expected.status}\n  Pyrite:  {actual.status}")
    if actual.stderr.strip() and (_status_hint(actual.status) or actual.last_stderr_line != expected.last_stderr_line):
        parts.append("Pyrite stderr:\n" + _tail(actual.stderr))
    return "\n".join(parts)


def _status_hint(status: int) -> str:
    """Pyrite's own exit statuses: 2 rejected input, 3 internal compiler error."""
    if status == 2:
        return "(status 2: Pyrite rejected the program?)"
    if status == 3:
        return "(status 3: internal compiler error?)"
    if status < 0:
        return f"(killed by signal {-status})"
    return ""


def _check_exact(program: Path, mode: str, expected: Outcome, actual: Outcome) -> None:
    problems = []
    if actual.stdout != expected.stdout:
        problems.append("stdout differs")
    if actual.last_stderr_line != expected.last_stderr_line:
        problems.append("last stderr line differs")
    if actual.status != expected.status:
        problems.append("exit status differs")
        hint = _status_hint(actual.status)
        if hint:
            problems.append(hint)
    if problems:
        pytest.fail(_report(program, mode, expected, actual, problems), pytrace=False)


def _check_overflow(program: Path, mode: str, expected: Outcome, actual: Outcome) -> None:
    problems = []
    if not expected.stdout.startswith(actual.stdout):
        problems.append("Pyrite stdout is not a prefix of CPython's")
    kind = _deviation(program)
    if not actual.last_stderr_line.startswith(kind):
        problems.append(f"last stderr line does not start with {kind}")
    if actual.status != 1:
        problems.append("exit status is not 1")
        hint = _status_hint(actual.status)
        if hint:
            problems.append(hint)
    if problems:
        pytest.fail(
            _report(program, mode, expected, actual, ["[overflow program] " + problems[0], *problems[1:]]),
            pytrace=False,
        )


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_oracle(program: Path) -> None:
    """The corpus itself is sane under CPython (independent of Pyrite)."""
    expected = cpython(program)
    assert expected.stdout, f"{_rel(program)} prints nothing under CPython"
    if _is_overflow_program(program):
        assert expected.status == 0, (
            f"{_rel(program)} is marked as a deviation so CPython must exit 0, "
            f"got {expected.status}: {expected.last_stderr_line}"
        )


@pytest.mark.parametrize("command,opt", MODES, ids=[f"{c}{o}" for c, o in MODES])
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_run(program: Path, command: str, opt: str, tmp_path: Path) -> None:
    expected = cpython(program)
    actual = _pyrite(program, command, opt, tmp_path)
    mode = f"{command} {opt}"
    if _is_overflow_program(program):
        _check_overflow(program, mode, expected, actual)
    else:
        _check_exact(program, mode, expected, actual)


# ---- other targets -------------------------------------------------------------


def _require_runner(target: str) -> None:
    missing = runner_missing(TARGETS[target])
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must be able to run {target} programs: {missing}", pytrace=False)
    pytest.skip(f"{target}: {missing}")


@functools.cache
def _optimized_ir(program: Path, level: int):
    """The program's optimised Pyrite IR (shared by every target of this worker)."""
    from pyrite.diagnostics import CompileError
    from pyrite.driver.compile import Options, python_to_optimized_ir

    try:
        return python_to_optimized_ir(_rel(program), Options(level=level))
    except CompileError as err:
        pytest.fail(f"Pyrite rejected {_rel(program)}: {err}", pytrace=False)


@pytest.fixture(scope="session")
def builds(tmp_path_factory) -> Path:
    """One directory for every xdist worker of this pytest run (their basetemps' parent)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    path = base / "cross-builds"
    path.mkdir(exist_ok=True)
    return path


def _cross_build(program: Path, target: str, builds: Path) -> Path:
    """Build `program` for `target` once (any worker may have done it already)."""
    from pyrite.driver.build import build_module

    t = TARGETS[target]
    out = builds / target / (program.stem + (".wasm" if t.is_wasm else ""))
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(f"{out.name}.{os.getpid()}.partial")
        cwd = os.getcwd()
        os.chdir(ROOT)  # the module records the path as given, like `pyrite build` from the root
        try:
            build_module(_optimized_ir(program, CROSS_LEVEL), str(partial), CROSS_LEVEL, t)
        finally:
            os.chdir(cwd)
        os.replace(partial, out)
    return out


def _run_cross(target: str, exe: Path, args: list[str], tmp_path: Path) -> Outcome:
    t = TARGETS[target]
    if t.output == "wasm":
        from pyrite.driver.runners import run_wasi

        out, err = tmp_path / "stdout", tmp_path / "stderr"
        status = run_wasi(str(exe), args, stdout=str(out), stderr=str(err), timeout=TIMEOUT)
        decode = lambda p: p.read_bytes().decode("utf-8", errors="replace")  # noqa: E731
        return Outcome(decode(out), decode(err), status)
    return _run([*runner_command(t), str(exe), *args], f"{target} executable")


def _check(program: Path, mode: str, expected: Outcome, actual: Outcome) -> None:
    if _is_overflow_program(program):
        _check_overflow(program, mode, expected, actual)
    else:
        _check_exact(program, mode, expected, actual)


@pytest.mark.parametrize("target", CROSS_TARGETS)
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_target(program: Path, target: str, tmp_path: Path, builds: Path) -> None:
    _require_runner(target)
    expected = cpython(program)
    exe = _cross_build(program, target, builds)
    _check(program, f"{target} -O{CROSS_LEVEL}", expected, _run_cross(target, exe, _args(program), tmp_path))


@pytest.fixture(scope="session")
def web_programs(request) -> tuple[Path, ...]:
    """The programs whose test_web this session runs: with -k, only those are built."""
    chosen = [item.callspec.params["program"] for item in request.session.items
              if getattr(item, "originalname", None) == "test_web"]
    return tuple(sorted(set(chosen)))


@functools.cache
def _web_results(builds: Path, programs: tuple[Path, ...]) -> dict:
    """Every chosen program's wasm32-wasi module run by the wasm32-web loader in one Chromium page."""
    import shutil
    import tempfile

    from pyrite.driver.web import run_pages

    site = Path(tempfile.mkdtemp(prefix="web-", dir=builds))
    pages = {}
    for program in programs:
        shutil.copyfile(_cross_build(program, "wasm32-wasi", builds), site / f"{program.stem}.wasm")
        pages[program.stem] = (f"{program.stem}.wasm", [_rel(program), *_args(program)])
    return run_pages(str(site), pages)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_web(program: Path, builds: Path, web_programs: tuple[Path, ...]) -> None:
    _require_runner("wasm32-web")
    result = _web_results(builds, web_programs)[program.stem]
    if result.status is None:
        pytest.fail(f"{_rel(program)} [wasm32-web]: the page did not run it: {result.error}", pytrace=False)
    _check(program, "wasm32-web", cpython(program), Outcome(result.stdout, result.stderr, result.status))
