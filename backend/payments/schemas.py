"""What other contexts hand the payments context, and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from backend.core.pagination import PageParams

Channel = Literal["h5", "mp", "app", "pc"]  # pc: a desktop browser (Alipay 电脑网站支付)


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
    in_wechat: bool = False  # an H5 page inside WeChat's browser: 微信支付 pays by JSAPI


class ConfirmIn(BaseModel):
    """The sandbox wallet's buttons: 确认支付 / 支付失败 / 取消支付."""

    model_config = ConfigDict(extra="forbid")

    outcome: Literal["success", "fail", "cancel"]


class MethodQuery(BaseModel):
    channel: Channel = "h5"


class MethodOut(BaseModel):
    code: str
    name: str


# --- back office (PLT-8) ---------------------------------------------------------------------------

class ConfirmOfflineIn(BaseModel):
    """Platform finance staff saw the transfer arrive: the bank's serial number and what arrived."""

    model_config = ConfigDict(extra="forbid")

    reference: str = Field(min_length=1, max_length=64)  # 银行流水号
    amount: int = Field(gt=0)  # fen


class VoucherIn(BaseModel):
    """转账凭证: images uploaded through /uploads/images, and a note (e.g. the payer's account)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    images: list[str] = Field(min_length=1, max_length=9)
    note: str = Field(default="", max_length=200)

    @field_validator("images")
    @classmethod
    def uploaded_images(cls, urls: list[str]) -> list[str]:
        if any(not url.startswith(("https://", "http://", "/")) or "/uploads/" not in url or len(url) > 500
               for url in urls):
            raise ValueError("请上传转账凭证图片")
        return urls


class VoucherView(BaseModel):
    id: int
    images: list[str]
    note: str
    status: str  # submitted | accepted | rejected
    reject_reason: str
    created_at: datetime
    reviewed_at: datetime | None


class PayOrdersIn(BaseModel):
    """批量付款: the shopper's unpaid orders to pay in one go."""

    model_config = ConfigDict(extra="forbid")

    order_nos: list[str] = Field(min_length=1, max_length=50)


class RejectVoucherIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reason: str = Field(min_length=2, max_length=200)


class CollectCodIn(BaseModel):
    """The cash the courier collected for one order, and an optional receipt number."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    amount: int = Field(gt=0)
    reference: str = Field(default="", max_length=64)


class RecordRefundIn(BaseModel):
    """A refund paid back by hand: the bank's serial number or the cash receipt number."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reference: str = Field(min_length=1, max_length=64)


class StaffRefundQuery(PageParams):
    status: Literal["pending", "succeeded", "failed"] | None = None
    keyword: str | None = Field(default=None, max_length=32)  # a refund, payment or order number


class StaffPaymentQuery(PageParams):
    status: Literal["pending", "paid", "closed", "late_paid", "refunded"] | None = None
    provider: str | None = Field(default=None, max_length=16)


class StaffRefundRow(BaseModel):
    refund_no: str
    payment_no: str
    order_id: int
    order_no: str
    shop_id: int
    amount: int
    reason: str
    status: str
    provider: str
    created_at: datetime
    finished_at: datetime | None


class StaffPaymentOrder(BaseModel):
    order_no: str
    shop_id: int
    amount: int


class StaffPaymentRow(BaseModel):
    payment_no: str
    user_id: int
    amount: int
    subject: str
    provider: str
    status: str
    trade_no: str
    paid_at: datetime | None
    created_at: datetime
    orders: list[StaffPaymentOrder]
    voucher: VoucherView | None = None  # the latest transfer voucher


class GatewayIn(BaseModel):
    """Save one gateway (支付设置); an omitted or empty secret keeps the stored one."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool
    values: dict[str, str] = Field(default_factory=dict, max_length=20)

    @field_validator("values")
    @classmethod
    def _bounded(cls, values: dict[str, str]) -> dict[str, str]:
        too_long = [name for name, value in values.items() if len(value) > 8000 or len(name) > 40]
        if too_long:
            raise ValueError(f"配置项过长：{', '.join(too_long)[:100]}")
        return values


class GatewayFieldOut(BaseModel):
    name: str
    label: str
    secret: bool
    required: bool
    value: str | None = None  # plain fields only
    set: bool | None = None  # secret fields only: whether one is stored; never its value


class GatewayOut(BaseModel):
    code: str
    name: str
    enabled: bool
    saved: bool  # saved in the back office (else the environment's settings apply)
    fields: list[GatewayFieldOut]
