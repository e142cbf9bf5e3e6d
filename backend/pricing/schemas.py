"""What goes into the price engine and what comes out: frozen dataclasses, integer fen.

These are the pricing context's public shapes, so the cart, checkout, list cards and order
creation build them here and read the quote back without reaching into the engine's insides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from backend.core.pagination import PageParams

LineId = int | str


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


# --- input -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One cart or order line; ``unit_price`` is the buyer's price for the chosen unit
    (``pricing.service.buyer_prices``), ``weight_grams`` the weight of one of that unit."""

    line_id: LineId
    shop_id: int
    sku_id: int
    product_id: int
    unit_price: int
    quantity: int
    weight_grams: int = 0
    category_id: int | None = None
    freight_template_id: int | None = None  # the product's own shipping template; None: the shop's default
    factor: int = 1  # base units in one of the unit bought (a 箱 of 12 is 12)

    def __post_init__(self) -> None:
        _require(self.quantity > 0, f"line {self.line_id}: quantity must be positive, got {self.quantity}")
        _require(self.unit_price >= 0, f"line {self.line_id}: unit_price must not be negative")
        _require(self.weight_grams >= 0, f"line {self.line_id}: weight_grams must not be negative")
        _require(self.factor > 0, f"line {self.line_id}: factor must be positive")

    @property
    def units(self) -> int:
        """How many base units the line holds: what ``count`` thresholds and packages count."""
        return self.quantity * self.factor


@dataclass(frozen=True)
class BuyerContext:
    user_id: int | None = None
    province: str | None = None  # None before an address is chosen: default freight, nothing excluded
    level: int | None = None
    points_balance: int = 0

    def __post_init__(self) -> None:
        _require(self.points_balance >= 0, "points_balance must not be negative")


@dataclass(frozen=True)
class ActivityPrice:
    """A flash-sale or limited-time price for one SKU, in force now (the marketing issue makes these)."""

    sku_id: int
    price: int

    def __post_init__(self) -> None:
        _require(self.price >= 0, f"activity price for sku {self.sku_id} must not be negative")


Basis = Literal["amount", "count"]


@dataclass(frozen=True, kw_only=True)
class Offer:
    """One of a shop's running activities as the engine applies it: it covers ``product_ids``
    (None: every product of the shop) and its adjustments and gifts carry ``ref``."""

    product_ids: frozenset[int] | None = None
    ref: str = ""

    def covers(self, line: Line) -> bool:
        return self.product_ids is None or line.product_id in self.product_ids


@dataclass(frozen=True, kw_only=True)
class Ladder(Offer):
    """An offer with tiers reached by what its lines cost so far (``amount``, fen) or how many
    base units they hold (``count``)."""

    basis: Basis = "amount"

    def _check_ladder(self, tiers: tuple, name: str) -> None:
        _require(self.basis in ("amount", "count"), f"{name} basis must be 'amount' or 'count', got {self.basis!r}")
        _require(bool(tiers), f"{name} needs at least one tier")
        _require(all(tier.threshold >= 0 for tier in tiers), f"{name} thresholds must not be negative")


@dataclass(frozen=True)
class ReductionTier:
    threshold: int
    off: int

    def __post_init__(self) -> None:
        _require(self.off >= 0, "full reduction off must not be negative")


@dataclass(frozen=True)
class FullReduction(Ladder):
    """满减: the best tier reached takes its ``off``; ``cyclic`` (每满) takes a tier's ``off`` once per
    whole ``threshold`` reached (the best tier so counted), at most ``cap`` fen when given."""

    tiers: tuple[ReductionTier, ...]
    cyclic: bool = False
    cap: int | None = None

    def __post_init__(self) -> None:
        self._check_ladder(self.tiers, "full reduction")
        _require(not self.cyclic or all(tier.threshold > 0 for tier in self.tiers),
                 "a cyclic full reduction needs positive thresholds")
        _require(self.cap is None or self.cap >= 0, "full reduction cap must not be negative")


@dataclass(frozen=True)
class DiscountTier:
    threshold: int
    percent: int  # what is still paid: 90 = 9折

    def __post_init__(self) -> None:
        _require(0 <= self.percent <= 100, f"discount percent must be within 0..100, got {self.percent}")


