"""Campaign history in SQLite: one row per campaign, one per unique failure in it.

    db = History.open(path)                  # default: default_path()
    cid = db.add_campaign(Campaign(...))
    db.add_failure(cid, Failure(...))
    for row in db.campaigns(): ...

The default database is in the user's cache (`$XDG_CACHE_HOME/pyrite/fuzz.sqlite`,
else `~/.cache/pyrite/fuzz.sqlite`); `pyrite fuzz --db PATH` chooses another.
Each row records the Pyrite version and git commit it ran, so a failure can be
traced to the compiler that had it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,          -- ISO 8601, UTC
    mode TEXT NOT NULL,             -- "programs" or "frontend"
    seed INTEGER NOT NULL,          -- first seed
    count INTEGER NOT NULL,         -- programs (or inputs) run
    seconds REAL NOT NULL,
    rate REAL NOT NULL,             -- per second
    jobs INTEGER NOT NULL,
    stages TEXT NOT NULL,           -- what each program was checked with
    version TEXT NOT NULL,
    git_commit TEXT NOT NULL,
    features TEXT NOT NULL,         -- JSON: feature -> programs that drew it
    unique_failures INTEGER NOT NULL,
    next_seed INTEGER,              -- where `--resume` goes on (one past the last seed run)
    options TEXT,                   -- JSON: what decides the programs and their checks, for `--resume`
    resumes INTEGER REFERENCES campaigns(id)  -- the campaign this one continues, or NULL
);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    campaign INTEGER NOT NULL REFERENCES campaigns(id),
    signature TEXT NOT NULL,        -- stage and first difference, for deduplication
    seed INTEGER NOT NULL,          -- the first seed that showed it
    count INTEGER NOT NULL,         -- how many programs of the campaign showed it
    seeds TEXT NOT NULL,            -- JSON: up to 20 of those seeds
    detail TEXT NOT NULL,
    features TEXT NOT NULL,         -- the first program's features, space-separated
    program TEXT NOT NULL,          -- the first program's text
    path TEXT NOT NULL,             -- where it was written with --keep, or ""
    found TEXT NOT NULL,
    version TEXT NOT NULL,
    git_commit TEXT NOT NULL
);
"""


@dataclass
class Campaign:
    started: str
    mode: str
    seed: int
    count: int
    seconds: float
    jobs: int
    stages: str
    features: dict[str, int] = field(default_factory=dict)
    unique_failures: int = 0
    version: str = ""
    git_commit: str = ""
    next_seed: int | None = None
    options: dict | None = None
    resumes: int | None = None

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds > 0 else 0.0


@dataclass
class Failure:
    signature: str
    seed: int
    count: int
    seeds: list[int]
    detail: str
    features: str
    program: str
    path: str = ""


def default_path() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "pyrite" / "fuzz.sqlite"


def pyrite_version() -> tuple[str, str]:
    """(package version, git commit of the source tree or "")."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("pyrite")
    except PackageNotFoundError:
        ver = "unknown"
    here = Path(__file__).resolve().parent
    try:
        proc = subprocess.run(["git", "describe", "--always", "--dirty", "--abbrev=12"], cwd=here,
                              capture_output=True, text=True, timeout=10)
        commit = proc.stdout.strip() if proc.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return ver, commit


def _add_new_columns(conn: sqlite3.Connection) -> None:
    """A database written before a column was added gets it (NULL in the old rows)."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(campaigns)")}
    for name, kind in (("next_seed", "INTEGER"), ("options", "TEXT"), ("resumes", "INTEGER")):
        if name not in have:
            conn.execute(f"ALTER TABLE campaigns ADD COLUMN {name} {kind}")
    conn.commit()


class HistoryError(Exception):
    """The database cannot be opened or written (the message says which and why)."""


