"""The benchmark dashboard renders its charts in headless Chromium with no console errors."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bench_synthetic import make_run

from pyrite.bench.dashboard import write_dashboard

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (.ci/run installs it)")
CONSOLE = re.compile(r":CONSOLE[:(]")


def render(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM after the page's scripts ran, and every console message it logged."""
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
         "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, [line for line in done.stderr.splitlines() if CONSOLE.search(line)]


def runs():
    out = [make_run(seed) for seed in range(1, 4)]
    out.append(make_run(9, quick=True))
    for i, run in enumerate(out, 1):
        run.id = i
    return out


def test_dashboard_draws_every_chart(tmp_path):
    page = tmp_path / "dashboard.html"
    write_dashboard(runs(), page)
    html = page.read_text()
    assert "<svg" not in html and "http" not in html.split("<script")[1].split("</script>")[0]  # drawn by script, no CDN
    dom, console = render(page, tmp_path / "profile")
    assert console == []
    programs = 4  # fib, mandelbrot, nbody, sort
    charts = dom.count('class="chart"')
    assert charts == 2 + programs + 4  # summary line and bars, one per program, compile/memory x2/size
    series = re.findall(r'<path [^>]*class="series[^"]*"[^>]*data-name="([^"]+)"', dom)
    assert series.count("Pyrite") >= 3 + 1  # three measured programs, plus the latest-run bars
    assert "Pyrite / C" in series and "no data yet" not in dom.split("Each program")[0]


def test_a_broken_page_is_caught(tmp_path):
    """The console check can fail: the same page with a script error is reported."""
    page = tmp_path / "dashboard.html"
    write_dashboard(runs(), page)
    page.write_text(page.read_text().replace('"use strict";', '"use strict";\nnotDefinedAnywhere();'))
    dom, console = render(page, tmp_path / "profile")
    assert any("notDefinedAnywhere" in line for line in console)
    assert 'class="chart"' not in dom
