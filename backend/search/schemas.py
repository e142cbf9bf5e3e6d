from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from backend.catalog.schemas import ProductCard
from backend.core.pagination import PageParams

MAX_KEYWORD = 50


class SearchQuery(PageParams):
    """A product search: keyword (any Chinese, pinyin or initials), filters and one sort."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    keyword: str = Field(default="", max_length=MAX_KEYWORD)
    category_id: int | None = Field(default=None, ge=1)  # any level: its descendants are included
    brand_id: int | None = Field(default=None, ge=1)
    price_min: int | None = Field(default=None, ge=0, le=10**10, description="fen")
    price_max: int | None = Field(default=None, ge=0, le=10**10, description="fen")
    in_stock: bool = False
    sort: Literal["composite", "sales", "price_asc", "price_desc", "newest"] = "composite"

    @model_validator(mode="after")
    def _price_range(self) -> SearchQuery:
        if self.price_min is not None and self.price_max is not None and self.price_min > self.price_max:
            raise ValueError("最低价不能高于最高价")
        return self


class SearchPage(BaseModel):
    items: list[ProductCard]
    total: int
    page: int
    page_size: int
