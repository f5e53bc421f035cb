"""The benchmark history database and the regression gate over stored runs."""

import json
import subprocess
from pathlib import Path

from bench_synthetic import make_run

from pyrite.bench import history
from pyrite.bench.command import main
from pyrite.bench.compare import Thresholds, compare
from pyrite.bench.results import RunResult

ROOT = Path(__file__).resolve().parents[2]


def test_round_trip(tmp_path):
    db = tmp_path / "bench.sqlite"
    run = make_run(1)
    run_id = history.save(db, run)
    loaded = history.load(db, run_id)
    assert loaded is not None and loaded.id == run_id
    assert loaded.to_json() == run.to_json()
    assert RunResult.from_json(json.loads(json.dumps(run.to_json()))).to_json() == run.to_json()  # --json's form
    second = history.save(db, make_run(2, quick=True))
    assert [r[0] for r in history.runs(db)] == [run_id, second]
    assert history.load(db, 999) is None


def test_latest_for_commit_picks_the_newest_clean_run_of_that_size(tmp_path):
    db = tmp_path / "bench.sqlite"
    first = history.save(db, make_run(1, commit="a" * 40))
    newest = history.save(db, make_run(2, commit="a" * 40))
    history.save(db, make_run(3, commit="a" * 40, quick=True))
    assert history.latest_for_commit(db, "a" * 40, quick=False) == newest != first
    assert history.latest_for_commit(db, "b" * 40, quick=False) is None


def test_slower_program_is_a_regression():
    findings = compare(make_run(1), make_run(2, slower={"mandelbrot": 1.15}))
    slower = [f for f in findings if f.regression]
    assert [(f.program, f.what) for f in slower] == [("mandelbrot", "time")]
    assert slower[0].p < 0.001 and slower[0].new / slower[0].old > 1.1


def test_noise_and_small_shifts_are_not_regressions():
    assert not [f for f in compare(make_run(1), make_run(2)) if f.regression]
    # significant but under the 5% threshold
    assert not [f for f in compare(make_run(1), make_run(2, slower={"fib": 1.03})) if f.regression]
    assert [f.program for f in compare(make_run(1), make_run(2, slower={"fib": 1.03}),
                                       limits=Thresholds(time=0.01)) if f.regression] == ["fib"]


def test_compile_time_size_and_lost_programs():
    findings = compare(make_run(1), make_run(2, compile_factor=1.3, binary_bytes=20000, lost="nbody"))
    kinds = {(f.program, f.what.split(" (")[0]) for f in findings if f.regression}
    assert ("fib", "compile time") in kinds and ("fib", "binary size") in kinds
    assert ("nbody", "failed") in kinds


def gate(tmp_path, base, new, *extra):
    db = tmp_path / "bench.sqlite"
    base_id, new_id = history.save(db, base), history.save(db, new)
    return main(["--db", str(db), "--compare", str(base_id), "--run", str(new_id), *extra])


def test_gate_exit_status_names_the_program(tmp_path, capsys):
    assert gate(tmp_path, make_run(1), make_run(2, slower={"nbody": 1.2})) == 1
    out = capsys.readouterr().out
    assert "REGRESSION nbody: time" in out and "+2" in out  # about +20%
    assert gate(tmp_path, make_run(3), make_run(4)) == 0
    assert "0 regression(s)" in capsys.readouterr().out


def test_gate_resolves_a_git_ref_to_its_stored_run(tmp_path, capsys):
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    db = tmp_path / "bench.sqlite"
    base_id = history.save(db, make_run(1, commit=head.stdout.strip()))
    new_id = history.save(db, make_run(2, slower={"fib": 1.3}))
    assert main(["--db", str(db), "--compare", "HEAD", "--run", str(new_id)]) == 1
    out = capsys.readouterr().out
    assert f"compared with run {base_id}" in out and "REGRESSION fib" in out


def test_gate_usage_errors(tmp_path, capsys):
    db = tmp_path / "bench.sqlite"
    history.save(db, make_run(1))
    assert main(["--db", str(db), "--compare", "1", "--run", "7"]) == 2
    assert main(["--db", str(db), "--compare", "no-such-ref-xyz", "--run", "1"]) == 2
    assert main(["--db", str(db), "--run", "1"]) == 2
    err = capsys.readouterr().err
    assert "no run 7" in err and "neither a stored run id nor a git ref" in err


def test_bad_database_or_output_path_is_a_message_not_a_traceback(tmp_path, capsys):
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("hello " * 100)
    assert main(["--db", str(not_sqlite), "--list"]) == 2
    db = tmp_path / "bench.sqlite"
    history.save(db, make_run(1))
    assert main(["--db", str(db), "--dashboard", str(tmp_path / "missing" / "dir" / "out.html")]) == 2
    assert main(["--db", str(tmp_path / "empty.sqlite"), "--dashboard", str(tmp_path / "out.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("pyrite bench: error:") == 3 and "Traceback" not in err
