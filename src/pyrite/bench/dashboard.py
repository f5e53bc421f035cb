"""`pyrite bench --dashboard OUT.html`: the history as one self-contained page.

The page carries its data as JSON and draws its charts as inline SVG with
the script in dashboard.js (no network, no library): geometric means over
time, each program's time relative to C for every peer over time, the latest
run's Pyrite/C per program, compile time, peak memory and binary size.
Standard and quick runs are kept apart (a selector switches between them).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from .report import RATIOS, geomeans, ratio
from .results import LABELS, PEERS, RunResult
from .stats import median

HERE = Path(__file__).parent


def dashboard_data(runs: list[RunResult], metric: str = "cpu") -> dict:
    """{"standard": view, "quick": view} for the sizes that have runs."""
    views = {}
    for name, quick in (("standard", False), ("quick", True)):
        chosen = [r for r in runs if r.quick == quick]
        if chosen:
            views[name] = _view(chosen, metric)
    return {"metric": metric, "labels": LABELS, "views": views}


def _view(runs: list[RunResult], metric: str) -> dict:
    names = list(dict.fromkeys(p.name for r in runs for p in r.programs))
    programs = {name: _program_series(runs, name, metric) for name in names}
    summary = {f"{a}/{b}": [geomeans(run, metric)[(a, b)] for run in runs] for a, b in RATIOS}
    return {
        "runs": [{"id": r.id, "date": r.date, "commit": r.commit[:10] + ("+" if r.dirty else ""),
                  "machine": r.machine} for r in runs],
        "summary": summary,
        "programs": programs,
    }


def _program_series(runs: list[RunResult], name: str, metric: str) -> dict:
    relative = {peer: [] for peer in PEERS if peer != "c"}
    compile_s, binary, rss = [], [], {peer: [] for peer in PEERS}
    for run in runs:
        program = run.program(name)
        for peer in relative:
            relative[peer].append(ratio(program, peer, "c", metric) if program else None)
        build = program.build if program else None
        compile_s.append(median(build.compile_s) if build else None)
        binary.append(build.binary_bytes if build else None)
        for peer in PEERS:
            result = program.peers.get(peer) if program else None
            peak = result.peak_rss_kb() if result else None
            rss[peer].append(peak / 1024 if peak else None)
    return {"relative_to_c": relative, "compile_s": compile_s, "binary_bytes": binary, "rss_mb": rss}


def render(runs: list[RunResult], metric: str = "cpu") -> str:
    data = json.dumps(dashboard_data(runs, metric)).replace("</", "<\\/")
    script = (HERE / "dashboard.js").read_text()
    style = (HERE / "dashboard.css").read_text()
    latest = runs[-1]
    title = f"Pyrite benchmarks · {len(runs)} runs · latest {latest.date} ({latest.commit[:10]})"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>
{style}
</style>
</head>
<body>
<header>
<h1>{html.escape(title)}</h1>
<p>Times are medians of each program's own run ({'CPU' if metric == 'cpu' else 'wall'} time,
interpreter start-up left out). Lower is better on every chart but the speed-ups.
<label>Sizes: <select id="view"></select></label></p>
</header>
<main id="charts"></main>
<script id="bench-data" type="application/json">{data}</script>
<script>
{script}
</script>
</body>
</html>
"""


def write_dashboard(runs: list[RunResult], out: Path, metric: str = "cpu") -> None:
    out.write_text(render(runs, metric))
