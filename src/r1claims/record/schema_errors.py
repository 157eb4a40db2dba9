"""Pydantic's errors for one record item, turned into located, coded diagnostics that name the
item by its id and say what was probably meant.

One mistake, one message: a misspelt field name (``phsae``) is one "unknown field; did you mean
'phase'?" at the misspelt key, not also a "required field is missing" for the field it was
meant to be. Suggestions come from the model itself (its field names, its ``Literal`` values),
ranked by `r1claims.record.suggest`.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from r1claims.record.diagnostics import Diagnostic
from r1claims.record.suggest import closest
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["item_diagnostics"]

_VALUE_TAGS = {"quantity", "date", "category"}
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
#: How many allowed values a message lists when none is close to what was written.
_LIST_AT_MOST = 8


def item_diagnostics(
    doc: YamlDocument, model: type[BaseModel], path: Path, item: Any, errors: list[Any]
) -> list[Diagnostic]:
    """The diagnostics of one item (``path`` is e.g. ``("claims", 3)``) that failed ``model``."""
    name = _item_name(path, item)
    unknown: dict[Path, list[str | int]] = {}  # parent loc -> its unknown keys
    for e in errors:
        if e["type"] == "extra_forbidden":
            loc = _loc(e["loc"])
            unknown.setdefault(loc[:-1], []).append(loc[-1])
    meant: dict[Path, str] = {}  # misspelt key's loc -> the missing field it was meant to be
    for e in errors:
        loc = _loc(e["loc"])
        if e["type"] == "missing" and isinstance(loc[-1], str):
            wrong = [w for w in unknown.get(loc[:-1], []) if isinstance(w, str)]
            best = closest(loc[-1], wrong, limit=1)
            if best:
                key: Path = (*loc[:-1], best[0])
                meant[key] = loc[-1]
    out = []
    for e in errors:
        loc = _loc(e["loc"])
        if e["type"] == "missing" and any(
            k[:-1] == loc[:-1] and v == loc[-1] for k, v in meant.items()
        ):
            continue  # reported once, as the misspelt key
        out.append(_one(doc, model, path, name, e, loc, meant.get(loc)))
    return out


def _loc(raw: Iterable[Any]) -> Path:
    """Pydantic's loc without the union tag it puts after ``value`` (value.quantity.amount ->
    value.amount)."""
    parts = [p for p in raw if isinstance(p, (str, int))]
    for i in range(len(parts) - 1):
        if parts[i] == "value" and parts[i + 1] in _VALUE_TAGS:
            del parts[i + 1]
            break
    return tuple(parts)


def _item_name(path: Path, item: Any) -> str:
    """``claim 'v3-training-cost'`` (``claims[3]`` when the item has no usable id)."""
    section, index = path[0], path[1]
    item_id = item.get("id") if isinstance(item, dict) else None
    if isinstance(item_id, str) and item_id.strip():
        kind = "entity" if section == "entities" else str(section)[:-1]
        return f"{kind} {item_id!r}"
    return f"{section}[{index}]"


def _where(name: str, loc: Path) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return f"{name}: {out}" if out else name


def _one(
    doc: YamlDocument,
    model: type[BaseModel],
    path: Path,
    name: str,
    error: Any,
    loc: Path,
    meant: str | None,
) -> Diagnostic:
    kind, msg, full = error["type"], error["msg"], (*path, *loc)
    where = _where(name, loc)
    if kind == "extra_forbidden":
        line, col = doc.locate(full, key=True)
        names = [meant] if meant else closest(str(loc[-1]), _fields_at(model, loc[:-1]), 1)
        suggestion = f"; did you mean {names[0]!r}?" if names else ""
        return Diagnostic.make(
            "R1C101",
            f"{where}: unknown field{suggestion}",
            doc.path,
            line,
            col,
            hint=f"rename it to `{names[0]}`"
            if names
            else "check the spelling; docs/data-format.md lists every field",
        )
    if kind == "missing":
        line, col = doc.locate(full[:-1])
        return Diagnostic.make(
            "R1C102",
            f"{where}: required field is missing",
            doc.path,
            line,
            col,
            hint=f"add `{loc[-1]}:`",
        )
    line, col = doc.locate(full)
    got = error.get("input")
    shown = "" if isinstance(got, (dict, list)) else f" (got {_yaml_repr(got)})"
    if kind == "literal_error":
        return _vocabulary(doc, where, error, got, line, col)
    if kind.endswith("_type") or kind in {"finite_number", "value_shape", "union_tag_invalid"}:
        hint: str | None = None
        if isinstance(got, bool):
            hint = "quote it if you meant text"
        elif isinstance(got, str) and kind in {"float_type", "int_type"}:
            hint = "write a plain number, without quotes"
        elif isinstance(got, (int, float)) and kind == "string_type":
            hint = "quote it: this field is text"
        return Diagnostic.make("R1C103", f"{where}: {msg}{shown}", doc.path, line, col, hint=hint)
    text = msg.removeprefix("Value error, ")
    if "date" in msg and kind == "value_error":
        return Diagnostic.make("R1C105", f"{where}: {text}", doc.path, line, col)
    return Diagnostic.make("R1C100", f"{where}: {text}{shown}", doc.path, line, col)


def _vocabulary(
    doc: YamlDocument, where: str, error: Any, got: Any, line: int, col: int
) -> Diagnostic:
    """A value outside a fixed vocabulary: the closest allowed values (case-insensitively
    first: ``usd`` is ``USD``), the whole list only when it is short or nothing is close."""
    allowed = _QUOTED.findall(str((error.get("ctx") or {}).get("expected", "")))
    field = where.rsplit(".", 1)[-1].rsplit(": ", maxsplit=1)[-1]
    best = closest(str(got), allowed, limit=3) if isinstance(got, str) else []
    message = f"{where}: {_yaml_repr(got)} is not an allowed {field}"
    if best:
        message += f"; did you mean {' or '.join(repr(b) for b in best)}?"
        case = " (values are case-sensitive)" if got.lower() == best[0].lower() else ""
        hint = f"write {best[0]}{case}"
    elif len(allowed) <= _LIST_AT_MOST:
        hint = f"one of: {', '.join(allowed)}"
    else:
        shown = ", ".join(allowed[:_LIST_AT_MOST])
        hint = f"one of {len(allowed)} values (docs/data-format.md lists them): {shown}, ..."
    return Diagnostic.make("R1C104", message, doc.path, line, col, hint=hint)


def _yaml_repr(value: object) -> str:
    """A value as the user wrote it in YAML: true, null, 'text', 12."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return repr(value)


def _fields_at(model: type[BaseModel], loc: Path) -> list[str]:
    """The field names the models at ``loc`` (inside ``model``) allow: those of every model
    that an annotation on the way can hold (a union's members, a list's items)."""
    current: list[type[BaseModel]] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        nxt: list[type[BaseModel]] = []
        for m in current:
            info = m.model_fields.get(part)
            if info is not None:
                nxt.extend(_models_in(info.annotation))
        current = nxt or current
    return sorted({f for m in current for f in m.model_fields})


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation can hold (through Optional, unions, lists, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return []
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]
