"""Activities as the back office writes them and shoppers read them (docs/promotions-api.md).

``rules`` are checked by the model of the activity's kind (``RULES``); their field errors read
``rules.tiers.0.threshold`` like any other field.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from backend.core.pagination import PageParams

MAX_FEN = 10**10
MAX_TIERS = 5
MAX_PRODUCTS = 200

Kind = Literal["full_reduction", "full_discount", "full_gift", "package_price"]
Basis = Literal["amount", "count"]
Phase = Literal["upcoming", "running", "ended", "cancelled"]
KIND_NAMES = {"full_reduction": "满减", "full_discount": "满折", "full_gift": "满赠", "package_price": "打包一口价"}


class _In(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


def _ascending(tiers: list[Any]) -> list[Any]:
    if any(later.threshold <= earlier.threshold for earlier, later in zip(tiers, tiers[1:], strict=False)):
        raise ValueError("各档门槛须从低到高递增")
    return tiers


class _Ladder(_In):
    basis: Basis = "amount"


class ReductionTierIn(_In):
    threshold: int = Field(ge=1, le=MAX_FEN, description="fen, or units for basis count")
    off: int = Field(ge=1, le=MAX_FEN, description="fen")


class FullReductionRules(_Ladder):
    """满减: ``off`` once ``threshold`` is reached (the best tier), or 每满 (``cyclic``) per whole threshold."""

    tiers: list[ReductionTierIn] = Field(min_length=1, max_length=MAX_TIERS)
    cyclic: bool = False
    cap: int | None = Field(default=None, ge=1, le=MAX_FEN, description="fen; cyclic only")

    @field_validator("tiers")
    @classmethod
    def _better_as_they_rise(cls, tiers: list[ReductionTierIn]) -> list[ReductionTierIn]:
        if any(later.off <= earlier.off for earlier, later in zip(tiers, tiers[1:], strict=False)):
            raise ValueError("门槛越高，减的金额须越多")
        return _ascending(tiers)

    @model_validator(mode="after")
    def _consistent(self) -> FullReductionRules:
        if self.basis == "amount" and any(tier.off >= tier.threshold for tier in self.tiers):
            raise ValueError("减的金额须小于门槛")
        if self.cyclic and len(self.tiers) != 1:
            raise ValueError("每满减只能设置一档")
        if self.cap is not None and not self.cyclic:
            raise ValueError("只有每满减可以设置封顶")
        return self


class DiscountTierIn(_In):
    threshold: int = Field(ge=1, le=MAX_FEN)
    percent: int = Field(ge=1, le=99, description="what is paid: 90 = 9折")


class FullDiscountRules(_Ladder):
    tiers: list[DiscountTierIn] = Field(min_length=1, max_length=MAX_TIERS)

    @field_validator("tiers")
    @classmethod
    def _better_as_they_rise(cls, tiers: list[DiscountTierIn]) -> list[DiscountTierIn]:
        if any(later.percent >= earlier.percent for earlier, later in zip(tiers, tiers[1:], strict=False)):
            raise ValueError("门槛越高，折扣须越低")
        return _ascending(tiers)


class GiftTierIn(_In):
    threshold: int = Field(ge=1, le=MAX_FEN)
    gift_sku_id: int = Field(ge=1)
    gift_quantity: int = Field(default=1, ge=1, le=99, description="base units")


class FullGiftRules(_Ladder):
    tiers: list[GiftTierIn] = Field(min_length=1, max_length=MAX_TIERS)

    @field_validator("tiers")
    @classmethod
    def _rising(cls, tiers: list[GiftTierIn]) -> list[GiftTierIn]:
        return _ascending(tiers)


class PackagePriceRules(_In):
    count: int = Field(ge=2, le=99, description="base units in one package")
    price: int = Field(ge=1, le=MAX_FEN, description="fen for the whole package")


RULES: dict[str, type[BaseModel]] = {
    "full_reduction": FullReductionRules,
    "full_discount": FullDiscountRules,
    "full_gift": FullGiftRules,
    "package_price": PackagePriceRules,
}


class ActivityIn(_In):
    """An activity as the back office writes it; times without a zone are the shop's (Asia/Shanghai)."""

    shop_id: int | None = Field(default=None, ge=1, description="platform staff name the shop")
    kind: Kind
    title: str = Field(min_length=1, max_length=40)
    scope: Literal["shop", "products"] = "shop"
    product_ids: list[int] = Field(default_factory=list, max_length=MAX_PRODUCTS)
    rules: dict[str, Any]
    starts_at: datetime
    ends_at: datetime

    @field_validator("product_ids")
    @classmethod
    def _distinct(cls, product_ids: list[int]) -> list[int]:
        if any(product_id < 1 for product_id in product_ids):
            raise ValueError("商品编号不正确")
        return list(dict.fromkeys(product_ids))

    @model_validator(mode="after")
    def _consistent(self) -> ActivityIn:
        self.rules = _rules_of(self.kind, self.rules)
        if self.scope == "products" and not self.product_ids:
            raise _field_error("product_ids", "请选择参加活动的商品")
        if self.scope == "shop" and self.product_ids:
            raise _field_error("product_ids", "全店活动不需要选择商品")
        return self


def _field_error(field: str, message: str) -> ValidationError:
    return ValidationError.from_exception_data("ActivityIn", [
        {"type": "value_error", "loc": (field,), "input": None, "ctx": {"error": ValueError(message)}}])


def _rules_of(kind: str, rules: dict[str, Any]) -> dict[str, Any]:
    """The rules as the kind's model reads them; its errors are reported under ``rules.``."""
    try:
        return RULES[kind].model_validate(rules).model_dump()
    except ValidationError as exc:
        raise ValidationError.from_exception_data("ActivityIn", [
            {"type": error["type"], "loc": ("rules", *error["loc"]), "input": error.get("input"),
             "ctx": error.get("ctx", {})}
            for error in exc.errors()]) from None


class ActivityQuery(PageParams):
    kind: Kind | None = None
    phase: Phase | None = None
    keyword: str | None = Field(default=None, max_length=40)
    shop_id: int | None = Field(default=None, ge=1)


class ActivityOut(BaseModel):
    id: int
    shop_id: int
    kind: Kind
    title: str
    scope: Literal["shop", "products"]
    product_ids: list[int]
    rules: dict[str, Any]
    starts_at: datetime
    ends_at: datetime
    status: Literal["active", "cancelled"]
    phase: Phase
    mark: str
    created_at: datetime
    updated_at: datetime


class ActivityPublic(BaseModel):
    """What shoppers see of a running activity, with its 凑单 page."""

    id: int
    shop_id: int
    kind: Kind
    title: str
    scope: Literal["shop", "products"]
    rules: dict[str, Any]
    starts_at: datetime
    ends_at: datetime
    phase: Phase
    mark: str
    products: str  # the 凑单 page: /api/v1/activities/{id}/products
