"""The golden page both shells render: exported from the real API, compared on every run.

layouts/golden/platform_home.<channel>.json is what GET /api/v1/pages/home answers for the
platform-home template with real products, and .sequence.json is the sequence of sections and
product cards a shell must draw from it — computed here, independently of the shells' own code.
app_shell and miniprogram tests render the golden response and compare their DOM to the
sequence, so both shells are held to the same result. UPDATE_GOLDEN=1 rewrites the files.
"""

import copy
import json
import os
from pathlib import Path

import pytest

from backend.pages.catalogue import load_catalogue

GOLDEN = Path(__file__).resolve().parents[2] / "layouts" / "golden"
PRODUCT_SECTIONS = {"product_grid", "ranking_list", "flash_sale_strip", "group_buy_strip"}
TITLES = ["不锈钢保温杯 500ml", "砀山酥梨 5斤装", "三只松鼠每日坚果", "九阳空气炸锅 6L", "蓝月亮洗衣液 3kg",
          "赣南脐橙 10斤"]


def canonical(body: dict) -> dict:
    """Database ids differ between runs and databases: number them by first appearance."""
    ids: dict[int, int] = {}
    text = json.dumps(body, ensure_ascii=False)
    for section in body["sections"].values():
        for item in ((section.get("data") or {}).get("items") or []):
            if isinstance(item, dict) and "id" in item and section["type"] in PRODUCT_SECTIONS:
                ids.setdefault(item["id"], len(ids) + 1)
    result = json.loads(text)
    result["revision"] = 1
    for section in result["sections"].values():
        if section.get("source", {}).get("kind") == "product_ids":
            section["source"]["ids"] = [ids.get(i, i) for i in section["source"]["ids"]]
        for item in ((section.get("data") or {}).get("items") or []):
            if isinstance(item, dict) and section["type"] in PRODUCT_SECTIONS:
                item["id"], item["shop_id"] = ids[item["id"]], 1
        if section["type"] == "shop_card":
            for shop in section["data"]["items"]:
                shop["id"] = 1
        if (section.get("source") or {}).get("kind") == "category_tree":
            _renumber_tree(section["data"]["items"], {})
    return result


def _renumber_tree(nodes: list[dict], seen: dict[int, int]) -> None:
    for node in nodes:
        node["id"] = seen.setdefault(node["id"], len(seen) + 1)
        _renumber_tree(node["children"], seen)


def expected_sequence(body: dict) -> list[dict]:
    sequence = []
    for sid in body["order"]:
        section = body["sections"][sid]
        items = (section.get("data") or {}).get("items") or []
        shows_products = section["type"] in PRODUCT_SECTIONS and not (
            section["type"] == "flash_sale_strip" and not section["data"].get("slot"))
        sequence.append({"id": sid, "type": section["type"],
                         "itemIds": [item["id"] for item in items] if shows_products else []})
    return sequence


@pytest.mark.feature("SDUI-4")
async def test_the_golden_platform_home_matches_what_the_api_serves(api, admin_token):
    _, token = await api.merchant(admin_token, "官方自营旗舰店", self_operated=True)
    products = [await api.product(token, title, 1990 + 1000 * n, original_price=2990 + 1000 * n)
                for n, title in enumerate(TITLES)]
    await api.put("/api/v1/admin/settings/search", token=admin_token, json={"preset_words": ["保温杯", "坚果"]})
    for name in ("食品生鲜", "数码家电", "家居日用"):
        await api.post("/api/v1/admin/categories", token=admin_token, json={"name": name})
    document = copy.deepcopy(load_catalogue().templates["platform_home"])
    for section in document["sections"].values():
        section.pop("lazy", None)  # the golden page paints everything in its first response
        if (section.get("source") or {}).get("kind") == "product_ids":
            section["source"]["ids"] = [p["id"] for p in products[:4]]
    page = (await api.post("/api/v1/admin/pages", token=admin_token,
                           json={"key": "home", "kind": "platform_home", "title": "商城首页"})).json
    saved = await api.put(f"/api/v1/admin/pages/{page['id']}/draft", token=admin_token,
                          json={"document": document})
    assert saved.status == 200, saved
    await api.post(f"/api/v1/admin/pages/{page['id']}/publish", token=admin_token)
    for channel in ("h5", "mp"):
        body = canonical((await api.get(f"/api/v1/pages/home?channel={channel}")).json)
        sequence = expected_sequence(body)
        assert any(step["itemIds"] for step in sequence)
        files = {GOLDEN / f"platform_home.{channel}.json": body,
                 GOLDEN / f"platform_home.{channel}.sequence.json": sequence}
        for path, value in files.items():
            if os.environ.get("UPDATE_GOLDEN"):
                path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            assert json.loads(path.read_text(encoding="utf-8")) == value, f"{path.name} is stale: UPDATE_GOLDEN=1"
