"""The price engine: ``price(lines, buyer, rules, benefits) -> Quote``, the only place a price is computed.

Pure: frozen dataclasses in, a quote out, integer fen, no I/O, inputs untouched. The calculators
in ``CHAIN`` run in order and each returns adjustments attributed to a line and a source (and
满赠 its gifts); the quote is nothing but their sum, so every line, shop and total reconciles to
the fen.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from types import MappingProxyType

from backend.pricing.calculators import CHAIN, Calculator, Outcome, PricingState
from backend.pricing.schemas import (
    NO_BENEFITS,
    Adjustment,
    Benefits,
    BuyerContext,
    Gift,
    Line,
    LineId,
    Quote,
    QuotedLine,
    Rejection,
    ShopRules,
    ShopTotal,
    Source,
    UndeliverableReason,
)


def price(
    lines: Iterable[Line],
    buyer: BuyerContext,
    rules: Iterable[ShopRules] = (),
    benefits: Benefits = NO_BENEFITS,
    chain: Iterable[Calculator] = CHAIN,
) -> Quote:
    """Quote ``lines`` for ``buyer`` under each shop's ``rules`` with the ``benefits`` chosen."""
    lines, rules = tuple(lines), tuple(rules)
    _require_unique((line.line_id for line in lines), "line id")
    _require_unique((rule.shop_id for rule in rules), "shop rules for shop")
    state = PricingState(lines, buyer, MappingProxyType({rule.shop_id: rule for rule in rules}), benefits)
    known = {line.line_id for line in lines}
    rejected: list[Rejection] = []
    undeliverable: dict[LineId, UndeliverableReason] = {}
    points_used = 0
    gifts: list[Gift] = []
    for calculator in chain:
        outcome = calculator(state)
        _require_known_lines(outcome, known, calculator)
        state = state.plus(outcome.adjustments)
        rejected += outcome.rejected
        undeliverable.update(outcome.undeliverable)
        points_used += outcome.points_used
        gifts += outcome.gifts
    return _quote(state, tuple(rejected), undeliverable, points_used, tuple(gifts))


def _require_unique(values: Iterable[Hashable], what: str) -> None:
    seen: set[Hashable] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what} {value!r}")
        seen.add(value)


def _require_known_lines(outcome: Outcome, known: set[LineId], calculator: Calculator) -> None:
    for adjustment in outcome.adjustments:
        if adjustment.line_id not in known:
            raise ValueError(f"calculator {calculator!r} adjusted unknown line {adjustment.line_id!r}")


def _quote(
    state: PricingState,
    rejected: tuple[Rejection, ...],
    undeliverable: dict[LineId, UndeliverableReason],
    points_used: int,
    gifts: tuple[Gift, ...],
) -> Quote:
    lines = tuple(_quoted_line(line, state.adjustments, undeliverable.get(line.line_id)) for line in state.lines)
    shops = tuple(_shop_total(shop_id, [q for q in lines if q.shop_id == shop_id]) for shop_id in state.shop_ids())
    goods, freight, payable = _totals(lines)
    return Quote(
        lines=lines,
        shops=shops,
        adjustments=state.adjustments,
        rejected=rejected,
        points_used=points_used,
        goods_total=goods,
        discount_total=goods + freight - payable,
        freight_total=freight,
        payable=payable,
        gifts=gifts,
    )


def _quoted_line(
    line: Line, adjustments: tuple[Adjustment, ...], undeliverable: UndeliverableReason | None
) -> QuotedLine:
    own = [a for a in adjustments if a.line_id == line.line_id]
    by_source: dict[str, int] = {}
    for adjustment in own:
        if adjustment.source != Source.BASE:
            by_source[adjustment.source] = by_source.get(adjustment.source, 0) + adjustment.amount
    return QuotedLine(
        line_id=line.line_id,
        shop_id=line.shop_id,
        base=sum(a.amount for a in own if a.source == Source.BASE),
        by_source=by_source,
        payable=sum(a.amount for a in own),
        undeliverable=undeliverable,
    )


def _totals(lines: Iterable[QuotedLine]) -> tuple[int, int, int]:
    """Goods, freight and payable over ``lines``."""
    lines = list(lines)
    return (
        sum(q.base for q in lines),
        sum(q.by_source.get(Source.FREIGHT, 0) for q in lines),
        sum(q.payable for q in lines),
    )


def _shop_total(shop_id: int, lines: list[QuotedLine]) -> ShopTotal:
    goods, freight, payable = _totals(lines)
    return ShopTotal(shop_id, goods, goods + freight - payable, freight, payable)
