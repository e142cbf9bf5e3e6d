"""Coupon requests and answers (docs/promotions-api.md, "Coupons")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from backend.core.pagination import PageParams
from backend.pricing.schemas import Coupon as EngineCoupon

MAX_FEN = 10**9  # 1000 万元: more than any coupon takes off
MAX_TOTAL = 10_000_000
MAX_PRODUCTS = 200
PLATFORM_NAME = "平台券"  # the shop name shown on the platform's coupons
TemplateStatus = Literal["active", "stopped"]
CouponStatus = Literal["unused", "used", "expired"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class TemplateIn(_In):
    """A new template. Times carry their offset (ISO 8601, e.g. ``2026-12-01T00:00:00+08:00``);
    ``claim_starts_at`` absent: claimable at once. Validity: ``valid_days`` or the fixed window."""

    title: str = Field(min_length=1, max_length=40)
    threshold: int = Field(default=0, ge=0, le=MAX_FEN)
    off: int = Field(gt=0, le=MAX_FEN)
    product_ids: list[int] | None = Field(default=None, min_length=1, max_length=MAX_PRODUCTS)
    claim_starts_at: AwareDatetime | None = None
    claim_ends_at: AwareDatetime
    valid_days: int | None = Field(default=None, ge=1, le=365)
    valid_from: AwareDatetime | None = None
    valid_until: AwareDatetime | None = None
    total: int = Field(ge=1, le=MAX_TOTAL)
    per_user_limit: int = Field(default=1, ge=1, le=100)

    @field_validator("product_ids")
    @classmethod
    def distinct_products(cls, product_ids: list[int] | None) -> list[int] | None:
        if product_ids is not None and any(p <= 0 for p in product_ids):
            raise ValueError("商品编号不正确")
        return list(dict.fromkeys(product_ids)) if product_ids is not None else None


class TemplateChange(_In):
    """What may change after issue; absent fields stay as they are."""

    title: str | None = Field(default=None, min_length=1, max_length=40)
    total: int | None = Field(default=None, ge=1, le=MAX_TOTAL)
    claim_starts_at: AwareDatetime | None = None
    claim_ends_at: AwareDatetime | None = None
    per_user_limit: int | None = Field(default=None, ge=1, le=100)


class TemplateQuery(PageParams):
    status: TemplateStatus | None = None
    shop_id: int | None = Field(default=None, ge=0, description="platform staff: 0 for the platform's own")
    keyword: str | None = Field(default=None, max_length=40)


class TemplateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int | None
    title: str
    threshold: int
    off: int
    product_ids: list[int] | None
    claim_starts_at: datetime
    claim_ends_at: datetime
    valid_days: int | None
    valid_from: datetime | None
    valid_until: datetime | None
    total: int
    claimed: int
    per_user_limit: int
    status: TemplateStatus
    created_at: datetime
    updated_at: datetime


class ClaimableQuery(PageParams):
    shop_id: int | None = Field(default=None, ge=1)
    product_id: int | None = Field(default=None, ge=1)


class CouponTerms(BaseModel):
    """What a coupon takes off where, as shoppers see it (平台券 for the platform's)."""

    shop_id: int | None
    shop_name: str
    title: str
    threshold: int
    off: int
    product_ids: list[int] | None


class ClaimableOut(CouponTerms):
    id: int
    claim_ends_at: datetime
    valid_days: int | None
    valid_from: datetime | None
    valid_until: datetime | None
    remaining: int
    per_user_limit: int
    claimed_by_me: int
    can_claim: bool


class ClaimIn(_In):
    template_id: int = Field(gt=0)


class MyCouponQuery(PageParams):
    status: CouponStatus | None = None


class HeldCouponOut(CouponTerms):
    """A shopper's coupon; checkout's lists show it so, with their own fields."""

    id: int
    template_id: int
    code: str
    status: CouponStatus
    valid_from: datetime
    valid_until: datetime


class CouponOut(HeldCouponOut):
    order_nos: list[str]
    claimed_at: datetime
    used_at: datetime | None


@dataclass(frozen=True)
class HeldCoupon:
    """A shopper's coupon as checkout sees it: ``status`` as the clock reads it now (an unused
    coupon past ``valid_until`` is ``expired``), ``started`` once ``valid_from`` has come."""

    id: int
    template_id: int
    code: str
    shop_id: int | None
    title: str
    threshold: int
    off: int
    product_ids: tuple[int, ...] | None
    status: CouponStatus
    started: bool
    valid_from: datetime
    valid_until: datetime

    def terms(self) -> EngineCoupon:
        """The coupon as the price engine takes it."""
        products = frozenset(self.product_ids) if self.product_ids is not None else None
        return EngineCoupon(code=self.code, shop_id=self.shop_id, threshold=self.threshold, off=self.off,
                            product_ids=products)