@dataclass(frozen=True)
class FullDiscount(Ladder):
    """满折: the lines pay the best reached tier's ``percent`` of what they cost so far."""

    tiers: tuple[DiscountTier, ...]

    def __post_init__(self) -> None:
        self._check_ladder(self.tiers, "full discount")


@dataclass(frozen=True)
class GiftTier:
    threshold: int
    sku_id: int
    quantity: int  # base units of the gift SKU

    def __post_init__(self) -> None:
        _require(self.quantity > 0, "gift quantity must be positive")


@dataclass(frozen=True)
class FullGift(Ladder):
    """满赠: the highest tier reached gives its gift; money is untouched."""

    tiers: tuple[GiftTier, ...]

    def __post_init__(self) -> None:
        self._check_ladder(self.tiers, "full gift")


@dataclass(frozen=True)
class PackagePrice(Offer):
    """打包一口价: every ``count`` base units covered cost ``price`` together, the priciest units
    packed first (the shopper's best outcome); units left over pay what they cost."""

    count: int
    price: int

    def __post_init__(self) -> None:
        _require(self.count > 0, "package count must be positive")
        _require(self.price >= 0, "package price must not be negative")


@dataclass(frozen=True)
class FreightRate:
    """First ``first_units`` (pieces or grams) cost ``first_fee``; each further ``extra_units``
    or part of it costs ``extra_fee``."""

    first_units: int
    first_fee: int
    extra_units: int
    extra_fee: int

    def __post_init__(self) -> None:
        _require(self.first_units >= 0 and self.first_fee >= 0 and self.extra_fee >= 0,
                 "freight units and fees must not be negative")
        _require(self.extra_units > 0, "freight extra_units must be positive")

    def fee(self, units: int) -> int:
        extra_steps = -(-max(0, units - self.first_units) // self.extra_units)
        return self.first_fee + extra_steps * self.extra_fee


@dataclass(frozen=True)
class RegionRate:
    """A rate that replaces the template's default for the provinces named."""

    provinces: frozenset[str]
    rate: FreightRate


@dataclass(frozen=True)
class FreightRule:
    """A shipping template. ``free_over``: no freight once the goods it covers, after discounts
    (points not counted), reach it. Buyers in ``excluded_provinces`` cannot be served."""

    mode: Literal["pieces", "weight"]
    default: FreightRate
    regions: tuple[RegionRate, ...] = ()
    free_over: int | None = None
    excluded_provinces: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _require(self.mode in ("pieces", "weight"), f"freight mode must be 'pieces' or 'weight', got {self.mode!r}")
        _require(self.free_over is None or self.free_over >= 0, "free_over must not be negative")

    def rate_for(self, province: str | None) -> FreightRate:
        return next((r.rate for r in self.regions if province in r.provinces), self.default)


@dataclass(frozen=True)
class ShopRules:
    """A shop's rules: ``freight`` is its default template, ``freight_templates`` the templates its
    products name (by id); a line whose template is not there ships by the default. The offers are
    its running activities, each applied in turn to the lines it covers."""

    shop_id: int
    freight: FreightRule | None = None
    full_reductions: tuple[FullReduction, ...] = ()
    activity_prices: tuple[ActivityPrice, ...] = ()
    freight_templates: Mapping[int, FreightRule] = field(default_factory=dict)
    full_discounts: tuple[FullDiscount, ...] = ()
    full_gifts: tuple[FullGift, ...] = ()
    package_prices: tuple[PackagePrice, ...] = ()

    def template_key(self, line: Line) -> int | None:
        """Which template ships ``line``: its own when the shop has it, else the default (None)."""
        return line.freight_template_id if line.freight_template_id in self.freight_templates else None

    def template(self, key: int | None) -> FreightRule | None:
        return self.freight if key is None else self.freight_templates[key]


@dataclass(frozen=True)
class Coupon:
    """A coupon the buyer chose: a shop's (``shop_id``) or the platform's (``shop_id=None``),
    limited to ``product_ids`` when given."""

    code: str
    shop_id: int | None
    threshold: int
    off: int
    product_ids: frozenset[int] | None = None

    def __post_init__(self) -> None:
        _require(self.threshold >= 0 and self.off >= 0, f"coupon {self.code}: threshold and off must not be negative")


@dataclass(frozen=True)
class Benefits:
    """What the buyer chose to use on this quote."""

    coupons: tuple[Coupon, ...] = ()
    use_points: int = 0

    def __post_init__(self) -> None:
        _require(self.use_points >= 0, "use_points must not be negative")


NO_BENEFITS = Benefits()


# --- output ----------------------------------------------------------------------------------


class Source(StrEnum):
    BASE = "base"
    ACTIVITY = "activity"
    PACKAGE_PRICE = "package_price"
    FULL_REDUCTION = "full_reduction"
    FULL_DISCOUNT = "full_discount"
    COUPON = "coupon"
    POINTS = "points"
    FREIGHT = "freight"


class RejectReason(StrEnum):
    DUPLICATE_CODE = "duplicate_code"
    WRONG_SHOP = "wrong_shop"
    NO_ELIGIBLE_LINES = "no_eligible_lines"
    THRESHOLD_NOT_MET = "threshold_not_met"
    ONE_COUPON_PER_SHOP = "one_coupon_per_shop"


class UndeliverableReason(StrEnum):
    REGION_EXCLUDED = "region_excluded"


@dataclass(frozen=True)
class Adjustment:
    """One line's share of one rule: negative takes money off, positive adds it (base, freight).
    ``ref`` names the rule instance, e.g. the coupon code."""

    line_id: LineId
    source: str
    amount: int
    ref: str = ""


@dataclass(frozen=True)
class Gift:
    """满赠: ``quantity`` base units of a SKU given with a shop's lines, by the offer ``ref``."""

    shop_id: int
    sku_id: int
    quantity: int
    ref: str = ""


@dataclass(frozen=True)
class Rejection:
    kind: str  # "coupon"
    ref: str  # the coupon code
    reason: RejectReason


@dataclass(frozen=True)
class QuotedLine:
    line_id: LineId
    shop_id: int
    base: int
    by_source: dict[str, int]  # every source but base, summed; discounts negative, freight positive
    payable: int
    undeliverable: UndeliverableReason | None = None

    @property
    def freight(self) -> int:
        return self.by_source.get(Source.FREIGHT, 0)

    @property
    def discount(self) -> int:
        """Everything taken off this line's goods (activity, reductions, coupons, points)."""
        return self.base + self.freight - self.payable


@dataclass(frozen=True)
class ShopTotal:
    shop_id: int
    goods_total: int
    discount_total: int
    freight_total: int
    payable: int


@dataclass(frozen=True)
class Quote:
    """``payable == goods_total - discount_total + freight_total``, and equals the sum of the
    lines' payables and of every adjustment. ``discount_total`` is everything between goods and
    freight: activity, package price, full reduction and discount, coupons and points (a
    calculator adding some other fee would show there as a negative discount). ``gifts`` cost
    nothing and are not lines."""

    lines: tuple[QuotedLine, ...]
    shops: tuple[ShopTotal, ...]
    adjustments: tuple[Adjustment, ...]
    rejected: tuple[Rejection, ...]
    points_used: int
    goods_total: int
    discount_total: int
    freight_total: int
    payable: int
    gifts: tuple[Gift, ...] = ()

    @property
    def deliverable(self) -> bool:
        return all(line.undeliverable is None for line in self.lines)



# --- customer prices (客户秘价): the back office's API shapes -----------------------------------

MAX_FEN = 10**10


class CustomerPriceIn(BaseModel):
    """A price for one customer (user id) and one SKU; ``unit_prices`` per unit, else price × factor."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    sku_id: int = Field(ge=1)
    user_id: int = Field(ge=1)
    price: int = Field(ge=0, le=MAX_FEN, description="fen, base unit")
    unit_prices: list[int] = Field(default_factory=list, max_length=3)
    note: str = Field(default="", max_length=100)


class CustomerPriceChange(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    price: int | None = Field(default=None, ge=0, le=MAX_FEN)
    unit_prices: list[int] | None = Field(default=None, max_length=3)
    note: str | None = Field(default=None, max_length=100)


class CustomerPriceQuery(PageParams):
    user_id: int | None = Field(default=None, ge=1)
    sku_id: int | None = Field(default=None, ge=1)
    product_id: int | None = Field(default=None, ge=1)


class CustomerPriceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    product_id: int
    sku_id: int
    user_id: int
    price: int
    unit_prices: list[int]
    note: str
    created_by: str
    created_at: datetime
    updated_at: datetime
