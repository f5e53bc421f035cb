"""Tables of a run: times and ratios pair by pair, then compile time, size, memory.

The ratios read "how many times": Pyrite/C is Pyrite's time over C's (the
distance to C, lower is better), CPython/Pyrite is the speed-up over CPython
(higher is better), Pyrite/PyPy and Pyrite/Numba are below 1 where Pyrite is
ahead. Geometric means are over the programs where both sides were measured.
"""

from __future__ import annotations

from .results import LABELS, PEERS, ProgramResult, RunResult
from .stats import geomean, median, spread

RATIOS = [("pyrite", "c"), ("cpython", "pyrite"), ("pyrite", "pypy"), ("pyrite", "numba")]


def ratio(program: ProgramResult, top: str, bottom: str, metric: str) -> float | None:
    a, b = program.peers.get(top), program.peers.get(bottom)
    if a is None or b is None or not a.samples or not b.samples:
        return None
    low = b.median(metric)
    return a.median(metric) / low if low else None


def geomeans(run: RunResult, metric: str) -> dict[tuple[str, str], float | None]:
    return {pair: geomean([r for p in run.programs if (r := ratio(p, *pair, metric)) is not None])
            for pair in RATIOS}


def startup(run: RunResult) -> dict[str, float]:
    """Per peer, the median CPU time spent before the program started (interpreter start-up)."""
    found = {}
    for peer in ("cpython", "pypy", "numba"):  # native programs have no start-up to leave out
        gaps = [s.cpu - s.run_cpu for p in run.programs if peer in p.peers for s in p.peers[peer].samples]
        if gaps:
            found[peer] = max(0.0, median(gaps))
    return found


def time_cell(program: ProgramResult, peer: str, metric: str) -> str:
    result = program.peers.get(peer)
    if result is None:
        return ""
    if result.status == "ok" and result.samples:
        values = [s.metric(metric) for s in result.samples]
        return f"{_seconds(median(values))} ±{100 * spread(values):.0f}%"
    return {"n/a": "—", "pending": "pending"}.get(result.status, result.status.upper())


def _seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _times(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}x" if value < 10 else f"{value:.1f}x"


def time_rows(run: RunResult, metric: str) -> tuple[list[str], list[list[str]]]:
    peers = [p for p in PEERS if any(p in prog.peers for prog in run.programs)]
    pairs = [(a, b) for a, b in RATIOS if a in peers and b in peers]
    head = ["program", "N"] + [LABELS[p] for p in peers] + [f"{LABELS[a].split()[0]}/{LABELS[b].split()[0]}"
                                                           for a, b in pairs]
    rows = [[p.name, str(p.size)] + [time_cell(p, peer, metric) for peer in peers]
            + [_times(ratio(p, a, b, metric)) for a, b in pairs] for p in run.programs]
    means = geomeans(run, metric)
    rows.append(["geometric mean", ""] + [""] * len(peers) + [_times(means[pair]) for pair in pairs])
    return head, rows


def cost_rows(run: RunResult) -> tuple[list[str], list[list[str]]]:
    peers = [p for p in PEERS if any(p in prog.peers for prog in run.programs)]
    head = ["program", "compile s", "passes ms (slowest)", "binary KB (Pyrite / C)"] + \
           [f"peak RSS MB {LABELS[p].split()[0]}" for p in peers] + ["instructions Pyrite/C"]
    rows = []
    for p in run.programs:
        build = p.build
        compile_s = f"{median(build.compile_s):.2f}" if build else ""
        slowest = max(build.passes.items(), key=lambda kv: kv[1]) if build and build.passes else None
        pass_cell = f"{sum(build.passes.values()) * 1000:.1f} ({slowest[0]})" if slowest else ""
        sizes = " / ".join(_kb(p.peers.get(peer)) for peer in ("pyrite", "c"))
        rss = [_mb(p.peers.get(peer)) for peer in peers]
        rows.append([p.name, compile_s, pass_cell, sizes] + rss + [_instructions(p)])
    return head, rows


def _kb(result) -> str:
    return f"{result.binary_bytes / 1024:.0f}" if result is not None and result.binary_bytes else "—"


def _mb(result) -> str:
    peak = result.peak_rss_kb() if result is not None else None
    return f"{peak / 1024:.1f}" if peak else "—"


def _instructions(program: ProgramResult) -> str:
    a, b = program.peers.get("pyrite"), program.peers.get("c")
    if a is None or b is None or not a.instructions or not b.instructions:
        return "—"
    return f"{a.instructions / b.instructions:.2f}x ({a.instructions / 1e6:.0f}M / {b.instructions / 1e6:.0f}M)"


def notes(run: RunResult, metric: str) -> list[str]:
    kind = "CPU time (user + system)" if metric == "cpu" else "wall time"
    lines = [f"Times: median {kind} of each program's own run, ± the median absolute deviation; "
             f"interpreter start-up left out. Start-up (median CPU s): "
             + ", ".join(f"{LABELS[p].split()[0]} {s:.3f}" for p, s in startup(run).items())]
    before, after = run.settings.get("load_average_before"), run.settings.get("load_average_after")
    if before and after:
        lines.append(f"Load average (1 min) at start and end: {before[0]:.1f}, {after[0]:.1f} "
                     f"on {run.machine.split(', ')[-2]}")
    for name, peer, result in run.failures():
        lines.append(f"FAILED {name} under {LABELS[peer]}: {result.status}: {result.detail}")
    for p in run.programs:
        pyrite = p.peers.get("pyrite")
        if p.pending and pyrite is not None and pyrite.status == "ok":
            lines.append(f"note: {p.name} is marked pending ({p.pending}) but Pyrite compiles it now; "
                         "remove the marker")
    return lines


def print_tables(run: RunResult, metric: str, file=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=file, width=200 if file is not None and not file.isatty() else None)
    header = f"pyrite bench run {run.id or ''} · {run.date} · {run.commit[:10]}{' (dirty)' if run.dirty else ''}" \
             f" · {'quick' if run.quick else 'standard'} sizes · {run.machine}"
    for title, (head, rows) in ((header, time_rows(run, metric)), ("build, size and memory", cost_rows(run))):
        table = Table(title=title, title_justify="left")
        for i, column in enumerate(head):
            table.add_column(column, justify="left" if i == 0 else "right")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    for line in notes(run, metric):
        console.print(line, highlight=False)


def markdown(run: RunResult, metric: str) -> str:
    out = []
    for head, rows in (time_rows(run, metric), cost_rows(run)):
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" * len(head))
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        out.append("")
    out.extend(notes(run, metric))
    return "\n".join(out) + "\n"
