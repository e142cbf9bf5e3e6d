"""The calculators the price engine chains: base → activity → full reduction → coupons → points → freight.

Each reads the state so far and returns its adjustments as data; none changes the state or its
inputs. A discount is capped by what its lines still cost after the calculators before it, and is
spread over those lines by largest remainder, so no line ever goes below zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from backend.core.money import split_largest_remainder
from backend.pricing.schemas import (
    Adjustment,
    Benefits,
    BuyerContext,
    Coupon,
    FreightRule,
    Line,
    LineId,
    Rejection,
    RejectReason,
    ShopRules,
    Source,
    UndeliverableReason,
)


@dataclass(frozen=True)
class PricingState:
    lines: tuple[Line, ...]
    buyer: BuyerContext
    rules: Mapping[int, ShopRules]  # by shop id
    benefits: Benefits
    adjustments: tuple[Adjustment, ...] = ()

    def amount(self, line: Line, *, excluding: frozenset[str] = frozenset()) -> int:
        """What ``line`` costs so far, leaving out the sources named."""
        return sum(a.amount for a in self.adjustments if a.line_id == line.line_id and a.source not in excluding)

    def shop_ids(self) -> list[int]:
        return list(dict.fromkeys(line.shop_id for line in self.lines))

    def lines_of(self, shop_id: int) -> list[Line]:
        return [line for line in self.lines if line.shop_id == shop_id]

    def plus(self, adjustments: Iterable[Adjustment]) -> PricingState:
        return replace(self, adjustments=self.adjustments + tuple(adjustments))


@dataclass(frozen=True)
class Outcome:
    adjustments: tuple[Adjustment, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    undeliverable: tuple[tuple[LineId, UndeliverableReason], ...] = ()
    points_used: int = 0


class Calculator(Protocol):
    def __call__(self, state: PricingState, /) -> Outcome: ...


def spread(state: PricingState, lines: list[Line], amount: int, source: str, ref: str = "") -> tuple[Adjustment, ...]:
    """Take up to ``amount`` fen off ``lines`` in proportion to what each still costs."""
    weights = [max(0, state.amount(line)) for line in lines]
    shares = split_largest_remainder(min(amount, sum(weights)), weights)
    pairs = zip(lines, shares, strict=True)
    return tuple(Adjustment(line.line_id, source, -share, ref) for line, share in pairs if share)


def base(state: PricingState) -> Outcome:
    amounts = (Adjustment(line.line_id, Source.BASE, line.unit_price * line.quantity) for line in state.lines)
    return Outcome(tuple(amounts))


def activity(state: PricingState) -> Outcome:
    """A flash-sale or limited-time price replaces the unit price when it is lower."""
    adjustments = []
    for line in state.lines:
        rules = state.rules.get(line.shop_id)
        prices = [a.price for a in rules.activity_prices if a.sku_id == line.sku_id] if rules else []
        if prices and min(prices) < line.unit_price:
            off = min((line.unit_price - min(prices)) * line.quantity, state.amount(line))
            adjustments.append(Adjustment(line.line_id, Source.ACTIVITY, -off))
    return Outcome(tuple(adjustments))


def full_reduction(state: PricingState) -> Outcome:
    """满减: each shop's best tier that its subtotal reaches, spread over the shop's lines."""
    adjustments: list[Adjustment] = []
    for shop_id in state.shop_ids():
        rules = state.rules.get(shop_id)
        lines = state.lines_of(shop_id)
        subtotal = sum(state.amount(line) for line in lines)
        reached = [tier for tier in (rules.full_reductions if rules else ()) if tier.threshold <= subtotal]
        if reached:
            best = max(reached, key=lambda tier: (tier.off, tier.threshold))
            adjustments += spread(state, lines, best.off, Source.FULL_REDUCTION, f"{best.threshold}-{best.off}")
    return Outcome(tuple(adjustments))


def coupons(state: PricingState) -> Outcome:
    """The buyer's coupons in the order chosen, at most one per shop and one from the platform;
    each one's threshold is checked against what its lines cost after the coupons before it."""
    applied: list[Adjustment] = []
    rejected: list[Rejection] = []
    seen_codes: set[str] = set()
    used_scopes: set[int | None] = set()
    for coupon in state.benefits.coupons:
        reason = _coupon_rejection(state, coupon, seen_codes, used_scopes)
        seen_codes.add(coupon.code)
        if reason:
            rejected.append(Rejection("coupon", coupon.code, reason))
            continue
        used_scopes.add(coupon.shop_id)
        adjustments = spread(state, _coupon_lines(state, coupon), coupon.off, Source.COUPON, coupon.code)
        applied += adjustments
        state = state.plus(adjustments)
    return Outcome(tuple(applied), tuple(rejected))


