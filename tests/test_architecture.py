"""The rooms stay honest: contexts reach each other only through ``service`` and ``schemas``.

``backend.core`` and ``backend.integrations`` serve every context and import none of them;
``backend.app``, ``backend.demo`` and ``backend.__main__`` compose the whole and may import anything.
"""

import ast
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1] / "backend"
SHARED = {"core", "integrations"}
COMPOSITION_ROOTS = {"app.py", "demo.py", "__main__.py", "__init__.py"}
PUBLIC_ROOMS = {"service", "schemas"}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return [name for name in names if name.startswith("backend.")]


def package_of(path: Path) -> str | None:
    relative = path.relative_to(BACKEND)
    return None if len(relative.parts) == 1 else relative.parts[0]


def violations() -> list[str]:
    found = []
    for path in BACKEND.rglob("*.py"):
        owner = package_of(path)
        if owner is None:
            continue
        for name in imports_of(path):
            parts = name.split(".")
            target = parts[1]
            if target == owner or target in SHARED or target in COMPOSITION_ROOTS:
                continue
            if owner in SHARED:
                found.append(f"{path.relative_to(BACKEND)} imports context {name}")
            elif len(parts) > 2 and parts[2] not in PUBLIC_ROOMS:
                module = ".".join(parts[:3])
                found.append(f"{path.relative_to(BACKEND)} imports {module} (only service/schemas)")
    return sorted(set(found))


def test_contexts_import_each_other_only_through_service_and_schemas():
    assert violations() == []


def test_the_check_catches_a_reach_into_another_contexts_models(tmp_path, monkeypatch):
    fake = tmp_path / "backend"
    (fake / "orders").mkdir(parents=True)
    (fake / "orders" / "service.py").write_text("from backend.accounts.models import User\n")
    monkeypatch.setattr(sys.modules[__name__], "BACKEND", fake)
    assert violations() == ["orders/service.py imports backend.accounts.models (only service/schemas)"]
