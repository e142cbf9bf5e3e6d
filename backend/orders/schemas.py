"""Order requests and answers (docs/trade-api.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from backend.core.pagination import PageParams

Tab = Literal["all", "pending_payment", "pending_shipment", "pending_receipt", "pending_review"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class BuyerOrderQuery(PageParams):
    tab: Tab = "all"
    keyword: str | None = Field(default=None, max_length=50)
    type: str | None = Field(default=None, max_length=16)


class StaffOrderQuery(PageParams):
    status: str | None = Field(default=None, max_length=20)
    keyword: str | None = Field(default=None, max_length=50)
    shop_id: int | None = Field(default=None, gt=0)
    date_from: date | None = None
    date_to: date | None = None


class CancelIn(_In):
    reason: str = Field(default="", max_length=200)


class ShipItem(_In):
    line_id: int = Field(gt=0)
    quantity: int = Field(gt=0, le=1_000_000)


class ShipIn(_In):
    carrier_code: str = Field(min_length=1, max_length=20)
    tracking_no: str = Field(min_length=1, max_length=40)
    items: list[ShipItem] | None = Field(default=None, max_length=200)


class ReviewItem(_In):
    line_id: int = Field(gt=0)
    rating: int = Field(ge=1, le=5)
    content: str = Field(default="", max_length=500)
    images: list[str] = Field(default_factory=list, max_length=9)


class ReviewOrderIn(_In):
    items: list[ReviewItem] = Field(min_length=1, max_length=200)
    logistics_rating: int | None = Field(default=None, ge=1, le=5)
    anonymous: bool = False


class OrderLineOut(BaseModel):
    id: int
    sku_id: int
    product_id: int
    title: str
    image: str
    spec_text: str
    unit_name: str
    quantity: int
    unit_price: int
    goods: int
    discount: int
    freight: int
    payable: int
    shipped_quantity: int
    withheld_quantity: int  # refunded through after-sales before shipping: will not ship
    reviewed: bool
    is_gift: bool = False  # 满赠: given at price 0


class OrderCard(BaseModel):
    order_no: str
    shop_id: int
    shop_name: str
    status: str
    status_text: str
    type: str
    payable: int
    quantity: int
    lines: list[OrderLineOut]
    created_at: datetime
    paid_at: datetime | None
    urged_at: datetime | None
    pay_deadline: datetime | None
    reviewed: bool
    actions: list[str]
    buyer: dict[str, Any] | None = None


class OrderDetail(OrderCard):
    payment_no: str
    address: dict[str, Any]
    delivery: str
    remark: str
    attachments: list[str]
    invoice: dict[str, Any] | None
    amounts: dict[str, int]
    times: dict[str, datetime | None]
    cancel_reason: str
    payments: list[dict[str, Any]]
    refunds: list[dict[str, Any]]
    shipments: list[dict[str, Any]]
    latest_event: dict[str, Any] | None
    points_earned: int
    auto_confirm_at: datetime | None
    timeline: list[dict[str, Any]] | None = None
    aftersales: dict[str, Any] | None = None  # the order's after-sales summary (aftersales context)


# --- what after-sales (售后) reads of an order -------------------------------------------------------

@dataclass(frozen=True)
class RefundableLine:
    """A bought line with its money as the price engine allocated it: ``payable == goods - discount +
    freight`` for all ``quantity`` units together."""

    id: int
    sku_id: int
    product_id: int
    title: str
    image: str
    spec_text: str
    unit_name: str
    quantity: int
    unit_price: int
    goods: int
    discount: int
    freight: int
    payable: int
    shipped_quantity: int


@dataclass(frozen=True)
class RefundableOrder:
    id: int
    order_no: str
    user_id: int
    shop_id: int
    status: str
    payable: int
    freight_total: int
    paid_at: datetime | None
    shipped_at: datetime | None
    received_at: datetime | None
    lines: tuple[RefundableLine, ...]