def _coupon_lines(state: PricingState, coupon: Coupon) -> list[Line]:
    products = coupon.product_ids
    return [
        line for line in state.lines
        if coupon.shop_id in (None, line.shop_id) and (products is None or line.product_id in products)
    ]


def _coupon_rejection(
    state: PricingState, coupon: Coupon, seen_codes: set[str], used_scopes: set[int | None]
) -> RejectReason | None:
    if coupon.code in seen_codes:
        return RejectReason.DUPLICATE_CODE
    if coupon.shop_id in used_scopes:
        return RejectReason.ONE_COUPON_PER_SHOP
    if coupon.shop_id is not None and not state.lines_of(coupon.shop_id):
        return RejectReason.WRONG_SHOP
    lines = _coupon_lines(state, coupon)
    if not lines:
        return RejectReason.NO_ELIGIBLE_LINES
    if sum(state.amount(line) for line in lines) < coupon.threshold:
        return RejectReason.THRESHOLD_NOT_MET
    return None


@dataclass(frozen=True)
class Points:
    """Points pay for goods (never freight): ``points_per_fen`` points are one fen, and they cover
    at most ``max_share_percent`` of what the goods still cost. Asking for more than the balance
    or the cap uses as many as allowed; ``Quote.points_used`` says how many."""

    points_per_fen: int = 1  # 100 points = 1 yuan
    max_share_percent: int = 50

    def __post_init__(self) -> None:
        if self.points_per_fen < 1 or not 0 <= self.max_share_percent <= 100:
            raise ValueError("points_per_fen must be positive and max_share_percent within 0..100")

    def __call__(self, state: PricingState) -> Outcome:
        wanted = min(state.benefits.use_points, state.buyer.points_balance) // self.points_per_fen
        goods = sum(max(0, state.amount(line)) for line in state.lines)
        fen = min(wanted, goods * self.max_share_percent // 100)
        return Outcome(spread(state, list(state.lines), fen, Source.POINTS), points_used=fen * self.points_per_fen)


points = Points()


def freight(state: PricingState) -> Outcome:
    """Each shop's lines grouped by the shipping template that ships them (the product's own, else
    the shop's default); each group is charged once and the fee spread over its lines by what they
    cost. A buyer in a province a template excludes gets that group's lines marked undeliverable."""
    adjustments: list[Adjustment] = []
    undeliverable: list[tuple[LineId, UndeliverableReason]] = []
    for shop_id in state.shop_ids():
        rules = state.rules.get(shop_id)
        if rules is None:
            continue
        groups: dict[int | None, list[Line]] = {}
        for line in state.lines_of(shop_id):
            groups.setdefault(rules.template_key(line), []).append(line)
        for key, lines in groups.items():
            template = rules.template(key)
            if template is None:
                continue
            if state.buyer.province in template.excluded_provinces:
                undeliverable += [(line.line_id, UndeliverableReason.REGION_EXCLUDED) for line in lines]
            else:
                adjustments += _freight_of(state, lines, template)
    return Outcome(tuple(adjustments), undeliverable=tuple(undeliverable))


def _freight_of(state: PricingState, lines: list[Line], template: FreightRule) -> list[Adjustment]:
    # The free-shipping threshold looks at the goods after discounts; paying with points
    # must not cost the buyer free shipping.
    subtotal = sum(state.amount(line, excluding=frozenset({Source.POINTS})) for line in lines)
    if template.free_over is not None and subtotal >= template.free_over:
        return []
    if template.mode == "pieces":
        units = sum(line.quantity for line in lines)
    else:
        units = sum(line.weight_grams * line.quantity for line in lines)
    fee = template.rate_for(state.buyer.province).fee(units)
    shares = split_largest_remainder(fee, [max(0, state.amount(line)) for line in lines])
    return [Adjustment(line.line_id, Source.FREIGHT, share) for line, share in zip(lines, shares, strict=True) if share]


CHAIN: tuple[Calculator, ...] = (base, activity, full_reduction, coupons, points, freight)
