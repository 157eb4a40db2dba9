"""Safe arithmetic for derivation formulas: ``{claim-id}`` references, + - * / and parentheses."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping

from r1claims.errors import R1ClaimsError

__all__ = ["FormulaError", "evaluate", "references"]

_REF = re.compile(r"\{([a-z0-9][a-z0-9._-]*)\}")
_MAX_LENGTH = 1000


class FormulaError(R1ClaimsError):
    """A formula is malformed, uses something other than arithmetic, or divides by zero."""


def references(formula: str) -> list[str]:
    """Claim ids the formula refers to, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in _REF.finditer(formula):
        seen.setdefault(match.group(1), None)
    return list(seen)


def evaluate(formula: str, values: Mapping[str, float]) -> float:
    """Evaluate ``formula`` with ``values`` for its ``{id}`` references.

    Only numbers, references, unary minus and the four operators are allowed: nothing is ever
    executed, so a formula in a user's data file is safe to check.
    """
    if len(formula) > _MAX_LENGTH:
        raise FormulaError(f"formula is longer than {_MAX_LENGTH} characters")
    names: dict[str, str] = {}

    def _name(match: re.Match[str]) -> str:
        return names.setdefault(match.group(1), f"_v{len(names)}")

    expression = _REF.sub(_name, formula)
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"formula is not valid arithmetic: {exc.msg}") from exc
    env = {alias: ref for ref, alias in names.items()}
    missing = [ref for ref in names if ref not in values]
    if missing:
        raise FormulaError(f"formula refers to {', '.join(missing)}, which have no numeric value")
    return _eval(tree.body, {alias: values[ref] for alias, ref in env.items()})


def _eval(node: ast.expr, env: Mapping[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        if isinstance(node.value, bool):
            raise FormulaError("formula may not use booleans")
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval(node.operand, env)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, env), _eval(node.right, env)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Div):
            if right == 0:
                raise FormulaError("formula divides by zero")
            return left / right
    raise FormulaError(
        "formula may only use numbers, {claim-id} references, + - * / and parentheses"
    )
