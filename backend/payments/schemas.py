"""What other contexts hand the payments context, and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

Channel = Literal["h5", "mp", "app"]


@dataclass(frozen=True)
class PayableOrder:
    """An order checkout asks the shopper to pay for (amount in fen)."""

    order_id: int
    order_no: str
    shop_id: int
    amount: int


class PaymentOrderView(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    order_id: int
    order_no: str
    shop_id: int
    amount: int


class PaymentView(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    payment_no: str
    user_id: int
    amount: int
    subject: str
    status: str
    provider: str
    channel: str
    last_result: str
    trade_no: str
    paid_at: datetime | None
    created_at: datetime
    orders: list[PaymentOrderView]


class RefundView(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    refund_no: str
    payment_id: int
    order_id: int
    amount: int
    reason: str
    status: str
    key: str
    gateway_refund_no: str
    created_at: datetime
    finished_at: datetime | None


class PayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: str
    channel: Channel = "h5"


class ConfirmIn(BaseModel):
    """The sandbox wallet's buttons: 确认支付 / 支付失败 / 取消支付."""

    model_config = ConfigDict(extra="forbid")

    outcome: Literal["success", "fail", "cancel"]


class MethodQuery(BaseModel):
    channel: Channel = "h5"


class MethodOut(BaseModel):
    code: str
    name: str
