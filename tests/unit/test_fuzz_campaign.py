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


def _campaign_rows(db):
    return sqlite3.connect(db).execute(
        "SELECT id, seed, count, next_seed, options, resumes, stages, features FROM campaigns ORDER BY id").fetchall()


def test_a_resumed_campaign_goes_on_from_its_next_seed_with_its_options(tmp_path, capsys, monkeypatch):
    import json

    monkeypatch.setattr(campaign, "pyrite_version", lambda: ("0.1.0", "abc123"))
    db = str(tmp_path / "fuzz.sqlite")
    common = ["--native", "none", "--jobs", "1", "--db", db]
    assert campaign.main(["--count", "3", "--seed", "5", "--features", "int_arith,while", "--observe-every", "0",
                          *common]) == 0
    assert campaign.main(["--resume", "--count", "2", *common[2:]]) == 0
    out = capsys.readouterr().out
    first, second = _campaign_rows(db)
    assert first[:4] == (1, 5, 3, 8) and second[:4] == (2, 8, 2, 10)
    assert json.loads(second[4]) == json.loads(first[4]) == {
        "features": ["int_arith", "while"], "native": "none", "build_every": 50, "observe_every": 0}
    assert second[5] == 1 and second[6] == first[6] == "cpython, interp-O0/O1/O2"
    assert set(json.loads(second[7])) <= {"int_arith", "while"}  # the programs drew only the campaign's features
    assert "campaign 1 and its resumptions (2): 5 programs, seeds 5 to 9" in out

    assert campaign.main(["--resume", "2", "--count", "1", *common[2:]]) == 0  # a series of three, by its last
    assert campaign.main(["--report", "--db", db]) == 0
    assert "campaign 1 and its resumptions (2, 3): 6 programs, seeds 5 to 10" in capsys.readouterr().out


def test_only_the_same_compiler_resumes_a_campaign(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "fuzz.sqlite")
    monkeypatch.setattr(campaign, "pyrite_version", lambda: ("0.1.0", "abc123"))
    assert campaign.main(["--count", "1", "--native", "none", "--jobs", "1", "--db", db]) == 0
    monkeypatch.setattr(campaign, "pyrite_version", lambda: ("0.1.0", "def456"))
    assert campaign.main(["--resume", "1", "--count", "1", "--db", db]) == 2
    assert "campaign 1 ran Pyrite 0.1.0 at abc123, this is 0.1.0 at def456" in capsys.readouterr().err
    monkeypatch.setattr(campaign, "pyrite_version", lambda: ("0.1.0", "def456-dirty"))
    assert campaign.main(["--count", "1", "--native", "none", "--jobs", "1", "--db", db]) == 0
    assert campaign.main(["--resume", "--count", "1", "--db", db]) == 2
    assert "campaign 2 ran an uncommitted tree (def456-dirty)" in capsys.readouterr().err
    assert len(_campaign_rows(db)) == 2  # a refused resumption records nothing


def test_a_campaign_is_resumed_once_and_from_its_own_options(tmp_path, capsys, monkeypatch):
    import pytest

    monkeypatch.setattr(campaign, "pyrite_version", lambda: ("0.1.0", "abc123"))
    db = str(tmp_path / "fuzz.sqlite")
    assert campaign.main(["--count", "1", "--native", "none", "--jobs", "1", "--db", db]) == 0
    assert campaign.main(["--resume", "--count", "1", "--db", db]) == 0
    assert campaign.main(["--resume", "1", "--count", "1", "--db", db]) == 2  # its seeds would be run twice
    assert "campaign 1 was resumed already, by campaign 2: resume that one" in capsys.readouterr().err
    assert campaign.main(["--resume", "7", "--count", "1", "--db", db]) == 2
    assert "no campaign 7 in the fuzz history" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit:
        campaign.main(["--resume", "--seed", "3", "--count", "1", "--db", db])
    assert exit.value.code == 2 and "drop --seed" in capsys.readouterr().err


def test_a_database_from_before_resumption_is_upgraded_and_its_campaigns_refused(tmp_path, capsys):
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE campaigns (id INTEGER PRIMARY KEY, started TEXT NOT NULL, mode TEXT NOT NULL,"
                 " seed INTEGER NOT NULL, count INTEGER NOT NULL, seconds REAL NOT NULL, rate REAL NOT NULL,"
                 " jobs INTEGER NOT NULL, stages TEXT NOT NULL, version TEXT NOT NULL, git_commit TEXT NOT NULL,"
                 " features TEXT NOT NULL, unique_failures INTEGER NOT NULL)")
    conn.execute("INSERT INTO campaigns VALUES (1, '2026-11-24T00:00:00', 'programs', 0, 5, 1.0, 5.0, 1, 'cpython',"
                 " '0.1.0', 'abc123', '{}', 0)")
    conn.commit()
    conn.close()
    assert campaign.main(["--resume", "--count", "1", "--db", str(db)]) == 2
    assert "campaign 1 cannot be resumed: only campaigns of generated programs recorded since" in \
        capsys.readouterr().err
    assert campaign.main(["--report", "--db", str(db)]) == 0
    assert _campaign_rows(db)[0][3:6] == (None, None, None)
