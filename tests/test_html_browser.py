"""The HTML pages in a real headless browser (Debian's `chromium`, installed by `.ci/run`):
they render, the screenshot is not blank, and the DOM has one ladder and one chart per group;
the check page has its highlighted figures and footnotes. Skipped, saying why, only when no
chromium is installed."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from r1claims.checker.run import check
from r1claims.reconciler.run import reconcile
from r1claims.record import load
from r1claims.render.check_html import check_page
from r1claims.render.conflicts_html import render_page

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
#: CI sets this so that a missing browser fails the run instead of skipping these tests.
REQUIRED = bool(os.environ.get("R1CLAIMS_REQUIRE_BROWSER"))
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRED,
    reason="no chromium on PATH: `apt-get install -y chromium` (.ci/run does)",
)


def test_the_browser_is_there_when_required() -> None:
    assert CHROMIUM is not None, "R1CLAIMS_REQUIRE_BROWSER is set but chromium is not on PATH"


def _chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess[bytes]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--user-data-dir={tmp / 'profile'}",
            *args,
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )


def _distinct_pixels(png: bytes) -> int:
    """How many distinct RGB(A) pixel values an 8-bit, non-interlaced PNG holds (a blank page
    has one)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        data = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
            assert depth == 8
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    previous, seen = bytearray(stride), set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 255
        if row % 8 == 0:  # a sample of rows is enough to tell a blank page
            seen.update(bytes(line[i : i + channels]) for i in range(0, stride, channels * 4))
        previous = line
    return len(seen)


def test_conflicts_page_renders_with_a_ladder_and_a_chart_per_group(tmp_path: Path) -> None:
    report = reconcile(load())
    page = tmp_path / "conflicts.html"
    page.write_text(render_page(report), encoding="utf-8")
    dom = _chromium("--dump-dom", page.as_uri(), tmp=tmp_path)
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    html = dom.stdout.decode()
    groups = len(report.groups)
    assert html.count('<section class="group"') == groups
    assert html.count('<table class="ladder"><thead>') == groups
    assert html.count('<svg class="chart"') == groups
    shot = tmp_path / "conflicts.png"
    run = _chromium(f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri(), tmp=tmp_path)
    assert run.returncode == 0 and shot.exists(), run.stderr.decode(errors="replace")[-2000:]
    assert _distinct_pixels(shot.read_bytes()) > 10


def test_check_page_highlights_each_figure_with_a_footnote(tmp_path: Path) -> None:
    text = "DeepSeek said R1 cost just $294,000 to train, on 512 Nvidia H800 chips."
    report = check(text, load())
    page = tmp_path / "check.html"
    page.write_text(check_page([("article.txt", text, report)]), encoding="utf-8")
    dom = _chromium("--dump-dom", page.as_uri(), tmp=tmp_path)
    assert dom.returncode == 0
    html = dom.stdout.decode()
    n = len(report.findings)
    assert n >= 2
    assert html.count("<mark class=") == n
    assert html.count('<li id="fn') == n
    assert '<mark class="v-misleading" title="misleading:' in html