class History:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> "History":
        path = Path(path) if path is not None else default_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path)
            conn.row_factory = sqlite3.Row
            conn.executescript(SCHEMA)
            _add_new_columns(conn)
        except (OSError, sqlite3.Error) as err:
            raise HistoryError(f"cannot open the fuzz history database {path}: {err}") from None
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    def add_campaign(self, c: Campaign) -> int:
        row = asdict(c)
        row["features"] = json.dumps(c.features, sort_keys=True)
        row["rate"] = c.rate
        row["options"] = json.dumps(c.options, sort_keys=True) if c.options is not None else None
        cur = self.conn.execute(
            "INSERT INTO campaigns (started, mode, seed, count, seconds, rate, jobs, stages, version, git_commit,"
            " features, unique_failures, next_seed, options, resumes) VALUES (:started, :mode, :seed, :count,"
            " :seconds, :rate, :jobs, :stages, :version, :git_commit, :features, :unique_failures, :next_seed,"
            " :options, :resumes)", row)
        self.conn.commit()
        return cur.lastrowid

    def add_failure(self, campaign: int, f: Failure) -> None:
        c = self.conn.execute("SELECT started, version, git_commit FROM campaigns WHERE id = ?", (campaign,)).fetchone()
        self.conn.execute(
            "INSERT INTO failures (campaign, signature, seed, count, seeds, detail, features, program, path, found,"
            " version, git_commit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (campaign, f.signature, f.seed, f.count, json.dumps(f.seeds[:20]), f.detail, f.features, f.program,
             f.path, c["started"], c["version"], c["git_commit"]))
        self.conn.commit()

    def campaigns(self, limit: int = 50) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM campaigns ORDER BY id DESC LIMIT ?", (limit,)).fetchall()

    def campaign(self, cid: int | None) -> sqlite3.Row:
        """Campaign `cid`, or with None the latest campaign of generated programs."""
        row = self.conn.execute("SELECT * FROM campaigns WHERE id = ?" if cid is not None else
                                "SELECT * FROM campaigns WHERE mode = 'programs' ORDER BY id DESC LIMIT 1",
                                (cid,) if cid is not None else ()).fetchone()
        if row is None:
            raise HistoryError(f"no campaign {cid} in the fuzz history" if cid is not None else
                               "no campaign of generated programs in the fuzz history to resume")
        return row

    def resumed_by(self, cid: int) -> int | None:
        row = self.conn.execute("SELECT id FROM campaigns WHERE resumes = ?", (cid,)).fetchone()
        return row["id"] if row is not None else None

    def series(self, cid: int) -> list[sqlite3.Row]:
        """Campaign `cid` and the campaigns resumed from it, one after another (first to last)."""
        rows = [self.campaign(cid)]
        while rows[0]["resumes"] is not None:
            rows.insert(0, self.campaign(rows[0]["resumes"]))
        while (after := self.resumed_by(rows[-1]["id"])) is not None:
            rows.append(self.campaign(after))
        return rows

    def resumed(self) -> list[sqlite3.Row]:
        """The campaigns that were resumed and resume none themselves: the first of each series."""
        return self.conn.execute(
            "SELECT * FROM campaigns c WHERE c.resumes IS NULL AND EXISTS"
            " (SELECT 1 FROM campaigns d WHERE d.resumes = c.id) ORDER BY c.id DESC").fetchall()

    def unique_signatures(self, campaigns: list[int]) -> int:
        marks = ", ".join("?" * len(campaigns))
        return self.conn.execute(f"SELECT COUNT(DISTINCT signature) FROM failures WHERE campaign IN ({marks})",
                                 campaigns).fetchone()[0]

    def failures(self, limit: int = 100) -> list[sqlite3.Row]:
        """Unique failures, newest first, with how many campaigns have seen each signature."""
        return self.conn.execute(
            "SELECT f.*, (SELECT COUNT(DISTINCT g.campaign) FROM failures g WHERE g.signature = f.signature) AS seen"
            " FROM failures f ORDER BY f.id DESC LIMIT ?", (limit,)).fetchall()
