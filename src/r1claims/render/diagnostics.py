"""Render a `ValidationReport` as text (yamllint style), JSON or GitHub workflow annotations."""

from __future__ import annotations

import json

from r1claims.record.diagnostics import Diagnostic
from r1claims.record.validation import ValidationReport
from r1claims.render.safe import clean

__all__ = ["FORMATS", "render_github", "render_json", "render_text", "summary"]


def _line(d: Diagnostic) -> str:
    loc = d.location
    hint = f" (hint: {clean(d.hint)})" if d.hint else ""
    return (
        f"{clean(loc.path)}:{loc.line}:{loc.column}: {d.level}[{d.code}] {clean(d.message)}{hint}"
    )


def render_text(report: ValidationReport) -> str:
    """One ``PATH:LINE:COL: level[CODE] message (hint: ...)`` line per diagnostic."""
    return "".join(_line(d) + "\n" for d in report.diagnostics)


def render_json(report: ValidationReport) -> str:
    """The report as JSON: the pydantic model dumped, keys in schema order."""
    payload = report.model_dump(mode="json")
    payload["errors"] = len(report.errors)
    payload["warnings"] = len(report.warnings)
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: ValidationReport) -> str:
    """GitHub Actions workflow commands: ``::error file=...,line=...,col=...::message``."""
    out = []
    for d in report.diagnostics:
        loc = d.location
        title = f"{d.code} {d.rule}"
        hint = f" Hint: {d.hint}" if d.hint else ""
        out.append(
            f"::{d.level} file={_escape_property(clean(loc.path))},line={loc.line},"
            f"col={loc.column},title={_escape_property(title)}::"
            f"{_escape_data(clean(d.message) + clean(hint))}\n"
        )
    return "".join(out)


FORMATS = {"text": render_text, "json": render_json, "github": render_github}


def summary(report: ValidationReport) -> str:
    """Human summary for stderr: counts of records and of problems."""
    counts = ", ".join(f"{n} {key}" for key, n in report.counts.items())
    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "ok" if not report.diagnostics else f"{errors} error(s), {warnings} warning(s)"
    return f"r1claims validate: {clean(report.data_dir)}: {counts or 'nothing loaded'}: {verdict}\n"
