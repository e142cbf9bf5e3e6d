from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from backend.core.pagination import PageParams

ShopKind = Literal["merchant", "supplier"]
PHONE_PATTERN = r"^1[3-9]\d{9}$"


class ShopIn(BaseModel):
    kind: ShopKind
    name: str = Field(min_length=2, max_length=60)
    self_operated: bool = False
    contact_name: str = Field(default="", max_length=40)
    contact_phone: str = Field(default="", pattern=r"^(|1[3-9]\d{9})$")
    logo: str = Field(default="", max_length=500)
    intro: str = Field(default="", max_length=500)


class ShopQuery(PageParams):
    kind: ShopKind | None = None
    keyword: str = Field(default="", max_length=60)
    status: Literal["active", "disabled"] | None = None


class ShopOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: ShopKind
    name: str
    self_operated: bool
    status: str
    contact_name: str
    contact_phone: str
    logo: str
    intro: str
    created_at: datetime


class ShopBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    kind: ShopKind
    self_operated: bool


class ShopSearchQuery(PageParams):
    keyword: str = Field(min_length=1, max_length=30)


class ShopCardOut(BaseModel):
    """What a shopper sees of a shop in search results."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    logo: str
    intro: str
    self_operated: bool
