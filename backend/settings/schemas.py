from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class AccountSettings(BaseModel):
    """Registration and login rules (会员注册设置)."""

    model_config = ConfigDict(extra="forbid")

    registration_audit: bool = False  # new consumer accounts wait for platform audit
    allow_password_login: bool = True


class SearchSettings(BaseModel):
    """Search box words set by operators (搜索预置词); hot searches are counted from the search log."""

    model_config = ConfigDict(extra="forbid")

    preset_words: list[str] = Field(default_factory=lambda: ["保温杯", "坚果礼盒", "空气炸锅", "连衣裙", "车厘子"],
                                    max_length=20)


class PageSettings(BaseModel):
    """Decoration rules (装修设置)."""

    model_config = ConfigDict(extra="forbid")

    # Hosts a "url" action may open (a host also allows its subdomains).
    url_allow_hosts: list[str] = Field(default_factory=lambda: ["mp.weixin.qq.com"], max_length=50)


class TradeSettings(BaseModel):
    """交易设置 (PLT-9): how orders flow, the clocks that move them, and refunds."""

    model_config = ConfigDict(extra="forbid")

    pay_first: bool = True  # off: orders go to shipment unpaid (cash on delivery, credit)
    payment_timeout_minutes: int = Field(default=30, ge=5, le=7 * 24 * 60)
    auto_confirm_days: int = Field(default=7, ge=1, le=60)
    auto_review_days: int = Field(default=7, ge=1, le=90)
    auto_review_text: str = Field(default="系统默认好评", min_length=1, max_length=200)
    audit_orders: bool = False  # every paid order waits for a merchant's audit before shipping

    @model_validator(mode="before")
    @classmethod
    def _moved_to_aftersales(cls, data: Any) -> Any:
        """The refund switches moved to the "aftersales" group; older stored values and clients
        still sending them are read without them."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in MOVED_TO_AFTERSALES}
        return data


MOVED_TO_AFTERSALES = frozenset({"refund_window_days", "auto_approve_refunds", "in_transit_returns"})
DEFAULT_AFTERSALES_REASONS = ("不想要了", "商品破损", "质量问题", "发错货", "少件漏发", "与描述不符", "其他")


class AftersalesSettings(BaseModel):
    """售后设置 (AS-5): when buyers may ask, what approves itself, the clocks, and who sends the money."""

    model_config = ConfigDict(extra="forbid")

    refund_window_days: int = Field(default=7, ge=0, le=90)  # after receipt; 0: none once received
    auto_approve_refund_only: bool = False  # every 仅退款 request approves itself
    auto_approve_below: int = Field(default=0, ge=0, le=100_000_00)  # fen; requests below it approve; 0: off
    in_transit_refunds: bool = True  # 仅退款 while the parcel is on its way (shipped, not received)
    return_ship_days: int = Field(default=7, ge=1, le=30)  # the buyer ships the return within, else closed
    auto_receive_days: int = Field(default=10, ge=1, le=60)  # a shipped return counts as received after
    refund_needs_platform: bool = False  # approved refunds wait for platform finance to execute them
    reasons: list[str] = Field(default_factory=lambda: list(DEFAULT_AFTERSALES_REASONS), min_length=1,
                               max_length=30)

    @field_validator("reasons")
    @classmethod
    def _reasons(cls, reasons: list[str]) -> list[str]:
        cleaned = [reason.strip() for reason in reasons]
        if any(not 1 <= len(reason) <= 20 for reason in cleaned):
            raise ValueError("每个原因 1-20 个字")
        if len(set(cleaned)) != len(cleaned):
            raise ValueError("原因不能重复")
        return cleaned


GROUPS: dict[str, type[BaseModel]] = {"accounts": AccountSettings, "search": SearchSettings, "pages": PageSettings,
                                     "trade": TradeSettings, "aftersales": AftersalesSettings}
