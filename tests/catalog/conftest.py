"""What the catalogue suites share: two merchant shops, a level-3 category and small journeys."""

from __future__ import annotations

from typing import Any

import pytest

PRODUCTS = "/api/v1/admin/products"


@pytest.fixture
async def shop(api, admin_token) -> dict[str, Any]:
    shop_id, token = await api.merchant(admin_token, "好物优选")
    return {"id": shop_id, "token": token}


@pytest.fixture
async def rival(api, admin_token) -> dict[str, Any]:
    shop_id, token = await api.merchant(admin_token, "隔壁小店")
    return {"id": shop_id, "token": token}


async def make_category(api, token: str, name: str, parent_id: int | None = None, **fields: Any) -> int:
    response = await api.post("/api/v1/admin/categories", token=token,
                              json={"name": name, "parent_id": parent_id, **fields})
    assert response.status == 201, response
    return response.json["id"]


async def make_leaf(api, token: str, names: tuple[str, str, str] = ("家居", "厨具", "锅具")) -> list[int]:
    """A level 1 → 2 → 3 branch; its ids top down."""
    ids: list[int] = []
    for name in names:
        ids.append(await make_category(api, token, name, ids[-1] if ids else None))
    return ids


@pytest.fixture
async def leaf(api, admin_token) -> int:
    return (await make_leaf(api, admin_token))[-1]


async def draft(api, token: str, title: str = "不锈钢炒锅", price: int = 9900, **fields: Any) -> dict[str, Any]:
    """A product saved but not submitted; its edit view."""
    response = await api.post(PRODUCTS, token=token, json={"title": title, "price": price, "stock": 50, **fields})
    assert response.status == 201, response
    return response.json


async def event(api, token: str, product_id: int, name: str, reason: str | None = None):
    body = {"json": {"reason": reason}} if reason is not None else {}
    return await api.post(f"{PRODUCTS}/{product_id}/{name}", token=token, **body)


async def admin_view(api, token: str, product_id: int) -> dict[str, Any]:
    response = await api.get(f"{PRODUCTS}/{product_id}", token=token)
    assert response.status == 200, response
    return response.json


async def create_attribute(api, token: str, name: str, input_type: str = "option", **fields: Any) -> dict:
    response = await api.post("/api/v1/admin/attributes", token=token,
                              json={"name": name, "input_type": input_type, **fields})
    assert response.status == 201, response
    return response.json


async def create_tag(api, token: str, name: str, **fields: Any) -> dict:
    response = await api.post("/api/v1/admin/tags", token=token, json={"name": name, **fields})
    assert response.status == 201, response
    return response.json
