"""After-sales requests and answers (docs/aftersales-api.md)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from backend.core.pagination import PageParams

RequestType = Literal["refund_only", "return_refund"]
Status = Literal["requested", "approved", "awaiting_return", "returning", "return_received", "refunding",
                 "refunded", "rejected", "cancelled", "closed"]
MAX_IMAGES = 9


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _image_urls(images: list[str]) -> list[str]:
    for url in images:
        if not url.startswith(("https://", "http://", "/")) or len(url) > 500:
            raise ValueError("图片地址不正确，请使用上传接口返回的地址")
    return images


class ItemIn(_In):
    line_id: int = Field(gt=0)
    quantity: int = Field(gt=0, le=1_000_000)


class PreviewIn(_In):
    """``items`` null or absent: every unit of the order still refundable."""

    order_no: str = Field(min_length=8, max_length=32)
    items: list[ItemIn] | None = Field(default=None, min_length=1, max_length=200)


class RequestIn(PreviewIn):
    type: RequestType
    reason: str = Field(min_length=1, max_length=20)
    description: str = Field(default="", max_length=500)
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES)
    amount: int | None = Field(default=None, gt=0)  # fen; absent: the most these units may refund

    _images = field_validator("images")(_image_urls)


class CancelIn(_In):
    reason: str = Field(default="", max_length=200)


class ShipReturnIn(_In):
    carrier_code: str = Field(min_length=1, max_length=20)
    tracking_no: str = Field(min_length=4, max_length=40, pattern=r"^[A-Za-z0-9-]+$")
    note: str = Field(default="", max_length=200)
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES)

    _images = field_validator("images")(_image_urls)


class ApproveIn(_In):
    amount: int | None = Field(default=None, gt=0)  # lower the amount; never above the buyer's ask
    note: str = Field(default="", max_length=200)


class RejectIn(_In):
    reason: str = Field(min_length=1, max_length=200)
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES)

    _images = field_validator("images")(_image_urls)


class BuyerQuery(PageParams):
    status: Status | None = None


class StaffQuery(PageParams):
    status: Status | None = None
    type: RequestType | None = None
    order_no: str | None = Field(default=None, max_length=32)
    shop_id: int | None = Field(default=None, gt=0)
    date_from: date | None = None
    date_to: date | None = None
    awaiting_platform: bool = False  # approved or received, waiting for someone to execute the refund


class PreviewLine(BaseModel):
    line_id: int
    title: str
    quantity: int
    line_quantity: int
    remaining_quantity: int  # before these units
    amount: int


class PreviewOut(BaseModel):
    order_no: str
    lines: list[PreviewLine]
    goods_amount: int
    freight: int
    max_amount: int
    whole_order: bool
    types: list[RequestType]  # what may be asked for this order now


class ItemOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    line_id: int
    quantity: int
    amount: int
    line_quantity: int
    title: str
    image: str
    spec_text: str
    unit_price: int


class StepOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    event: str
    text: str
    from_state: str
    to_state: str
    actor: str
    role: str
    note: str
    images: list[str]
    data: dict[str, Any]
    at: datetime


class RequestCard(BaseModel):
    request_no: str
    order_no: str
    shop_id: int
    type: RequestType
    type_text: str
    status: Status
    status_text: str
    reason: str
    amount: int
    requested_amount: int
    quantity: int
    items: list[ItemOut]
    created_at: datetime
    actions: list[str]
    buyer_id: int | None = None


class RequestDetail(RequestCard):
    description: str
    images: list[str]
    freight: int
    whole_order: bool
    reject_reason: str
    return_logistics: dict[str, Any] | None
    last_error: str
    times: dict[str, datetime | None]
    refunds: list[dict[str, Any]]
    timeline: list[StepOut]
    return_deadline: datetime | None = None
    auto_receive_at: datetime | None = None
