"""The benchmark harness end to end: the suite's layout, measurement, output checks, a real run."""

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pyrite.bench.measure import build_launcher, run_measured
from pyrite.bench.peers import c_compiler, parse_pass_times
from pyrite.bench.suite import find_suite, load_suite, sized_source
from pyrite.passes.manager import _report_times

ROOT = Path(__file__).resolve().parents[2]
needs_cc = pytest.mark.skipif(c_compiler() is None, reason="needs gcc or cc")


def bench(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyrite", "bench", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def test_every_program_has_twins_with_the_same_sizes():
    programs = load_suite(find_suite())
    assert len(programs) >= 12
    for program in programs:
        c_default = re.search(r"#define N (\d+)", program.c_twin.read_text())
        assert c_default and int(c_default.group(1)) == program.standard, program.name
        assert program.quick < program.standard, program.name
        if program.numba_twin:
            assert f"\nN = {program.standard}\n" in program.numba_twin.read_text(), program.name
        assert f"\nN = {program.quick}\n" in sized_source(program.source, program.quick)


def test_pass_times_are_read_from_the_time_passes_report():
    out = io.StringIO()
    _report_times({"mem2reg": 0.0125, "dce": 0.002}, out)
    assert parse_pass_times(out.getvalue()) == {"mem2reg": 0.0125, "dce": 0.002}


@needs_cc
def test_peak_memory_is_the_programs_own(tmp_path):
    launcher = build_launcher(c_compiler(), tmp_path)
    source = tmp_path / "eat.c"
    source.write_text('#include <stdlib.h>\n#include <string.h>\nint main(int c, char **v) {\n'
                      '  size_t n = (size_t)atoi(v[1]) << 20; char *p = malloc(n); memset(p, 1, n);\n'
                      '  return p[n - 1] - 1; }\n')
    subprocess.run([c_compiler(), "-O0", str(source), "-o", str(tmp_path / "eat")], check=True)
    small = run_measured([str(tmp_path / "eat"), "1"], launcher=launcher)
    big = run_measured([str(tmp_path / "eat"), "64"], launcher=launcher)
    assert small.status == big.status == 0
    assert small.sample.rss_kb < 8 * 1024  # not the harness's 20+ MB
    assert 64 * 1024 <= big.sample.rss_kb < 80 * 1024


def test_a_run_past_its_timeout_is_killed():
    done = run_measured(["sleep", "30"], timeout=0.5)
    assert done.timed_out and done.sample.wall < 10


def write_suite(root: Path, programs: dict[str, tuple[str, str]]) -> Path:
    for folder in ("programs", "c"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name, (python, c) in programs.items():
        (root / "programs" / f"{name}.py").write_text(python)
        (root / "c" / f"{name}.c").write_text(c)
    return root


C_PRINT = '#include <stdio.h>\n#ifndef N\n#define N 3\n#endif\nint main(void) {{ printf("{fmt}\\n", {args}); return 0; }}\n'


@needs_cc
def test_output_mismatch_pending_and_rejection(tmp_path):
    suite = write_suite(tmp_path / "suite", {
        # C prints something else: a mismatch, and the run fails
        "differs": ("# bench: quick N=2\nN = 3\nprint(N * 2)\n", C_PRINT.format(fmt="%d", args="N * 2 + 1")),
        # uses eval (Pyrite compiles no eval), marked pending: Pyrite's rejection is not a failure
        "later": ("# bench: quick N=2\n# bench: pending (needs eval)\nN = 3\nprint(eval('N'))\n",
                  C_PRINT.format(fmt="%d", args="N")),
        # the same without the marker: a failure
        "unmarked": ("# bench: quick N=2\nN = 3\nprint(eval('N'))\n", C_PRINT.format(fmt="%d", args="N")),
    })
    done = bench("--suite", str(suite), "--quick", "--peers", "pyrite,c,cpython", "--repeat", "1",
                 "--db", str(tmp_path / "db.sqlite"), "--json", "-")
    assert done.returncode == 1, done.stderr
    run = {p["name"]: p["peers"] for p in json.loads(done.stdout)["programs"]}
    assert run["differs"]["c"]["status"] == "mismatch"
    assert "CPython printed '4', this peer '5'" in run["differs"]["c"]["detail"]
    assert run["differs"]["pyrite"]["status"] == "ok" and len(run["differs"]["pyrite"]["samples"]) == 1
    assert run["later"]["pyrite"]["status"] == "pending" and run["later"]["c"]["status"] == "ok"
    assert run["unmarked"]["pyrite"]["status"] == "rejected"
    assert "FAILED differs under C (gcc -O2): mismatch" in done.stderr
    assert "FAILED later" not in done.stderr


def test_unknown_program_or_suite_is_a_usage_error(tmp_path):
    assert bench("--only", "no_such_program", "--db", str(tmp_path / "db")).returncode == 2
    done = bench("--suite", str(tmp_path), "--db", str(tmp_path / "db"))
    assert done.returncode == 2 and "no benchmark suite" in done.stderr


@needs_cc
def test_quick_fib_smoke_run(tmp_path):
    """A real run of one program: builds, checks, times, stores, prints the tables."""
    db = tmp_path / "db.sqlite"
    done = bench("--quick", "--only", "fib", "--peers", "pyrite,c,cpython", "--db", str(db), "--json", "-")
    assert done.returncode == 0, done.stderr
    (fib,) = json.loads(done.stdout)["programs"]
    assert fib["size"] == 24 and fib["build"]["binary_bytes"] > 0 and fib["build"]["compile_s"]
    for peer in ("pyrite", "c", "cpython"):
        assert fib["peers"][peer]["status"] == "ok" and len(fib["peers"][peer]["samples"]) == 3
    assert fib["peers"]["pyrite"]["samples"][0]["rss_kb"] < 16 * 1024
    assert "Pyrite/C" in done.stderr and "geometric mean" in done.stderr
    listed = bench("--list", "--db", str(db))
    assert listed.returncode == 0 and "quick" in listed.stdout


@pytest.mark.skipif(shutil.which("pypy3") is None, reason="needs pypy3")
def test_runner_script_works_under_pypy(tmp_path):
    """pyrun.py times CPython, PyPy and Numba programs; PyPy is 3.9 here, so it must stay 3.9 syntax."""
    program = tmp_path / "p.py"
    program.write_text("print(sum(range(10)))\n")
    from pyrite.bench.peers import PYRUN

    times = tmp_path / "times"
    done = subprocess.run(["pypy3", PYRUN, str(times), "", str(program)], capture_output=True, text=True)
    assert done.stdout == "45\n" and len(times.read_text().split()) == 2


@needs_cc
@pytest.mark.skipif(shutil.which("valgrind") is None and shutil.which("perf") is None, reason="needs perf or valgrind")
def test_instruction_counts_are_deterministic_and_grow_with_work(tmp_path):
    from pyrite.bench.counts import count_instructions

    source = tmp_path / "loop.c"
    source.write_text('#include <stdio.h>\n#include <stdlib.h>\nint main(int c, char **v) {\n'
                      '  long n = atol(v[1]); volatile long s = 0; for (long i = 0; i < n; i++) s += i;\n'
                      '  printf("%ld\\n", s); return 0; }\n')
    subprocess.run([c_compiler(), "-O1", str(source), "-o", str(tmp_path / "loop")], check=True)
    small = count_instructions([str(tmp_path / "loop"), "1000"])
    assert small is not None and small == count_instructions([str(tmp_path / "loop"), "1000"])
    big = count_instructions([str(tmp_path / "loop"), "101000"])
    assert 100000 * 3 < big - small < 100000 * 12  # a few instructions per iteration


@needs_cc
def test_compare_with_a_git_ref_measures_that_commits_compiler(tmp_path):
    """No stored run for HEAD: its src/ is unpacked with git archive and measured as the baseline."""
    from pyrite.bench import history

    db = tmp_path / "db.sqlite"
    done = bench("--quick", "--only", "fib", "--peers", "pyrite,c,cpython", "--db", str(db),
                 "--compare", "HEAD", "--threshold", "10", "--compile-threshold", "10", "--size-threshold", "10")
    assert done.returncode == 0, done.stderr
    assert "building that commit's compiler" in done.stderr
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    stored = history.runs(db)
    assert len(stored) == 2 and stored[1][2] == head and not stored[1][3]
    baseline = history.load(db, stored[1][0])
    assert baseline.program("fib").peers["pyrite"].status == "ok"
    assert f"compared with run {stored[1][0]}" in done.stdout
