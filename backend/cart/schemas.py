from pydantic import BaseModel, ConfigDict, Field

MAX_QUANTITY = 9999
MAX_LINES = 120
DEVICE_ID_PATTERN = r"^[A-Za-z0-9-]{8,64}$"


class LineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku_id: int = Field(gt=0)
    quantity: int = Field(default=1, ge=1, le=MAX_QUANTITY)
    unit: int = Field(default=0, ge=0, le=2)


class LinePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quantity: int | None = Field(default=None, ge=1, le=MAX_QUANTITY)
    unit: int | None = Field(default=None, ge=0, le=2)
    selected: bool | None = None


class LineIds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ids: list[int] = Field(min_length=1, max_length=MAX_LINES)


class SelectIn(BaseModel):
    """``ids`` null selects (or clears) every line."""

    model_config = ConfigDict(extra="forbid")

    ids: list[int] | None = Field(default=None, max_length=MAX_LINES)
    selected: bool = True


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    device_id: str = Field(pattern=DEVICE_ID_PATTERN)


class UnitOut(BaseModel):
    name: str
    factor: int


class CartLineOut(BaseModel):
    """``stock`` is how many of the line's unit can be bought now; ``payable`` is the line's share
    of the summary, null for lines the summary leaves out (not selected, or invalid)."""

    id: int
    sku_id: int
    product_id: int
    shop_id: int
    title: str
    image: str
    spec_text: str
    unit: int
    unit_name: str
    units: list[UnitOut]
    quantity: int
    unit_price: int
    added_price: int
    price_changed: bool
    stock: int
    selected: bool
    payable: int | None
    reason: str | None


class ShopLinesOut(BaseModel):
    shop_id: int
    shop_name: str
    self_operated: bool
    lines: list[CartLineOut]


class SummaryOut(BaseModel):
    goods_total: int
    discount_total: int
    freight_total: int
    payable: int


class CartOut(BaseModel):
    shops: list[ShopLinesOut]
    invalid: list[CartLineOut]
    count: int
    selected_count: int
    all_selected: bool
    summary: SummaryOut


class AddedOut(BaseModel):
    line: CartLineOut
    count: int


class CountOut(BaseModel):
    count: int
