"""`pyrite fuzz` as a whole: the campaign loop, its summary, the SQLite history and --report."""

import sqlite3

from pyrite.fuzz import campaign
from pyrite.fuzz.history import Campaign, Failure, History
from pyrite.fuzz.oracle import Result


def test_a_small_campaign_is_recorded(tmp_path, capsys):
    db = tmp_path / "fuzz.sqlite"
    status = campaign.main(["--count", "3", "--seed", "5", "--jobs", "1", "--native", "none", "--db", str(db)])
    out = capsys.readouterr().out
    assert status == 0
    assert "programs run: 3" in out and "unique failures: 0" in out and "features covered:" in out
    rows = sqlite3.connect(db).execute("SELECT mode, seed, count, unique_failures, stages FROM campaigns").fetchall()
    assert rows == [("programs", 5, 3, 0, "cpython, interp-O0/O1/O2, interp-O2-bisect every 10")]


def test_failures_are_deduplicated_by_signature(tmp_path, capsys, monkeypatch):
    def fake_check(text, filename, native, build, observe):  # forked workers inherit the patch
        seed = int(filename.removeprefix("seed-").removesuffix(".py"))
        return Result(True) if seed % 2 else Result(False, "native-O2 stdout int", f"line 1 of {seed}")

    monkeypatch.setattr(campaign, "check_program", fake_check)
    db, keep = tmp_path / "fuzz.sqlite", tmp_path / "kept"
    status = campaign.main(["--count", "4", "--jobs", "2", "--native", "none", "--db", str(db), "--keep", str(keep)])
    assert status == 1
    assert "unique failures: 1" in capsys.readouterr().out
    assert sorted(p.name for p in keep.iterdir()) == ["seed-0.py", "seed-2.py"]
    rows = sqlite3.connect(db).execute("SELECT signature, seed, count, seeds, program FROM failures").fetchall()
    assert len(rows) == 1
    signature, seed, count, seeds, program = rows[0]
    assert (signature, count, seeds) == ("native-O2 stdout int", 2, "[0, 2]")
    assert program == campaign.generate(seed)

    assert campaign.main(["--report", "--db", str(db)]) == 0
    report = capsys.readouterr().out
    assert "native-O2 stdout int" in report and "fuzz campaigns" in report


def test_history_counts_campaigns_per_signature(tmp_path):
    db = History.open(tmp_path / "h.sqlite")
    for _ in range(2):
        cid = db.add_campaign(Campaign("2026-01-01T00:00:00", "programs", 0, 10, 2.0, 2, "cpython", {"while": 3}, 1,
                                       "0.1.0", "abc"))
        db.add_failure(cid, Failure("interp-O2 stderr Error", 7, 1, [7], "detail", "while", "print(1)\n"))
    assert [c["rate"] for c in db.campaigns()] == [5.0, 5.0]
    assert [f["seen"] for f in db.failures()] == [2, 2]


def test_unknown_feature_is_a_usage_error(capsys):
    try:
        campaign.main(["--features", "int_arith,gotos"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "unknown features: gotos" in capsys.readouterr().err


def test_an_unusable_database_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert campaign.main(["--report", "--db", str(blocker / "fuzz.sqlite")]) == 2
    assert "cannot open the fuzz history database" in capsys.readouterr().err


def test_kill_stops_a_campaign_and_it_is_still_recorded(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "fuzz.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "pyrite.fuzz", "--time", "600", "--jobs", "1", "--native", "none",
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    time.sleep(6)
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=120)
    assert "programs run:" in out
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM campaigns").fetchone() == (1,)
