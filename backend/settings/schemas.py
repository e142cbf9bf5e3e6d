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


GROUPS: dict[str, type[BaseModel]] = {"accounts": AccountSettings, "search": SearchSettings, "pages": PageSettings}
