"""Every benchmark run, kept in an SQLite database for comparisons and the dashboard.

Default place: $XDG_CACHE_HOME/pyrite/bench.sqlite (~/.cache/pyrite/bench.sqlite);
`--db PATH` chooses another. One row per run (commit, date, machine, size,
settings), one per program and peer (status, instruction count, binary size),
one per timed sample, one per Pyrite build (compile times and time per pass).
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from .measure import Sample
from .results import Build, PeerResult, ProgramResult, RunResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, date TEXT, git_commit TEXT, dirty INTEGER, machine TEXT,
    quick INTEGER, settings TEXT);
CREATE TABLE IF NOT EXISTS results (
    run_id INTEGER REFERENCES runs(id), program TEXT, size INTEGER, pending TEXT, peer TEXT,
    status TEXT, detail TEXT, instructions INTEGER, binary_bytes INTEGER,
    PRIMARY KEY (run_id, program, peer));
CREATE TABLE IF NOT EXISTS samples (
    run_id INTEGER, program TEXT, peer TEXT, wall REAL, cpu REAL, rss_kb INTEGER,
    run_wall REAL, run_cpu REAL);
CREATE TABLE IF NOT EXISTS builds (
    run_id INTEGER, program TEXT, compile_s TEXT, passes TEXT, binary_bytes INTEGER,
    PRIMARY KEY (run_id, program));
"""


def default_path() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "pyrite" / "bench.sqlite"


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    return db


def save(path: Path, run: RunResult) -> int:
    """Store `run`; returns (and sets) its id."""
    with closing(connect(path)) as db, db:
        cursor = db.execute(
            "INSERT INTO runs (date, git_commit, dirty, machine, quick, settings) VALUES (?, ?, ?, ?, ?, ?)",
            (run.date, run.commit, int(run.dirty), run.machine, int(run.quick), json.dumps(run.settings)))
        run.id = cursor.lastrowid
        for program in run.programs:
            _save_program(db, run.id, program)
    return run.id


def _save_program(db: sqlite3.Connection, run_id: int, program: ProgramResult) -> None:
    for peer, result in program.peers.items():
        db.execute("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (run_id, program.name, program.size, program.pending, peer, result.status,
                    result.detail, result.instructions, result.binary_bytes))
        db.executemany("INSERT INTO samples VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [(run_id, program.name, peer, s.wall, s.cpu, s.rss_kb, s.run_wall, s.run_cpu)
                        for s in result.samples])
    if program.build is not None:
        b = program.build
        db.execute("INSERT INTO builds VALUES (?, ?, ?, ?, ?)",
                   (run_id, program.name, json.dumps(b.compile_s), json.dumps(b.passes), b.binary_bytes))


def load(path: Path, run_id: int) -> RunResult | None:
    if not path.exists():
        return None
    with closing(connect(path)) as db:
        row = db.execute("SELECT id, date, git_commit, dirty, machine, quick, settings FROM runs WHERE id = ?",
                         (run_id,)).fetchone()
        if row is None:
            return None
        return RunResult(id=row[0], date=row[1], commit=row[2], dirty=bool(row[3]), machine=row[4],
                         quick=bool(row[5]), settings=json.loads(row[6]), programs=_load_programs(db, run_id))


def _load_programs(db: sqlite3.Connection, run_id: int) -> list[ProgramResult]:
    programs: dict[str, ProgramResult] = {}
    rows = db.execute("SELECT program, size, pending, peer, status, detail, instructions, binary_bytes "
                      "FROM results WHERE run_id = ? ORDER BY rowid", (run_id,))
    for name, size, pending, peer, status, detail, instructions, binary_bytes in rows:
        program = programs.setdefault(name, ProgramResult(name, size, pending, {}))
        program.peers[peer] = PeerResult(status, detail, [], instructions, binary_bytes)
    samples = db.execute("SELECT program, peer, wall, cpu, rss_kb, run_wall, run_cpu FROM samples "
                         "WHERE run_id = ? ORDER BY rowid", (run_id,))
    for name, peer, *values in samples:
        programs[name].peers[peer].samples.append(Sample(*values))
    builds = db.execute("SELECT program, compile_s, passes, binary_bytes FROM builds WHERE run_id = ?", (run_id,))
    for name, compile_s, passes, binary_bytes in builds:
        programs[name].build = Build(json.loads(compile_s), json.loads(passes), binary_bytes)
    return list(programs.values())


def runs(path: Path) -> list[tuple[int, str, str, bool, str, bool]]:
    """(id, date, commit, dirty, machine, quick) of every stored run, oldest first."""
    if not path.exists():
        return []
    with closing(connect(path)) as db:
        return [(r[0], r[1], r[2], bool(r[3]), r[4], bool(r[5])) for r in
                db.execute("SELECT id, date, git_commit, dirty, machine, quick FROM runs ORDER BY id")]


def latest_for_commit(path: Path, commit: str, quick: bool) -> int | None:
    """The newest clean run of `commit` at the given size, if any."""
    matches = [r[0] for r in runs(path) if r[2] == commit and not r[3] and r[5] == quick]
    return matches[-1] if matches else None
