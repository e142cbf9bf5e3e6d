from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from backend.core.pagination import PageParams

PHONE = Field(pattern=r"^1[3-9]\d{9}$", description="中国大陆手机号")
SMS_CODE = Field(pattern=r"^\d{6}$")
Purpose = Literal["login", "register", "reset_password", "change_phone"]
Client = Literal["mp", "h5", "app", "pc"]


def strong_password(value: str) -> str:
    """8–64 characters with at least one letter and one digit."""
    if not (8 <= len(value) <= 64):
        raise ValueError("密码长度需为 8–64 位")
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        raise ValueError("密码需同时包含字母和数字")
    return value


StrongPassword = Annotated[str, AfterValidator(strong_password)]


class SmsCodeRequest(BaseModel):
    phone: str = PHONE
    purpose: Purpose


class SmsLoginIn(BaseModel):
    phone: str = PHONE
    code: str = SMS_CODE
    client: Client = "h5"


class RegisterIn(BaseModel):
    phone: str = PHONE
    code: str = SMS_CODE
    password: StrongPassword | None = None
    nickname: str = Field(default="", max_length=40)
    client: Client = "h5"


class PasswordLoginIn(BaseModel):
    phone: str = PHONE
    password: str = Field(min_length=1, max_length=64)
    client: Client = "h5"


class WechatLoginIn(BaseModel):
    code: str = Field(min_length=1, max_length=128)


class WechatBindIn(BaseModel):
    code: str = Field(min_length=1, max_length=128)


class ResetPasswordIn(BaseModel):
    phone: str = PHONE
    code: str = SMS_CODE
    new_password: StrongPassword


class ChangePasswordIn(BaseModel):
    old_password: str | None = Field(default=None, max_length=64)
    sms_code: str | None = Field(default=None, pattern=r"^\d{6}$")
    new_password: StrongPassword


class ChangePhoneIn(BaseModel):
    new_phone: str = PHONE
    code: str = SMS_CODE


class ProfileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nickname: str | None = Field(default=None, min_length=1, max_length=40)
    avatar: str | None = Field(default=None, max_length=500)
    real_name: str | None = Field(default=None, max_length=40)
    gender: Literal["male", "female", "unknown"] | None = None
    birthday: date | None = None
    region: str | None = Field(default=None, max_length=100)

    @field_validator("birthday")
    @classmethod
    def not_in_future(cls, value: date | None) -> date | None:
        if value is not None and (value > date.today() or value.year < 1900):
            raise ValueError("生日不正确")
        return value


class AuditSubmitIn(BaseModel):
    real_name: str = Field(min_length=2, max_length=40)
    company_name: str = Field(default="", max_length=100)
    region: str = Field(default="", max_length=100)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    phone: str | None
    nickname: str
    avatar: str
    real_name: str
    gender: str
    birthday: date | None
    region: str
    company_name: str
    status: str
    audit_reason: str
    has_password: bool = False
    wechat_bound: bool = False
    created_at: datetime


class SessionOut(BaseModel):
    token: str
    expires_at: datetime
    is_new: bool = False
    user: UserOut


# --- staff -------------------------------------------------------------------------------------

class StaffLoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=40)
    password: str = Field(min_length=1, max_length=64)


class RoleBrief(BaseModel):
    code: str
    name: str


class ShopRef(BaseModel):
    id: int
    name: str
    kind: str


class StaffOut(BaseModel):
    id: int
    username: str
    name: str
    status: str
    role: RoleBrief
    permissions: list[str]
    shop: ShopRef | None
    created_at: datetime
    last_login_at: datetime | None


class StaffSessionOut(BaseModel):
    token: str
    expires_at: datetime
    staff: StaffOut


class StaffIn(BaseModel):
    username: str = Field(pattern=r"^[A-Za-z0-9_.-]{3,40}$")
    name: str = Field(min_length=1, max_length=40)
    password: StrongPassword
    role_code: str = Field(min_length=1, max_length=40)
    shop_id: int | None = Field(default=None, ge=1)


class StaffQuery(PageParams):
    keyword: str = Field(default="", max_length=40)
    role_code: str | None = Field(default=None, max_length=40)
    shop_id: int | None = Field(default=None, ge=1)


class StaffStatusIn(BaseModel):
    status: Literal["active", "disabled"]


class RoleIn(BaseModel):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]{2,39}$")
    name: str = Field(min_length=1, max_length=40)
    scope: Literal["platform", "merchant", "supplier"]
    permissions: list[str] = Field(max_length=100)


class RolePermissionsIn(BaseModel):
    name: str | None = Field(default=None, min_length=1, max_length=40)
    permissions: list[str] = Field(max_length=100)


class RoleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    scope: str
    permissions: list[str]
    builtin: bool


class PermissionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    group: str


# --- customers (back office) ----------------------------------------------------------------

class CustomerQuery(PageParams):
    keyword: str = Field(default="", max_length=40)
    status: Literal["active", "pending_audit", "rejected", "disabled"] | None = None
    source: Literal["mp", "h5", "app", "pc", "import", "admin"] | None = None


class AuditDecisionIn(BaseModel):
    approve: bool
    reason: str = Field(default="", max_length=200)


class CustomerOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    phone: str | None
    nickname: str
    real_name: str
    company_name: str
    status: str
    audit_reason: str
    source: str
    payment_methods: list[str]
    created_at: datetime
    last_login_at: datetime | None


class PaymentMethodsIn(BaseModel):
    """The payment methods a customer may use (codes as /payment-methods lists them); [] allows all."""

    model_config = ConfigDict(extra="forbid")

    methods: list[Annotated[str, Field(pattern=r"^[a-z][a-z_]{1,19}$")]] = Field(max_length=10)
