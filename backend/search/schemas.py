from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
    tags: str = Field(default="", max_length=200, description="comma list; every tag must match")
    attrs: str = Field(default="", max_length=500, description="comma list of attribute_id:value")
    facets: bool = False
    sort: Literal["composite", "sales", "price_asc", "price_desc", "newest"] = "composite"

    @property
    def tag_list(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()][:10]

    @property
    def attribute_filters(self) -> dict[int, list[str]]:
        """``3:不锈钢,3:玻璃,5:红色`` → {3: [不锈钢, 玻璃], 5: [红色]}: values of one attribute are alternatives."""
        wanted: dict[int, list[str]] = {}
        for item in filter(str.strip, self.attrs.split(",")):  # well formed: checked on the way in
            attribute, _, value = item.strip().partition(":")
            wanted.setdefault(int(attribute), []).append(value.strip())
        return wanted

    @model_validator(mode="after")
    def _price_range(self) -> SearchQuery:
        if self.price_min is not None and self.price_max is not None and self.price_min > self.price_max:
            raise ValueError("最低价不能高于最高价")
        return self

    @field_validator("attrs")
    @classmethod
    def _attrs_well_formed(cls, attrs: str) -> str:
        for item in filter(str.strip, attrs.split(",")):
            attribute, _, value = item.strip().partition(":")
            if not attribute.isdigit() or not value.strip():
                raise ValueError("属性筛选格式应为 属性ID:值")
        return attrs


class SearchPage(BaseModel):
    items: list[ProductCard]
    total: int
    page: int
    page_size: int
    facets: dict | None = None


class SuggestQuery(BaseModel):
    """What the shopper has typed so far: Chinese, pinyin (「baow」) or initials (「bw」)."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    keyword: str = Field(min_length=1, max_length=20)


class KeywordList(BaseModel):
    """Keywords, best first: a shopper's history or suggestions while typing."""

    items: list[str]


class HotSearches(BaseModel):
    """Operators' preset words (搜索预置词) and the week's hot searches (热搜)."""

    preset: list[str]
    hot: list[str]
