"""Check a page document against the catalogue; every problem is reported with its path.

The page schema checks the shape; each section's settings are checked against its component's
schema; then the rules no schema can say: order and sections agree, sources fit the component,
``url`` actions point at allow-listed hosts, the document stays small enough for a mini-program.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from jsonschema import ValidationError

from backend.pages.catalogue import Catalogue

MAX_DOCUMENT_BYTES = 256 * 1024

MESSAGES = {
    "required": "缺少必填项",
    "maxItems": "最多 {value} 项",
    "minItems": "至少 {value} 项",
    "maxLength": "最多 {value} 个字符",
    "minLength": "至少 {value} 个字符",
    "maximum": "不能大于 {value}",
    "minimum": "不能小于 {value}",
    "pattern": "格式不正确",
    "format": "格式不正确",
    "enum": "取值不在允许范围内",
    "const": "取值不在允许范围内",
    "type": "类型不正确",
    "additionalProperties": "包含不支持的字段",
    "uniqueItems": "不能有重复项",
    "maxProperties": "数量超过上限",
}


def _path(parts: list[Any]) -> str:
    return ".".join(str(p) for p in parts) or "document"


def _message(error: ValidationError) -> str:
    template = MESSAGES.get(str(error.validator), "不符合要求")
    return template.format(value=error.validator_value) if "{value}" in template else template


def _schema_errors(validator: Any, instance: Any, prefix: list[Any]) -> Iterator[tuple[str, str]]:
    for error in validator.iter_errors(instance):
        leaf = min(error.context or [error], key=lambda e: -len(e.absolute_path)) if error.context else error
        path = list(leaf.absolute_path)
        if leaf.validator == "required":  # name the missing field, not its parent
            missing = next((k for k in leaf.validator_value if k not in (leaf.instance or {})), None)
            path = [*path, missing] if missing else path
        yield _path([*prefix, *path]), _message(leaf)


def _url_actions(value: Any) -> Iterator[tuple[list[Any], str]]:
    """Every ``{"kind": "url", "url": …}`` object anywhere in the document, with its path."""
    stack: list[tuple[list[Any], Any]] = [([], value)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            if node.get("kind") == "url" and isinstance(node.get("url"), str):
                yield [*path, "url"], node["url"]
            stack.extend(([*path, k], v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(([*path, i], v) for i, v in enumerate(node))


def validate_document(document: Any, catalogue: Catalogue, allowed_hosts: list[str]) -> dict[str, str]:
    """Return ``{path: message}`` for every problem; empty when the document may be saved."""
    problems = dict(_schema_errors(catalogue.page_validator, document, []))
    if problems or not isinstance(document, dict):
        return problems or {"document": "类型不正确"}
    size = len(json.dumps(document, ensure_ascii=False).encode())
    if size > MAX_DOCUMENT_BYTES:
        problems["document"] = f"页面数据过大（{size // 1024} KB），请减少组件或内容"
    sections, order = document["sections"], document["order"]
    for section_id in order:
        if section_id not in sections:
            problems[f"order.{section_id}"] = "组件不存在"
    for section_id in sections:
        if section_id not in order:
            problems[f"sections.{section_id}"] = "组件未放入页面顺序"
    for section_id, section in sections.items():
        problems.update(_section_problems(section_id, section, catalogue))
    for path, url in _url_actions(document):
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == h or host.endswith(f".{h}") for h in allowed_hosts):
            problems.setdefault(_path(path), f"链接域名 {host or url} 不在允许列表中")
    return problems


def _section_problems(section_id: str, section: dict[str, Any], catalogue: Catalogue) -> dict[str, str]:
    prefix = ["sections", section_id]
    component = catalogue.components.get(section["type"])
    if component is None:
        return {_path([*prefix, "type"]): f"未知组件类型 {section['type']}"}
    if section["v"] > component.v:
        return {_path([*prefix, "v"]): f"组件版本最高为 {component.v}"}
    problems = dict(_schema_errors(component.validator, section["settings"], [*prefix, "settings"]))
    source = section.get("source")
    if source is None and component.source_required:
        problems[_path([*prefix, "source"])] = "请选择数据来源"
    if source is not None and source.get("kind") not in component.sources:
        problems[_path([*prefix, "source", "kind"])] = "该组件不支持这种数据来源"
    if section.get("action") is not None and not component.entry.get("section_action"):
        problems[_path([*prefix, "action"])] = "该组件不支持整体跳转"
    return problems
