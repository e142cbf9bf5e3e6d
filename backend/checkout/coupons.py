"""Which of the shopper's coupons fit the basket (CO-3), answered by the one price engine.

Preview lists the coupons the shopper holds for the basket's shops and the platform's: the usable
ones with what each takes off on its own (``saving``), ``best`` marking what the shells pre-select
(each shop's best coupon, then the platform coupon saving most on top of them); the unusable ones
with the reason. The coupons chosen are priced shop coupons first, then the platform's, since the
engine checks a platform coupon's threshold against what is left after the shops' coupons.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from backend.checkout.quotes import Priced
from backend.checkout.schemas import CouponChoiceOut, UnusableCouponOut, UsableCouponOut
from backend.coupons.schemas import PLATFORM_NAME, HeldCoupon
from backend.pricing.schemas import Adjustment, Benefits, Quote, Source

# the engine's reasons, and ours for coupons it never sees
REASON_TEXT = {
    "threshold_not_met": "未达到使用门槛",
    "no_eligible_lines": "所选商品不在适用范围内",
    "wrong_shop": "不适用于所选店铺的商品",
    "one_coupon_per_shop": "每个店铺和平台各只能使用一张优惠券",
    "duplicate_code": "重复选择了同一张优惠券",
    "not_started": "尚未到可用时间",
    "used": "已使用",
    "expired": "已过期",
    "not_found": "优惠券不存在",
}


@dataclass(frozen=True)
class CouponFit:
    quote: Quote  # priced with the chosen coupons that apply
    applied: tuple[HeldCoupon, ...]
    rejected: dict[int, str]  # a chosen coupon's id → why it does not apply
    held: dict[int, HeldCoupon]
    usable: tuple[tuple[HeldCoupon, int, bool], ...] = ()  # (coupon, saving alone, best)
    unusable: tuple[tuple[HeldCoupon, str], ...] = ()  # (coupon, reason)


def _taken_by(quote: Quote, coupon: HeldCoupon) -> list[Adjustment]:
    return [a for a in quote.adjustments if a.source == Source.COUPON and a.ref == coupon.code]


def _saving(quote: Quote, coupon: HeldCoupon) -> int:
    return -sum(a.amount for a in _taken_by(quote, coupon))


def _rejection(quote: Quote, coupon: HeldCoupon) -> str | None:
    """The engine's reason; a coupon it took nothing off with (its lines cost nothing already) does
    not apply either, or it would be used up on no order."""
    reason = next((str(r.reason) for r in quote.rejected if r.kind == "coupon" and r.ref == coupon.code), None)
    return reason or (None if _saving(quote, coupon) else "no_eligible_lines")


def _refusal(coupon: HeldCoupon | None) -> str | None:
    """Why a held coupon cannot be priced at all, before the engine looks at the basket."""
    if coupon is None:
        return "not_found"
    if coupon.status != "unused":
        return coupon.status
    return None if coupon.started else "not_started"


def _price(priced: Priced, coupons: list[HeldCoupon], use_points: int = 0) -> Quote:
    ordered = sorted(coupons, key=lambda c: c.shop_id is None)  # shops' first, then the platform's
    return priced.requote(Benefits(coupons=tuple(c.terms() for c in ordered), use_points=use_points))


def _chosen(priced: Priced, held: dict[int, HeldCoupon], chosen_ids: list[int],
            use_points: int) -> tuple[Quote, list[HeldCoupon], dict[int, str]]:
    rejected = {i: reason for i in chosen_ids if (reason := _refusal(held.get(i)))}
    candidates = [held[i] for i in chosen_ids if i not in rejected]
    if not candidates:
        return priced.quote, [], rejected
    quote = _price(priced, candidates, use_points)
    rejected |= {c.id: reason for c in candidates if (reason := _rejection(quote, c))}
    return quote, [c for c in candidates if c.id not in rejected], rejected


def _best(priced: Priced, usable: list[tuple[HeldCoupon, int]]) -> set[int]:
    """Each shop's coupon saving most alone, then the platform's saving most on top of those."""
    ranked = sorted(usable, key=lambda pair: (-pair[1], pair[0].valid_until, pair[0].id))
    per_shop: dict[int, HeldCoupon] = {}
    for coupon, _ in ranked:
        if coupon.shop_id is not None:
            per_shop.setdefault(coupon.shop_id, coupon)
    chosen = list(per_shop.values())
    on_top = []
    for coupon, _ in ranked:
        if coupon.shop_id is None:
            quote = _price(priced, [*chosen, coupon])
            if _rejection(quote, coupon) is None:
                on_top.append((_saving(quote, coupon), coupon))
    platform = max(on_top, key=lambda pair: pair[0], default=None)  # max keeps the first of equals
    return {c.id for c in chosen} | ({platform[1].id} if platform else set())


def fit_coupons(priced: Priced, held: list[HeldCoupon], chosen_ids: list[int], use_points: int,
                *, listing: bool = True) -> CouponFit:
    """Price the chosen coupons (with the points asked for); with ``listing``, sort every held
    coupon into usable (each priced alone) and unusable."""
    by_id = {coupon.id: coupon for coupon in held}
    quote, applied, rejected = _chosen(priced, by_id, chosen_ids, use_points)
    if not listing:
        return CouponFit(quote, tuple(applied), rejected, by_id)
    usable: list[tuple[HeldCoupon, int]] = []
    unusable: list[tuple[HeldCoupon, str]] = []
    for coupon in held:
        if coupon.status != "unused":
            continue  # chosen but used or expired: said in ``rejected``, not offered
        if reason := _refusal(coupon):
            unusable.append((coupon, reason))
            continue
        alone = _price(priced, [coupon])
        if reason := _rejection(alone, coupon):
            unusable.append((coupon, reason))
        else:
            usable.append((coupon, _saving(alone, coupon)))
    best = _best(priced, usable)
    usable.sort(key=lambda pair: (pair[0].id not in best, -pair[1], pair[0].valid_until))
    return CouponFit(quote, tuple(applied), rejected, by_id, tuple((c, s, c.id in best) for c, s in usable),
                     tuple(unusable))


def coupons_view(fit: CouponFit, shop_names: dict[int, str]) -> dict[str, Any]:
    """Preview's ``coupons``: ``selected`` marks the coupons the quote applied."""
    applied = {coupon.id for coupon in fit.applied}

    def view(schema: type[CouponChoiceOut], coupon: HeldCoupon, **extra: Any) -> dict[str, Any]:
        shop_name = PLATFORM_NAME if coupon.shop_id is None else shop_names.get(coupon.shop_id, "")
        return schema.model_validate({**asdict(coupon), "shop_name": shop_name, "selected": coupon.id in applied,
                                      **extra}).model_dump(mode="json")

    return {
        "usable": [view(UsableCouponOut, c, saving=saving, best=best) for c, saving, best in fit.usable],
        "unusable": [view(UnusableCouponOut, c, reason=reason) for c, reason in fit.unusable],
        "rejected": [{"id": i, "reason": reason} for i, reason in fit.rejected.items()],
    }


def refusal_message(fit: CouponFit) -> str:
    """Names the first chosen coupon that does not apply and why."""
    coupon_id, reason = next(iter(fit.rejected.items()))
    coupon = fit.held.get(coupon_id)
    name = f"优惠券「{coupon.title}」" if coupon else "所选优惠券"
    return f"{name}不可用（{REASON_TEXT.get(reason, reason)}），请重新选择"


def coupon_orders(fit: CouponFit, order_of_shop: dict[int, tuple[int, str]]) -> dict[int, list[tuple[int, str]]]:
    """Each applied coupon's orders (id, number): those whose lines it took money off."""
    shop_of = {line.line_id: line.shop_id for line in fit.quote.lines}
    used: dict[int, list[tuple[int, str]]] = {}
    for coupon in fit.applied:
        shops = dict.fromkeys(shop_of[a.line_id] for a in _taken_by(fit.quote, coupon))
        used[coupon.id] = [order_of_shop[shop] for shop in shops]
    return used
