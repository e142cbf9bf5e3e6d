"""The calculators the price engine chains: base → activity → package price → full reduction →
full discount → full gift → coupons → points → freight.

Each reads the state so far and returns its adjustments as data; none changes the state or its
inputs. A discount is capped by what its lines still cost after the calculators before it, and is
spread over those lines by largest remainder, so no line ever goes below zero. A shop's offers of
one kind apply one after another, each to the lines it covers as the ones before left them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from backend.core.money import split_largest_remainder
from backend.pricing.schemas import (
    Adjustment,
    Benefits,
    BuyerContext,
    Coupon,
    FreightRule,
    FullDiscount,
    FullReduction,
    Gift,
    Ladder,
    Line,
    LineId,
    Offer,
    PackagePrice,
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
    gifts: tuple[Gift, ...] = ()


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


def _offers(state: PricingState, kind: str) -> Iterator[tuple[int, Offer]]:
    """Each shop's offers of one kind (a ``ShopRules`` field), shop by shop."""
    for shop_id in state.shop_ids():
        rules = state.rules.get(shop_id)
        yield from ((shop_id, offer) for offer in (getattr(rules, kind) if rules else ()))


def _covered(state: PricingState, shop_id: int, offer: Offer) -> list[Line]:
    return [line for line in state.lines_of(shop_id) if offer.covers(line)]


def _measure(state: PricingState, lines: list[Line], ladder: Ladder) -> int:
    """What a ladder's thresholds compare: the lines' cost so far in fen, or their base units."""
    if ladder.basis == "count":
        return sum(line.units for line in lines)
    return sum(max(0, state.amount(line)) for line in lines)


Discounting = Callable[[PricingState, Offer, list[Line]], tuple[Adjustment, ...]]


def _each_offer(state: PricingState, kind: str, discount: Discounting) -> Outcome:
    """Apply every shop's offers of ``kind`` in turn, each seeing what the ones before took."""
    applied: list[Adjustment] = []
    for shop_id, offer in _offers(state, kind):
        lines = _covered(state, shop_id, offer)
        adjustments = discount(state, offer, lines) if lines else ()
        applied += adjustments
        state = state.plus(adjustments)
    return Outcome(tuple(applied))


def _reduction_off(offer: FullReduction, measured: int) -> int:
    reached = [tier for tier in offer.tiers if tier.threshold <= measured]
    if offer.cyclic:
        off = max((measured // tier.threshold * tier.off for tier in reached), default=0)
    else:
        off = max((tier.off for tier in reached), default=0)
    return off if offer.cap is None else min(off, offer.cap)


def _reduce(state: PricingState, offer: FullReduction, lines: list[Line]) -> tuple[Adjustment, ...]:
    off = _reduction_off(offer, _measure(state, lines, offer))
    return spread(state, lines, off, Source.FULL_REDUCTION, offer.ref)


def full_reduction(state: PricingState) -> Outcome:
    """满减: each offer's best tier its lines reach (每满: per whole threshold, capped), spread over them."""
    return _each_offer(state, "full_reductions", _reduce)


def _discount(state: PricingState, offer: FullDiscount, lines: list[Line]) -> tuple[Adjustment, ...]:
    measured = _measure(state, lines, offer)
    percents = [tier.percent for tier in offer.tiers if tier.threshold <= measured]
    if not percents:
        return ()
    cost = sum(max(0, state.amount(line)) for line in lines)
    return spread(state, lines, cost * (100 - min(percents)) // 100, Source.FULL_DISCOUNT, offer.ref)


def full_discount(state: PricingState) -> Outcome:
    """满折: each offer's lines pay the best reached tier's percent of what they cost (whole fen off)."""
    return _each_offer(state, "full_discounts", _discount)


def full_gift(state: PricingState) -> Outcome:
    """满赠: each offer whose lines reach a tier gives the highest such tier's gift."""
    gifts: list[Gift] = []
    for shop_id, offer in _offers(state, "full_gifts"):
        lines = _covered(state, shop_id, offer)
        measured = _measure(state, lines, offer) if lines else -1
        reached = [tier for tier in offer.tiers if tier.threshold <= measured]
        if reached:
            tier = max(reached, key=lambda t: t.threshold)
            gifts.append(Gift(shop_id, tier.sku_id, tier.quantity, offer.ref))
    return Outcome(gifts=tuple(gifts))


def _unit_runs(state: PricingState, lines: list[Line]) -> list[tuple[int, int, Line]]:
    """The lines' base units as runs of equal value ``(value, units, line)``, priciest first: a
    line's cost so far split over its units by largest remainder (two values at most)."""
    runs = []
    for line in lines:
        low, extra = divmod(max(0, state.amount(line)), line.units)
        runs += [(low + 1, extra, line), (low, line.units - extra, line)]
    return sorted((run for run in runs if run[1]), key=lambda run: -run[0])


def _package(state: PricingState, offer: PackagePrice, lines: list[Line]) -> tuple[Adjustment, ...]:
    """Packs of ``offer.count`` units, priciest first; a pack worth more than ``offer.price`` saves
    the difference, split over its units' lines by what they put in. Runs are packed a whole
    number of packs at a time, so the work follows the number of lines, not of units."""
    off: dict[LineId, int] = {}
    pack: list[tuple[int, int, Line]] = []  # the pack being filled: (value, units, line)

    def save(line: Line, fen: int) -> None:
        off[line.line_id] = off.get(line.line_id, 0) + fen

    for value, units, line in _unit_runs(state, lines):
        if not pack and units >= offer.count:
            packs, units = divmod(units, offer.count)
            save(line, packs * max(0, value * offer.count - offer.price))
        while units:
            taken = min(units, offer.count - sum(n for _, n, _ in pack))
            pack.append((value, taken, line))
            units -= taken
            if sum(n for _, n, _ in pack) == offer.count:
                worth = [v * n for v, n, _ in pack]
                shares = split_largest_remainder(max(0, sum(worth) - offer.price), worth)
                for (_, _, packed), share in zip(pack, shares, strict=True):
                    save(packed, share)
                pack = []
    return tuple(Adjustment(line.line_id, Source.PACKAGE_PRICE, -off[line.line_id], offer.ref)
                 for line in lines if off.get(line.line_id))


def package_price(state: PricingState) -> Outcome:
    """打包一口价: every ``count`` covered units cost ``price`` together, priciest units first."""
    return _each_offer(state, "package_prices", _package)


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


CHAIN: tuple[Calculator, ...] = (base, activity, package_price, full_reduction, full_discount, full_gift, coupons,
                                 points, freight)
