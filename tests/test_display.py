"""Notebook and terminal display: HTML and rich renderings work and never leak markup."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

import r1claims
from conftest import MINI
from r1claims.record import load
from r1claims.render.findings import rich_view


def _render(renderable: object, *, color: bool = True) -> str:
    console = Console(file=io.StringIO(), width=120, force_terminal=color, no_color=not color)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _hostile(mini: Path) -> None:
    path = mini / "claims.yaml"
    text = path.read_text("utf-8").replace(
        "covers: Model-V3's official final training run\n      phase: full_training_run\n"
        "      basis: rental_price_valuation",
        'covers: "<script>x</script> [bold]run[/] [/x] \\e[2J"\n      phase: full_training_run\n'
        "      basis: rental_price_valuation",
        1,
    )
    path.write_text(text, "utf-8")


def test_html_reprs_escape_data(mini_copy: Path) -> None:
    _hostile(mini_copy)
    cs = load(mini_copy)
    for html in (
        cs._repr_html_(),
        r1claims.reconcile(cs)._repr_html_(),
        r1claims.check("Model-V3 cost $5.576 million.", cs)._repr_html_(),
    ):
        assert html.startswith("<")
        assert "<script>" not in html and "\x1b" not in html


def test_rich_views_render_plain_and_in_colour(mini_copy: Path) -> None:
    _hostile(mini_copy)
    cs = load(mini_copy)
    report = r1claims.reconcile(cs)
    text = "Model-R1 was trained for $5.5 million."
    checked = r1claims.check(text, cs)
    for renderable in (cs, report, checked, rich_view(checked, text)):
        coloured = _render(renderable)
        plain = _render(renderable, color=False)
        assert "\x1b[2J" not in coloured and "[bold]run[/]" in plain.replace("\n", "")
        assert "\x1b" not in plain


def test_claimset_repr() -> None:
    assert repr(load(MINI)) == "ClaimSet(6 claims, 4 sources, 3 entities, 2 relations)"
