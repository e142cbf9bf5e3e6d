from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from backend.catalog.schemas import ProductCard

MAX_BATCH = 100


class AddressIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=40)
    phone: str = Field(pattern=r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
    province: str = Field(min_length=2, max_length=20)
    city: str = Field(min_length=2, max_length=20)
    district: str = Field(default="", max_length=20)
    detail: str = Field(min_length=2, max_length=200)
    postal_code: str = Field(default="", pattern=r"^(|\d{6})$")
    tag: str = Field(default="", max_length=10)
    is_default: bool = False


class AddressOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    phone: str
    province: str
    city: str
    district: str
    detail: str
    postal_code: str
    tag: str
    is_default: bool
    created_at: datetime


class FavouriteOut(BaseModel):
    """A kept product; ``card`` is null and ``available`` false once it left the shelf or is gone."""

    product_id: int
    created_at: datetime
    available: bool
    card: ProductCard | None


class FavouriteBatchDelete(BaseModel):
    model_config = ConfigDict(extra="forbid")

    product_ids: list[int] = Field(min_length=1, max_length=MAX_BATCH)


class ShopCard(BaseModel):
    id: int
    name: str
    logo: str
    self_operated: bool


class FollowedShopOut(BaseModel):
    """A followed shop; ``available`` false once the platform disabled it."""

    shop_id: int
    created_at: datetime
    available: bool
    followers: int
    shop: ShopCard | None
