"""The component catalogue of ``layouts/``, loaded once: the same schemas the decorator's forms use."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from backend.core.config import ROOT

LAYOUTS = ROOT / "layouts"


@dataclass(frozen=True)
class Component:
    type: str
    v: int
    entry: dict[str, Any]
    validator: Draft202012Validator

    @property
    def sources(self) -> list[str]:
        return self.entry.get("sources", [])

    @property
    def source_required(self) -> bool:
        return bool(self.entry.get("source_required"))

    @property
    def channels(self) -> list[str]:
        return self.entry.get("channels", [])


@dataclass(frozen=True)
class Catalogue:
    page_schema: dict[str, Any]
    page_validator: Draft202012Validator
    components: dict[str, Component]
    templates: dict[str, dict[str, Any]]

    def public(self) -> dict[str, Any]:
        return {
            "page_schema": self.page_schema,
            "components": [c.entry for c in self.components.values()],
            "templates": [{"name": name, "title": doc.get("page", {}).get("title", name), "document": doc}
                          for name, doc in self.templates.items()],
        }


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_catalogue(folder: Path = LAYOUTS) -> Catalogue:
    page_schema = _read(folder / "page.schema.json")
    entries = [_read(p) for p in sorted((folder / "components").glob("*.json"))]
    resources = [(page_schema["$id"], Resource.from_contents(page_schema))]
    resources += [(e["$id"], Resource.from_contents({**e["settings"], "$schema": page_schema["$schema"]}))
                  for e in entries]
    registry = Registry().with_resources(resources)
    components = {
        e["type"]: Component(e["type"], e["v"], e, Draft202012Validator(e["settings"], registry=registry))
        for e in entries
    }
    templates = {p.stem: _read(p) for p in sorted((folder / "templates").glob("*.json"))}
    return Catalogue(page_schema, Draft202012Validator(page_schema, registry=registry), components, templates)
