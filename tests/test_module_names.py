"""A module binds each top-level name once.

Why: a second binding silently replaces the first for every reader in the module, whatever the author of the
first meant (relations/forms.py once held two ``_SIGNING`` patterns, and the first was never used)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import policykg


def _bound(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                elts = target.elts if isinstance(target, ast.Tuple) else [target]
                names.update(e.id for e in elts if isinstance(e, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_no_module_binds_a_top_level_name_twice():
    root = Path(policykg.__file__).parent
    twice = {}
    for path in sorted(root.rglob("*.py")):
        counts = _bound(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted(name for name, n in counts.items() if n > 1)
        if repeated:
            twice[str(path.relative_to(root))] = repeated
    assert not twice, twice


def test_the_check_sees_a_second_binding():
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    assert _bound(tree)["A"] == 2
