from pydantic import BaseModel, ConfigDict


class AccountSettings(BaseModel):
    """Registration and login rules (会员注册设置)."""

    model_config = ConfigDict(extra="forbid")

    registration_audit: bool = False  # new consumer accounts wait for platform audit
    allow_password_login: bool = True


GROUPS: dict[str, type[BaseModel]] = {"accounts": AccountSettings}
