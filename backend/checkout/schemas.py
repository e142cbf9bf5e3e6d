"""Checkout requests (docs/trade-api.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from backend.coupons.schemas import HeldCouponOut

MAX_LINES = 100
MAX_COUPONS = 10


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ItemIn(_In):
    sku_id: int = Field(gt=0)
    quantity: int = Field(ge=1, le=9999)
    unit: int = Field(default=0, ge=0, le=2)


class PreviewIn(_In):
    items: list[ItemIn] = Field(min_length=1, max_length=MAX_LINES)
    address_id: int | None = Field(default=None, gt=0)
    delivery: Literal["express", "pickup"] = "express"
    use_points: int = Field(default=0, ge=0)
    coupon_ids: list[int] = Field(default_factory=list, max_length=MAX_COUPONS)

    @field_validator("coupon_ids")
    @classmethod
    def distinct_coupons(cls, coupon_ids: list[int]) -> list[int]:
        if len(set(coupon_ids)) != len(coupon_ids):
            raise ValueError("同一张优惠券只能选一次")
        return coupon_ids

    @field_validator("items")
    @classmethod
    def one_line_per_sku_and_unit(cls, items: list[ItemIn]) -> list[ItemIn]:
        if len({(item.sku_id, item.unit) for item in items}) != len(items):
            raise ValueError("同一商品规格和单位只能出现一次")
        return items


class VatIn(_In):
    address: str = Field(min_length=2, max_length=200)
    phone: str = Field(min_length=5, max_length=20)
    bank: str = Field(min_length=2, max_length=100)
    account: str = Field(pattern=r"^[0-9 -]{6,40}$")


class MailingIn(_In):
    name: str = Field(min_length=1, max_length=40)
    phone: str = Field(pattern=r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
    province: str = Field(min_length=2, max_length=20)
    city: str = Field(min_length=2, max_length=20)
    district: str = Field(default="", max_length=20)
    detail: str = Field(min_length=2, max_length=200)


class InvoiceIn(_In):
    """发票: a normal invoice to a person or a company, or a VAT special invoice to a company."""

    kind: Literal["normal", "vat_special"] = "normal"
    title_type: Literal["personal", "company"] = "personal"
    title: str = Field(min_length=1, max_length=100)
    tax_number: str = Field(default="", pattern=r"^(|[0-9A-Z]{15,20})$")
    content: Literal["detail", "category"] = "detail"
    email: str = Field(default="", pattern=r"^(|[^@\s]+@[^@\s]+\.[^@\s]+)$")
    vat: VatIn | None = None
    mailing_address: MailingIn | None = None

    @model_validator(mode="after")
    def company_details(self) -> InvoiceIn:
        if self.title_type == "company" and not self.tax_number:
            raise ValueError("单位发票需要填写纳税人识别号")
        if self.kind == "vat_special" and (self.title_type != "company" or self.vat is None):
            raise ValueError("增值税专用发票需要单位抬头和开户行、账号、注册地址电话")
        return self


class SubmitIn(PreviewIn):
    payment_method: str = Field(min_length=1, max_length=20)
    channel: Literal["h5", "mp", "app"] = "h5"
    remarks: dict[int, str] = Field(default_factory=dict, max_length=50)
    attachments: list[str] = Field(default_factory=list, max_length=9)
    invoice: InvoiceIn | None = None
    cart_line_ids: list[int] = Field(default_factory=list, max_length=200)
    expected_payable: int | None = Field(default=None, ge=0)

    @field_validator("remarks")
    @classmethod
    def short_remarks(cls, remarks: dict[int, str]) -> dict[int, str]:
        if any(len(text) > 200 for text in remarks.values()):
            raise ValueError("备注最多 200 个字")
        return {shop: text.strip() for shop, text in remarks.items()}

    @field_validator("attachments")
    @classmethod
    def attachment_urls(cls, urls: list[str]) -> list[str]:
        if any(not url.startswith(("https://", "http://", "/")) or len(url) > 500 for url in urls):
            raise ValueError("附件地址不正确")
        return urls


class CouponChoiceOut(HeldCouponOut):
    """One of the shopper's coupons in preview; ``selected``: the quote applied it."""

    selected: bool


class UsableCouponOut(CouponChoiceOut):
    saving: int  # what it takes off this basket on its own, fen
    best: bool  # part of the combination to pre-select


class UnusableCouponOut(CouponChoiceOut):
    reason: str
