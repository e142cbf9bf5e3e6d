"""One page shape for every list: ``{"items", "total", "page", "page_size"}``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from tortoise.queryset import QuerySet

MAX_PAGE_SIZE = 100


class PageParams(BaseModel):
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=MAX_PAGE_SIZE)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


async def paginate(queryset: QuerySet, params: PageParams) -> tuple[list[Any], int]:
    total = await queryset.count()
    items = await queryset.offset(params.offset).limit(params.page_size)
    return items, total


def page_body(items: list[Any], total: int, params: PageParams) -> dict[str, Any]:
    return {"items": items, "total": total, "page": params.page, "page_size": params.page_size}
