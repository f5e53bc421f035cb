"""Generated programs that end with a deliberate compile error (feature "rejected") and their oracle."""

import random
import re

from pyrite.diagnostics import CompileError
from pyrite.fuzz import rejection
from pyrite.fuzz.gen import FEATURES, generate
from pyrite.fuzz.gen.features import RARE
from pyrite.fuzz.gen.rejections import REJECT_MARK
from pyrite.fuzz.oracle import check_program, compile_text

VALID = "def f(x: int) -> int:\n    return x + 1\n\nprint(f(2))\n"


def _rejected_programs(count: int) -> list[str]:
    programs = []
    for seed in range(count):
        features = set(random.Random(seed).sample(FEATURES, 12)) | {"rejected"}
        programs.append(generate(seed, features))
    return programs


def test_each_program_is_rejected_at_its_marked_line_and_for_many_reasons():
    messages = set()
    for text in _rejected_programs(80):
        line = rejection.marked_line(text)
        assert line is not None and text.count(REJECT_MARK) == 1 and REJECT_MARK in text.splitlines()[line - 1]
        assert check_program(text, "p.py", native=()).ok, text
        try:
            compile_text(text, "p.py")
        except CompileError as err:
            messages.add(re.sub(r"'[^']*'", "_", err.diagnostics[0].message))
    assert len(messages) >= 25  # assignments, operands, methods, calls, names, builtins, indices, unsupported Python


def test_the_feature_is_rare():
    # drawn from its own random source: the programs without it are unchanged (test_fuzz.py's pinned digests)
    drawn = sum("rejected" in generate(seed).splitlines()[0] for seed in range(1000))
    assert 10 <= drawn <= 80 and RARE["rejected"] < 0.1


def test_a_program_pyrite_accepts_is_a_failure():
    text = VALID.replace("print(f(2))", f"print(f(2))  {REJECT_MARK}")
    result = check_program(text, "p.py", native=())
    assert not result.ok and result.signature == "accepted: print(f(N))" and "line 4" in result.detail


def test_a_diagnostic_on_another_line_is_a_failure():
    text = VALID.replace("return x + 1", 'return x + "1"') + f"print(f(3))  {REJECT_MARK}\n"
    result = check_program(text, "p.py", native=())
    assert not result.ok and result.signature.startswith("rejected elsewhere: ")
    assert "expected line 5" in result.detail and "p.py:2:" in result.detail


def test_a_rejection_at_the_line_passes_and_a_compiler_exception_does_not(monkeypatch):
    text = VALID + f'print(f("2"))  {REJECT_MARK}\n'
    assert check_program(text, "p.py", native=()).ok

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr("pyrite.fuzz.oracle.compile_text", broken)
    result = check_program(text, "p.py", native=())
    assert not result.ok and result.signature == "rejection ice: KeyError at test_fuzz_rejections.py:broken"


def test_plus_adds_a_feature_to_the_random_draw(tmp_path, capsys):
    from pyrite.fuzz import campaign

    def header(text: str) -> set[str]:
        return set(text.splitlines()[0].split(":", 1)[1].split())

    for seed in range(5):
        assert header(generate(seed, {"+rejected"})) == header(generate(seed)) | {"rejected"}
    db = str(tmp_path / "fuzz.sqlite")
    assert campaign.main(["--features", "+rejected", "--count", "6", "--native", "none", "--jobs", "1",
                          "--db", db]) == 0
    assert "rejected 6" in capsys.readouterr().out  # every program drew it, beside its random features
