"""The fuzzer's other modes: frontend robustness (`pyrite fuzz --frontend`) and coverage."""

import sqlite3
import time

from pyrite.fuzz import campaign, frontend_fuzz
from pyrite.fuzz.coverage import run_coverage
from pyrite.fuzz.mutate import ast_mutant, load_corpus, make_input


def test_inputs_are_reproducible_from_their_seed():
    corpus = load_corpus(extra_programs=3)
    assert [make_input(s, corpus) for s in range(20)] == [make_input(s, corpus) for s in range(20)]
    assert {make_input(s, corpus)[0] for s in range(200)} >= {"mutant", "ast-mutant", "bytes", "splice"}


def test_syntax_tree_mutants_still_parse():
    import ast
    import random

    corpus = load_corpus(extra_programs=3)
    rng = random.Random(3)
    for _ in range(30):
        mutant = ast_mutant(rng, rng.choice(corpus), corpus)
        if mutant is not None:
            ast.parse(mutant)


def test_diagnostics_and_success_are_allowed(tmp_path):
    path = str(tmp_path / "input.py")
    assert frontend_fuzz.compile_input(b"print(1 + 2)\n", path) is None
    assert frontend_fuzz.compile_input(b"x: int = 'no'\nprint(x)\n", path) is None
    assert frontend_fuzz.compile_input(b"\xff\xfe\x00garbage", path) is None


def test_any_other_exception_is_a_failure(tmp_path, monkeypatch):
    import importlib

    def crash(*args):
        raise KeyError("boom")

    monkeypatch.setattr(importlib.import_module("pyrite.frontend.check"), "check_tree", crash)
    signature, detail = frontend_fuzz.compile_input(b"print(1)\n", str(tmp_path / "input.py"))
    assert signature == "KeyError at check.py:check" and "boom" in detail  # the innermost Pyrite function


def test_a_compile_that_does_not_finish_is_a_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(frontend_fuzz, "TIMEOUT", 0.2)
    monkeypatch.setattr(frontend_fuzz, "_compile", lambda path: time.sleep(5))
    signature, _ = frontend_fuzz.compile_input(b"print(1)\n", str(tmp_path / "input.py"))
    assert signature == "timeout"


def test_frontend_campaign_is_recorded(tmp_path, capsys):
    db = tmp_path / "fuzz.sqlite"
    assert campaign.main(["--frontend", "--count", "8", "--jobs", "1", "--db", str(db)]) == 0
    assert "inputs run: 8" in capsys.readouterr().out
    rows = sqlite3.connect(db).execute("SELECT mode, count, unique_failures FROM campaigns").fetchall()
    assert rows == [("frontend", 8, 0)]


def test_coverage_of_a_few_programs(capsys):
    assert run_coverage(count=2, seed=0, jobs=1) == 0
    out = capsys.readouterr().out
    assert "2 generated programs" in out and "passes/" in out


def test_the_generated_corpus_holds_no_test_file():
    from pathlib import Path

    from pyrite.fuzz.gen import generate
    from pyrite.fuzz.mutate import GENERATED_CORPUS

    generated, everything = load_corpus("generated"), load_corpus("all")
    tests = Path(__file__).resolve().parents[1]
    hand_written = {p.read_text(encoding="utf-8") for p in (tests / "run").glob("*.py")}
    assert len(generated) == GENERATED_CORPUS and not hand_written & set(generated)
    assert hand_written <= set(everything)
    assert generated[:5] == [generate(seed) for seed in range(5)]


def test_a_frontend_campaign_on_generated_programs_says_so(tmp_path, capsys):
    db = tmp_path / "fuzz.sqlite"
    assert campaign.main(["--frontend", "--corpus", "generated", "--count", "3", "--jobs", "1", "--db", str(db)]) == 0
    (stages,), = sqlite3.connect(db).execute("SELECT stages FROM campaigns").fetchall()
    assert stages.endswith(", mutants of generated programs only")


def test_coverage_counts_the_frontend_inputs_it_made(capsys):
    assert run_coverage(count=1, seed=0, jobs=1, frontend_count=10, corpus="generated") == 0
    out = capsys.readouterr().out
    assert "14 frontend-fuzz inputs (no test file; 10 jobs)" in out and "both: 15 inputs" in out
