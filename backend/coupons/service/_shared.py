"""What the coupon use cases share: the clock, the claimable filter and the shopper's view."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from tortoise.expressions import F
from tortoise.queryset import QuerySet

from backend.coupons.models import Coupon, CouponTemplate
from backend.coupons.schemas import PLATFORM_NAME
from backend.shops import service as shops


def now() -> datetime:
    """The coupons' clock (one place, so tests can read it as it will be days from now)."""
    return datetime.now(UTC)


def claimable(moment: datetime) -> QuerySet[CouponTemplate]:
    """Templates a shopper can claim at ``moment``: active, in their claim window, not all claimed."""
    return CouponTemplate.filter(status="active", claim_starts_at__lte=moment, claim_ends_at__gt=moment,
                                 claimed__lt=F("total"))


def status_of(coupon: Coupon, moment: datetime) -> str:
    """An unused coupon past its validity is expired, whether or not the sweep has moved it yet."""
    return "expired" if coupon.status == "unused" and coupon.valid_until <= moment else coupon.status


async def shop_names(shop_ids: Iterable[int | None]) -> dict[int | None, str]:
    """Each shop's name for the shopper (one query); the platform's coupons say 平台券."""
    rows = await shops.shops_by_id({shop_id for shop_id in shop_ids if shop_id is not None})
    return {None: PLATFORM_NAME, **{shop_id: shop.name for shop_id, shop in rows.items()}}


def coupon_view(coupon: Coupon, names: dict[int | None, str], moment: datetime) -> dict[str, Any]:
    return {
        **{name: getattr(coupon, name) for name in ("id", "template_id", "code", "shop_id", "title", "threshold",
                                                    "off", "product_ids", "valid_from", "valid_until",
                                                    "order_nos", "used_at")},
        "shop_name": names.get(coupon.shop_id, ""),
        "status": status_of(coupon, moment),
        "claimed_at": coupon.created_at,
    }
