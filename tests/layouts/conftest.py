"""Loads the layout catalogue in layouts/ for the catalogue tests.

layouts/ is data, not a Python package: this module reads its JSON files, registers them in a
referencing.Registry under their $id URIs, and offers `Catalogue.problems(document)`, the same
two-step check the backend runs on save and publish (page schema, then each section against its
catalogue entry).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

LAYOUTS = Path(__file__).resolve().parents[2] / "layouts"
BASE_URI = "https://schemas.shop.local/layouts/"
PAGE_URI = BASE_URI + "page.schema.json"
ENTRY_URI = BASE_URI + "component.schema.json"


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Problem:
    path: tuple
    message: str


class Catalogue:
    def __init__(self, root: Path = LAYOUTS):
        self.page_schema = read_json(root / "page.schema.json")
        self.entry_schema = read_json(root / "component.schema.json")
        self.component_files = {p.stem: p for p in sorted((root / "components").glob("*.json"))}
        self.components = {stem: read_json(p) for stem, p in self.component_files.items()}
        self.template_files = {p.stem: p for p in sorted((root / "templates").glob("*.json"))}
        self.templates = {stem: read_json(p) for stem, p in self.template_files.items()}
        resources = [
            (PAGE_URI, DRAFT202012.create_resource(self.page_schema)),
            (ENTRY_URI, DRAFT202012.create_resource(self.entry_schema)),
        ]
        # A catalogue entry is registered under its own $id; its settings schema is the JSON
        # pointer "<$id>#/settings" inside it.
        resources += [(e["$id"], DRAFT202012.create_resource(e)) for e in self.components.values()]
        self.registry = Registry().with_resources(resources)
        self.page_validator = self.validator({"$ref": PAGE_URI})
        self.entry_validator = self.validator({"$ref": ENTRY_URI})
        self._settings = {}

    def validator(self, schema: dict) -> Draft202012Validator:
        return Draft202012Validator(schema, registry=self.registry)

    def settings_validator(self, type_: str) -> Draft202012Validator:
        if type_ not in self._settings:
            uri = self.components[type_]["$id"] + "#/settings"
            self._settings[type_] = self.validator({"$ref": uri})
        return self._settings[type_]

    def settings_errors(self, type_: str, settings: dict) -> list[Problem]:
        return [
            Problem(tuple(e.absolute_path), e.message) for e in self.settings_validator(type_).iter_errors(settings)
        ]

    def problems(self, document: dict) -> list[Problem]:
        """Everything wrong with a page document, each with the path of the offending field."""
        found = [Problem(tuple(e.absolute_path), e.message) for e in self.page_validator.iter_errors(document)]
        if found:
            return sorted(found, key=lambda p: [str(x) for x in p.path])
        sections, order = document["sections"], document["order"]
        for i, section_id in enumerate(order):
            if section_id not in sections:
                found.append(Problem(("order", i), f"{section_id!r} is not a section"))
        for section_id in sections:
            if section_id not in order:
                found.append(Problem(("sections", section_id), "section is missing from order"))
        seen = Counter()
        for section_id, section in sections.items():
            found += self.section_problems(("sections", section_id), section, seen)
        return found

    def section_problems(self, at: tuple, section: dict, seen: Counter) -> list[Problem]:
        entry = self.components.get(section["type"])
        if entry is None:
            return [Problem((*at, "type"), f"unknown component type {section['type']!r}")]
        if section["v"] != entry["v"]:
            return [Problem((*at, "v"), f"settings are v{section['v']}, the catalogue is v{entry['v']}")]
        found = [
            Problem((*at, "settings", *p.path), p.message)
            for p in self.settings_errors(section["type"], section["settings"])
        ]
        source = section.get("source")
        if source is None and entry["source_required"]:
            found.append(Problem(at, f"{section['type']} needs a source"))
        if source is not None and source["kind"] not in entry["sources"]:
            found.append(Problem((*at, "source", "kind"), f"{source['kind']!r} is not one of {entry['sources']}"))
        if "action" in section and not entry["section_action"]:
            found.append(Problem((*at, "action"), f"{section['type']} takes no section action"))
        unsupported = set(section.get("channels", [])) - set(entry["channels"])
        if unsupported:
            found.append(Problem((*at, "channels"), f"{sorted(unsupported)} not supported by {section['type']}"))
        seen[section["type"]] += 1
        if entry["max_per_page"] is not None and seen[section["type"]] > entry["max_per_page"]:
            found.append(Problem((*at, "type"), f"at most {entry['max_per_page']} {section['type']} per page"))
        return found


@cache
def load_catalogue() -> Catalogue:
    return Catalogue()


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


def pytest_generate_tests(metafunc):
    if "component_type" in metafunc.fixturenames:
        metafunc.parametrize("component_type", list(load_catalogue().components))
    if "template_name" in metafunc.fixturenames:
        metafunc.parametrize("template_name", list(load_catalogue().templates))
