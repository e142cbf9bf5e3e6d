"""The coupons a shopper holds: their list, what checkout may use and marks used, giving a coupon
back when its orders end unpaid, and the clock (expiry, the reminder the day before)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.expressions import Q

from backend.core import events, jobs
from backend.core.errors import Conflict, Invalid
from backend.core.pagination import paginate
from backend.core.runtime import runtime
from backend.coupons.errors import CouponError
from backend.coupons.models import Coupon, CouponUse
from backend.coupons.schemas import HeldCoupon, MyCouponQuery
from backend.coupons.service import _shared
from backend.coupons.service._shared import coupon_view, shop_names, status_of
from backend.coupons.states import COUPON

log = logging.getLogger("backend.coupons")
REMINDER_JOB, SWEEP_JOB = "coupons.expiring", "coupons.sweep"
SWEEP_EVERY = timedelta(hours=1)
SWEEP_BATCH = 500
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))


# --- the shopper's list -------------------------------------------------------------------------

async def list_my_coupons(user_id: int, query: MyCouponQuery) -> tuple[list[dict[str, Any]], int]:
    """By status as the clock reads it now: unused ones soonest to expire first, the others newest first."""
    moment = _shared.now()
    queryset = Coupon.filter(user_id=user_id)
    if query.status == "unused":
        queryset = queryset.filter(status="unused", valid_until__gt=moment).order_by("valid_until", "id")
    elif query.status == "expired":
        queryset = queryset.filter(Q(status="expired") | Q(status="unused", valid_until__lte=moment)) \
            .order_by("-valid_until", "-id")
    else:
        queryset = (queryset.filter(status=query.status) if query.status else queryset).order_by("-id")
    rows, total = await paginate(queryset, query)
    names = await shop_names(row.shop_id for row in rows)
    return [coupon_view(row, names, moment) for row in rows], total


async def coupon_out(coupon: Coupon) -> dict[str, Any]:
    return coupon_view(coupon, await shop_names([coupon.shop_id]), _shared.now())


# --- checkout -----------------------------------------------------------------------------------

def _held(coupon: Coupon, moment: datetime) -> HeldCoupon:
    return HeldCoupon(
        id=coupon.id, template_id=coupon.template_id, code=coupon.code, shop_id=coupon.shop_id, title=coupon.title,
        threshold=coupon.threshold, off=coupon.off,
        product_ids=tuple(coupon.product_ids) if coupon.product_ids is not None else None,
        status=status_of(coupon, moment), started=coupon.valid_from <= moment, valid_from=coupon.valid_from,
        valid_until=coupon.valid_until)


async def coupons_for_checkout(user_id: int, shop_ids: Iterable[int], chosen_ids: Iterable[int] = (),
                               *, held: bool = True) -> list[HeldCoupon]:
    """In one query: with ``held``, the shopper's unused, unexpired coupons of these shops and the
    platform's; and those chosen, whatever their state (someone else's are not found)."""
    moment = _shared.now()
    chosen = list(chosen_ids)
    wanted = Q(id__in=chosen) if chosen else None
    if held:
        unused = Q(status="unused", valid_until__gt=moment) & (Q(shop_id__in=list(shop_ids)) | Q(shop_id__isnull=True))
        wanted = unused | wanted if wanted is not None else unused
    if wanted is None:
        return []
    rows = await Coupon.filter(wanted, user_id=user_id).order_by("valid_until", "id")
    return [_held(row, moment) for row in rows]


async def use_coupons(user_id: int, orders_of: dict[int, list[tuple[int, str]]]) -> None:
    """Checkout's submit marks the coupons used on the orders (id, number) named, inside its
    transaction: a coupon another submit used a moment ago refuses (422), and nothing is bought."""
    moment = _shared.now()
    coupons = await Coupon.filter(id__in=list(orders_of), user_id=user_id).order_by("id")
    if missing := sorted(set(orders_of) - {coupon.id for coupon in coupons}):
        raise Invalid(CouponError.coupon_unusable, "优惠券不存在，请重新选择", {str(i): "not_found" for i in missing})
    for coupon in coupons:
        if not await _use(coupon, user_id, [order_no for _, order_no in orders_of[coupon.id]], moment):
            raise Invalid(CouponError.coupon_unusable, f"优惠券「{coupon.title}」已使用或已过期，请重新选择",
                          {str(coupon.id): "used"})
    await CouponUse.bulk_create([CouponUse(coupon_id=coupon_id, order_id=order_id, order_no=order_no)
                                 for coupon_id, orders in orders_of.items() for order_id, order_no in orders])


async def _use(coupon: Coupon, user_id: int, order_nos: list[str], moment: datetime) -> bool:
    if status_of(coupon, moment) != "unused":
        return False
    try:
        await COUPON.fire(coupon, "use", actor=f"consumer:{user_id}", note=",".join(order_nos), order_nos=order_nos,
                          used_at=moment)
    except Conflict:  # another submit used it a moment ago
        return False
    return True


@events.subscribe("orders.cancelled")
@events.subscribe("orders.closed")
async def _on_order_ended(payload: dict[str, Any]) -> None:
    """An order ended unpaid: a coupon used on it goes back to unused once every order it was used
    on has ended unpaid. Runs in the order's transaction; the coupon rows are locked first, so two
    of its orders ending at once still give it back exactly once."""
    if payload.get("paid", True):
        return
    order_id = payload["order_id"]
    coupon_ids = await CouponUse.filter(order_id=order_id, returned=False).values_list("coupon_id", flat=True)
    if not coupon_ids:
        return
    for coupon in await Coupon.filter(id__in=list(coupon_ids)).order_by("id").select_for_update():
        await CouponUse.filter(coupon_id=coupon.id, order_id=order_id).update(ended=True)
        if coupon.status != "used" or await CouponUse.filter(coupon_id=coupon.id, returned=False, ended=False).exists():
            continue
        await COUPON.fire(coupon, "give_back", actor="system", note=f"订单{payload['order_no']}未支付已结束",
                          order_nos=[], used_at=None)
        await CouponUse.filter(coupon_id=coupon.id, returned=False).update(returned=True)


# --- the clock ----------------------------------------------------------------------------------

@jobs.job(SWEEP_JOB)
async def _sweep(payload: dict[str, Any]) -> None:
    """Unused coupons past their validity move to expired (lists read them expired before that)."""
    moment = _shared.now()
    for coupon in await Coupon.filter(status="unused", valid_until__lte=moment).order_by("id").limit(SWEEP_BATCH):
        try:
            await COUPON.fire(coupon, "expire", actor="system")
        except Conflict:  # used a moment ago
            continue
    await schedule_sweep(moment + SWEEP_EVERY)


async def schedule_sweep(at: datetime | None = None) -> None:
    at = at or _shared.now()
    await jobs.enqueue(SWEEP_JOB, {}, run_at=at, key=f"{SWEEP_JOB}:{at.strftime('%Y%m%d%H')}")


@jobs.job(REMINDER_JOB)
async def _remind(payload: dict[str, Any]) -> None:
    """优惠券即将过期: the day before a coupon expires, if it is still unused."""
    coupon = await Coupon.get_or_none(id=payload["coupon_id"])
    if coupon is None or status_of(coupon, _shared.now()) != "unused":
        return
    # imported here: messaging reads orders, which read the catalog, whose cards ask this context
    from backend.messaging import service as messaging

    expires = coupon.valid_until.astimezone(ZoneInfo(runtime().settings.timezone)).strftime("%Y-%m-%d %H:%M")
    await messaging.send_notice("coupon_expiring", coupon.user_id, {"coupon": coupon.title, "expires_at": expires},
                                dedupe_key=f"coupon_expiring:{coupon.id}")
