from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class CategoryIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=30)
    parent_id: int | None = Field(default=None, ge=1)
    icon: str = Field(default="", max_length=500)
    sort: int = Field(default=0, ge=0, le=99999)
    is_visible: bool = True


class CategoryNode(BaseModel):
    id: int
    name: str
    level: int
    icon: str
    sort: int
    children: list[CategoryNode] = []


class BrandIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=40)
    english_name: str = Field(default="", max_length=60)
    logo: str = Field(default="", max_length=500)
    is_recommended: bool = False
    sort: int = Field(default=0, ge=0, le=99999)


class BrandOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    english_name: str
    letter: str
    logo: str
    is_recommended: bool
    sort: int


class ProductIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    title: str = Field(min_length=2, max_length=100)
    subtitle: str = Field(default="", max_length=200)
    image: str = Field(default="", max_length=500)
    category_id: int | None = Field(default=None, ge=1)
    brand_id: int | None = Field(default=None, ge=1)
    price: int = Field(ge=0, le=10**10, description="fen")
    original_price: int = Field(default=0, ge=0, le=10**10)
    stock: int = Field(default=0, ge=0, le=10**9)
    tags: list[str] = Field(default_factory=list, max_length=10)
    sort: int = Field(default=0, ge=0, le=99999)


class ProductChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    price: int | None = Field(default=None, ge=0, le=10**10)
    stock: int | None = Field(default=None, ge=0, le=10**9)
    status: Literal["on_sale", "off_shelf"] | None = None
    title: str | None = Field(default=None, min_length=2, max_length=100)
    padded_sales: int | None = Field(default=None, ge=0, le=10**8, description="销量注水, platform only")


class ProductCard(BaseModel):
    """What a listing, a page section or a search result shows of a product (prices in fen)."""

    id: int
    title: str
    image: str
    price: int
    original_price: int
    sales: int
    stock_state: Literal["in_stock", "low", "sold_out"]
    shop_id: int
    self_operated: bool
    tags: list[str]


class ProductQuery(BaseModel):
    shop_id: int | None = None  # a shop's own pages list only that shop's products
    category_id: int | None = None
    brand_id: int | None = None
    tag: str | None = Field(default=None, max_length=20)
    sort: Literal["composite", "sales", "newest", "price_asc", "price_desc"] = "composite"
    limit: int = Field(default=10, ge=1, le=50)
