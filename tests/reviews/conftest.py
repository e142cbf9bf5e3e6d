"""Reviews are written by the trade context through ``service.create_review``; until orders
exist, tests call it directly. Everything else goes through HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from backend.reviews import service
from backend.reviews.schemas import ReviewIn
from tests.conftest import Api


@dataclass
class Shopper:
    token: str
    id: int
    nickname: str


async def sign_up(api: Api, phone: str) -> Shopper:
    token = await api.consumer(phone)
    me = await api.get("/api/v1/me", token=token)
    assert me.status == 200, me
    return Shopper(token, me.json["id"], me.json["nickname"])


@pytest.fixture
async def shopper(api: Api) -> Shopper:
    return await sign_up(api, "13912345678")


@pytest.fixture
async def other_shopper(api: Api) -> Shopper:
    return await sign_up(api, "13787654321")


@pytest.fixture
async def shop(api: Api, admin_token: str) -> tuple[int, str]:
    return await api.merchant(admin_token, "良品小铺")


@pytest.fixture
async def other_shop(api: Api, admin_token: str) -> tuple[int, str]:
    return await api.merchant(admin_token, "隔壁小店")


@pytest.fixture
async def product(api: Api, shop: tuple[int, str]) -> dict[str, Any]:
    return await api.product(shop[1], "纯棉圆领T恤", 5900)


async def write_review(user: Shopper, product_id: int, **fields: Any) -> int:
    data = {"rating": 5, "content": "", **fields}
    review = await service.create_review(user.id, ReviewIn(product_id=product_id, **data))
    return review.id
