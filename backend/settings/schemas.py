from pydantic import BaseModel, ConfigDict, Field


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
    refund_window_days: int = Field(default=7, ge=0, le=90)
    auto_approve_refunds: bool = False
    auto_review_days: int = Field(default=7, ge=1, le=90)
    auto_review_text: str = Field(default="系统默认好评", min_length=1, max_length=200)
    in_transit_returns: bool = True
    audit_orders: bool = False  # every paid order waits for a merchant's audit before shipping


GROUPS: dict[str, type[BaseModel]] = {"accounts": AccountSettings, "search": SearchSettings, "pages": PageSettings,
                                     "trade": TradeSettings}
