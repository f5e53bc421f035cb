"""What `pyrite fuzz` shows: the progress bar, the end-of-campaign summary, the history.

All of it goes through rich; the progress bar is drawn on stderr only when stderr
is a terminal, and the summary and history are plain tables on stdout.
"""

from __future__ import annotations

import json
from collections import Counter

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from .history import History


def stdout_console() -> Console:
    """The console for summaries and tables: as wide as the terminal, or 200 columns in a pipe or file."""
    console = Console()
    return console if console.is_terminal else Console(width=200)


def progress_bar(console: Console, total: float | None, by_time: bool) -> Progress:
    """A bar over programs (`--count`) or over seconds (`--time`); the text column shows the rest."""
    amount = TextColumn("{task.fields[programs]} programs") if by_time else MofNCompleteColumn()
    return Progress(
        TextColumn("[bold]fuzz"), BarColumn(), amount,
        TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("[red]{task.fields[failures]} failing"),
        TimeElapsedColumn(), TimeRemainingColumn(),
        console=console, transient=False, auto_refresh=True, refresh_per_second=4,
    )


class Tally:
    """Running totals of a campaign: programs, features drawn, failures by signature."""

    def __init__(self) -> None:
        self.done = 0
        self.last_seed: int | None = None  # the highest seed run (workers finish out of order)
        self.features: Counter[str] = Counter()
        self.seeds: dict[str, list[int]] = {}
        self.details: dict[str, str] = {}
        self.first_features: dict[str, str] = {}

    def add(self, seed: int, ok: bool, signature: str, detail: str, features: str) -> bool:
        """Count one result; True if it is a new failure signature."""
        self.done += 1
        self.last_seed = seed if self.last_seed is None else max(self.last_seed, seed)
        self.features.update(features.split())
        if ok:
            return False
        new = signature not in self.seeds
        self.seeds.setdefault(signature, []).append(seed)
        self.details.setdefault(signature, detail)
        self.first_features.setdefault(signature, features)
        return new

    def by_frequency(self) -> list[tuple[str, list[int]]]:
        return sorted(self.seeds.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def print_summary(console: Console, tally: Tally, elapsed: float, what: str = "programs") -> None:
    rate = tally.done / elapsed if elapsed > 0 else 0.0
    console.print(f"{what} run: {tally.done} in {elapsed:.1f} s ({rate:.2f} {what}/s)")
    console.print(f"unique failures: {len(tally.seeds)}")
    if tally.seeds:
        table = Table("count", "signature", "seeds", "first difference", show_lines=True)
        for signature, seeds in tally.by_frequency():
            shown = ", ".join(map(str, sorted(seeds)[:8])) + (" …" if len(seeds) > 8 else "")
            table.add_row(str(len(seeds)), signature, shown, tally.details[signature][:300])
        console.print(table)
    if tally.features:
        console.print("features covered: " + ", ".join(f"{name} {n}" for name, n in sorted(tally.features.items())))


def print_history(console: Console, db: History, limit: int = 30) -> None:
    campaigns = Table("id", "started", "mode", "seeds", "count", "seconds", "per s", "jobs", "stages",
                      "version", "commit", "features", "unique failures", "resumes", title="fuzz campaigns")
    for c in db.campaigns(limit):
        features = len(json.loads(c["features"]))
        campaigns.add_row(str(c["id"]), c["started"][:19], c["mode"], f"{c['seed']}…", str(c["count"]),
                          f"{c['seconds']:.0f}", f"{c['rate']:.2f}", str(c["jobs"]), c["stages"],
                          c["version"], c["git_commit"], str(features), str(c["unique_failures"]),
                          str(c["resumes"] or ""))
    console.print(campaigns)
    for first in db.resumed():
        console.print(series_line(db, db.series(first["id"])))
    failures = Table("campaign", "signature", "seed", "count", "campaigns seen", "commit", "kept at",
                     "first difference", title="unique failures", show_lines=True)
    for f in db.failures(limit):
        failures.add_row(str(f["campaign"]), f["signature"], str(f["seed"]), str(f["count"]), str(f["seen"]),
                         f["git_commit"], f["path"] or "-", f["detail"][:200])
    console.print(failures)


def series_line(db: History, rows: list) -> str:
    """One campaign run in several parts (`--resume`), added up."""
    first, last = rows[0], rows[-1]
    programs, seconds = sum(r["count"] for r in rows), sum(r["seconds"] for r in rows)
    ids = [r["id"] for r in rows]
    return (f"campaign {first['id']} and its resumptions ({', '.join(map(str, ids[1:]))}): {programs:,} programs, "
            f"seeds {first['seed']} to {last['next_seed'] - 1}, {seconds / 3600:.1f} hours, Pyrite {first['version']}"
            f" at {first['git_commit']}, {db.unique_signatures(ids)} unique failures")
