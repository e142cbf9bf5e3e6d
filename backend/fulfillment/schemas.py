from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from backend.fulfillment.regions import PROVINCE_SET

MAX_FEE = 100_000_000  # 100 万元 in fen: anything above is a typo
MAX_UNITS = 100_000_000


def _province(name: str) -> str:
    if name not in PROVINCE_SET:
        raise ValueError(f"「{name}」不是省级行政区名称，请使用如“广东省”“北京市”的全称")
    return name


Province = Annotated[str, AfterValidator(_province)]
Fee = Annotated[int, Field(ge=0, le=MAX_FEE)]


# --- carriers ----------------------------------------------------------------------------------

class CarrierIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]{1,19}$")
    name: str = Field(min_length=1, max_length=40)
    phone: str = Field(default="", max_length=20)
    website: str = Field(default="", max_length=200)
    sort: int = Field(default=0, ge=0, le=100_000)
    is_enabled: bool = True


class CarrierChange(BaseModel):
    """Everything but the code, which shipments and the tracking gateway know the carrier by."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=1, max_length=40)
    phone: str | None = Field(default=None, max_length=20)
    website: str | None = Field(default=None, max_length=200)
    sort: int | None = Field(default=None, ge=0, le=100_000)
    is_enabled: bool | None = None


class CarrierOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    phone: str
    website: str


class CarrierAdminOut(CarrierOut):
    id: int
    sort: int
    is_enabled: bool


# --- shipping templates ---------------------------------------------------------------------------

class RateIn(BaseModel):
    """First ``first_units`` (pieces, or grams in weight mode) cost ``first_fee``; each further
    ``extra_units`` or part of it costs ``extra_fee`` (fen)."""

    model_config = ConfigDict(extra="forbid")

    first_units: int = Field(ge=1, le=MAX_UNITS)
    first_fee: Fee
    extra_units: int = Field(gt=0, le=MAX_UNITS)
    extra_fee: Fee


class RegionIn(RateIn):
    provinces: list[Province] = Field(min_length=1, max_length=34)


class TemplateIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=40)
    mode: Literal["pieces", "weight"]
    default_rate: RateIn
    regions: list[RegionIn] = Field(default_factory=list, max_length=34)
    free_over: int | None = Field(default=None, ge=0, le=MAX_FEE)
    excluded_provinces: list[Province] = Field(default_factory=list, max_length=34)
    is_default: bool = False


class RateOut(BaseModel):
    first_units: int
    first_fee: int
    extra_units: int
    extra_fee: int


class RegionOut(RateOut):
    provinces: list[str]


class TemplateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    name: str
    mode: str
    default_rate: RateOut
    regions: list[RegionOut]
    free_over: int | None
    excluded_provinces: list[str]
    is_default: bool
    created_at: datetime
    updated_at: datetime


# --- shipments ---------------------------------------------------------------------------------------

class ShipmentItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    order_line_id: int = Field(gt=0)
    quantity: int = Field(gt=0, le=1_000_000)


class ShipmentIn(BaseModel):
    """What ``create_shipment`` checks (the orders context's ship endpoint may parse it as its body)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    carrier_code: str = Field(min_length=1, max_length=20)
    tracking_no: str = Field(pattern=r"^[A-Za-z0-9]{6,40}$")
    items: list[ShipmentItem] = Field(min_length=1, max_length=500)
    phone_tail: str = Field(default="", pattern=r"^(|\d{4})$")


class EventOut(BaseModel):
    time: datetime
    text: str
    location: str


class ShipmentOut(BaseModel):
    id: int
    shop_id: int
    order_id: int
    order_no: str
    carrier_code: str
    carrier_name: str
    tracking_no: str
    items: list[ShipmentItem]
    receiver_phone_tail: str
    status: Literal["in_transit", "delivered"]
    last_event: EventOut | None
    last_checked_at: datetime | None
    created_at: datetime


class TrackingOut(BaseModel):
    shipment_id: int
    carrier: CarrierOut
    tracking_no: str
    status: Literal["in_transit", "delivered"]
    events: list[EventOut]
