"""The layout is the pipeline: stages import one way, modules and functions stay small.

See ARCHITECTURE.md. Imports are read with `ast` (nothing is imported), including those under
``if TYPE_CHECKING:``, so a type-only dependency also has to go down the pipeline.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "r1claims"

#: stage -> the module prefixes it may import (itself included). ``errors`` is the shared base.
ALLOWED: dict[str, tuple[str, ...]] = {
    "errors": ("r1claims.errors", "r1claims.record.diagnostics"),
    "record": ("r1claims.record", "r1claims.errors"),
    "extract": ("r1claims.extract",),
    "checker": ("r1claims.checker", "r1claims.extract", "r1claims.record", "r1claims.errors"),
    "reconciler": ("r1claims.reconciler", "r1claims.record", "r1claims.errors"),
    # a corpus run calls the checker's public entry point and reads its report models; the
    # record for the claim a finding links to; nothing of the checker's internals or `extract`
    "scanner": (
        "r1claims.scanner",
        "r1claims.checker.run",
        "r1claims.checker.report",
        "r1claims.record",
        "r1claims.errors",
    ),
    "render": (
        "r1claims.render",
        "r1claims.record",
        "r1claims.checker.report",
        "r1claims.reconciler.report",
        "r1claims.scanner.report",
        "r1claims.errors",
    ),
    "__main__": ("r1claims.cli",),
    "cli": ("r1claims",),
    "__init__": ("r1claims",),
}
#: The one place a lower stage names a higher one: the lazy display hook.
DISPLAY_HOOK = ("r1claims.record.display", "r1claims.render.display")

MAX_MODULE_LINES = 420
MAX_FUNCTION_LINES = 80
MAX_CLASS_LINES = 200


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 2:
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every r1claims module a file imports, with the line; ``from pkg import name`` counts as
    ``pkg.name`` when that is a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("r1claims")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("r1claims"):
            assert node.level == 0, f"{path}:{node.lineno}: use absolute imports"
            base = node.module or ""
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.append((node.lineno, target if target in MODULES else base))
    return found


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_down_the_pipeline(module: str) -> None:
    allowed = ALLOWED[_stage(module)]
    wrong = [
        f"line {line}: {target}"
        for line, target in _imports(MODULES[module])
        if not any(target == a or target.startswith(a + ".") for a in allowed)
    ]
    assert wrong == [], f"{module} ({_stage(module)}) may import only {allowed}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_other_module_is_named_by_string(module: str) -> None:
    """importlib with a module name would bypass the rule above; only the display hook may."""
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    named = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.startswith("r1claims.")
        and node.value in MODULES
    }
    if module in ("r1claims", "r1claims.cli"):
        return  # the top level imports everything, lazily
    allowed = ALLOWED[_stage(module)]
    hook = {DISPLAY_HOOK[1]} if module == DISPLAY_HOOK[0] else set()
    wrong = {n for n in named if not any(n == a or n.startswith(a + ".") for a in allowed)}
    assert wrong == hook


def test_no_import_cycles() -> None:
    graph = {m: {t for _, t in _imports(p) if t in MODULES} for m, p in MODULES.items()}
    # a package's __init__ re-exports its modules; a module importing a sibling by its full
    # name does not go through the package, so packages are left out of the cycle search
    packages = {m for m, p in MODULES.items() if p.name == "__init__.py"}
    seen: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        seen[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node] - packages):
            if seen.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in seen:
                visit(nxt)
        stack.pop()
        seen[node] = 2

    for module in sorted(set(graph) - packages):
        if module not in seen:
            visit(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_functions_and_classes_stay_small(module: str) -> None:
    text = MODULES[module].read_text("utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"{module} is over {MAX_MODULE_LINES} lines"
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
            assert length <= limit, f"{module}.{node.name}: {length} lines"


def test_subpackages_do_not_shadow_the_top_level_functions() -> None:
    """`r1claims.check`, `reconcile` and `scan` stay functions once every stage is imported."""
    import r1claims

    for module in MODULES:
        if module != "r1claims.__main__":  # it runs the CLI
            importlib.import_module(module)
    assert callable(r1claims.check) and callable(r1claims.reconcile)
    assert r1claims.scan.__module__ == "r1claims.scanner.run"
    assert r1claims.check.__module__ == "r1claims.checker.run"


def test_every_subpackage_says_what_it_takes_and_gives() -> None:
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text("utf-8"))) or ""
        assert "Takes" in doc and "gives" in doc, init


def test_dir_lists_the_lazy_public_api() -> None:
    """Tab completion in a notebook shows the API although names load on first use."""
    import r1claims

    assert {"load", "check", "reconcile", "validate", "ClaimSet", "CheckReport"} <= set(
        dir(r1claims)
    )
