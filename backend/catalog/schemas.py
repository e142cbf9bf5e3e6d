from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from backend.core.pagination import PageParams

MAX_FEN = 10**10
MAX_STOCK = 10**9
MAX_POINTS = 10**9
Url = str


class _In(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")


# --- categories, brands, attributes, params, tags -----------------------------------------------

class CategoryIn(_In):
    name: str = Field(min_length=1, max_length=30)
    parent_id: int | None = Field(default=None, ge=1)
    icon: str = Field(default="", max_length=500)
    sort: int = Field(default=0, ge=0, le=99999)
    is_visible: bool = True


class CategoryChange(_In):
    name: str | None = Field(default=None, min_length=1, max_length=30)
    icon: str | None = Field(default=None, max_length=500)
    sort: int | None = Field(default=None, ge=0, le=99999)
    is_visible: bool | None = None


class CategoryNode(BaseModel):
    id: int
    name: str
    level: int
    icon: str
    sort: int
    is_visible: bool = True
    children: list[CategoryNode] = []


class BrandIn(_In):
    name: str = Field(min_length=1, max_length=40)
    english_name: str = Field(default="", max_length=60)
    logo: str = Field(default="", max_length=500)
    is_recommended: bool = False
    sort: int = Field(default=0, ge=0, le=99999)


class BrandChange(_In):
    name: str | None = Field(default=None, min_length=1, max_length=40)
    english_name: str | None = Field(default=None, max_length=60)
    logo: str | None = Field(default=None, max_length=500)
    is_recommended: bool | None = None
    sort: int | None = Field(default=None, ge=0, le=99999)


class BrandOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    english_name: str
    letter: str
    logo: str
    is_recommended: bool
    sort: int


class BrandAdminOut(BrandOut):
    status: str
    shop_id: int | None
    reject_reason: str
    created_at: datetime


class BrandQuery(PageParams):
    status: Literal["pending", "approved", "rejected"] | None = None
    keyword: str | None = Field(default=None, max_length=40)
    letter: str | None = Field(default=None, pattern=r"^[A-Za-z#]$")


class ReasonIn(_In):
    reason: str = Field(default="", max_length=200)  # required for a rejection: reason_required


InputType = Literal["option", "text", "date", "region", "country"]


class AttributeIn(_In):
    name: str = Field(min_length=1, max_length=30)
    input_type: InputType
    options: list[str] = Field(default_factory=list, max_length=100)
    is_indexed: bool = False
    sort: int = Field(default=0, ge=0, le=99999)

    @model_validator(mode="after")
    def _options_for_option_type(self) -> AttributeIn:
        self.options = list(dict.fromkeys(o.strip() for o in self.options if o.strip()))
        if self.input_type == "option" and not self.options:
            raise ValueError("选项类属性至少需要一个选项")
        if any(len(o) > 30 for o in self.options):
            raise ValueError("选项最多 30 个字")
        return self


class AttributeChange(AttributeIn):
    pass


class AttributeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    input_type: str
    options: list[str]
    is_indexed: bool
    sort: int


class AttributeQuery(PageParams):
    keyword: str | None = Field(default=None, max_length=30)


class AttributeLinks(_In):
    attribute_ids: list[int] = Field(max_length=50)


class ParamIn(_In):
    group: str = Field(default="", max_length=20)
    name: str = Field(min_length=1, max_length=30)
    sort: int = Field(default=0, ge=0, le=99999)


class ParamOut(ParamIn):
    model_config = ConfigDict(from_attributes=True, extra="ignore")

    id: int


class ParamList(_In):
    items: list[ParamIn] = Field(max_length=100)


class TagIn(_In):
    name: str = Field(min_length=1, max_length=10)
    is_enabled: bool = True


class TagChange(_In):
    name: str | None = Field(default=None, min_length=1, max_length=10)
    is_enabled: bool | None = None


class TagOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    sort: int
    is_enabled: bool


class TagOrder(_In):
    ids: list[int] = Field(max_length=500)


# --- products -----------------------------------------------------------------------------------

class SpecIn(_In):
    name: str = Field(min_length=1, max_length=20)
    values: list[str] = Field(min_length=1, max_length=50)


class UnitIn(_In):
    name: str = Field(min_length=1, max_length=10)
    factor: int = Field(default=1, ge=1, le=1_000_000)


class ParamValue(_In):
    group: str = Field(default="", max_length=20)
    name: str = Field(min_length=1, max_length=30)
    value: str = Field(default="", max_length=200)


class AttributeValue(_In):
    id: int = Field(ge=1)
    value: str = Field(min_length=1, max_length=100)


class SkuIn(_In):
    spec_values: list[str] = Field(default_factory=list, max_length=5)
    price: int = Field(ge=0, le=MAX_FEN, description="fen")
    original_price: int = Field(default=0, ge=0, le=MAX_FEN)
    stock: int = Field(default=0, ge=0, le=MAX_STOCK, description="in the base unit")
    code: str = Field(default="", max_length=40)
    barcode: str = Field(default="", max_length=40)
    weight: int = Field(default=0, ge=0, le=10**8, description="grams")
    image: str = Field(default="", max_length=500)
    unit_prices: list[int] = Field(default_factory=list, max_length=3)
    is_enabled: bool = True
    points: int = Field(default=0, ge=0, le=MAX_POINTS, description="积分价; 0 = not sold for points")
    points_cash: int = Field(default=0, ge=0, le=MAX_FEN, description="fen paid with the points (积分+现金)")

    @model_validator(mode="after")
    def _cash_goes_with_points(self) -> SkuIn:
        if self.points_cash and not self.points:
            raise ValueError("积分加现金需同时填写积分")
        return self


class ProductIn(_In):
    """A product as a merchant writes it; without ``skus``, ``price`` and ``stock`` make one SKU."""

    title: str = Field(min_length=2, max_length=100)
    subtitle: str = Field(default="", max_length=200)
    category_id: int | None = Field(default=None, ge=1)
    brand_id: int | None = Field(default=None, ge=1)
    image: str = Field(default="", max_length=500)
    images: list[Url] = Field(default_factory=list, max_length=10)
    video: str = Field(default="", max_length=500)
    description: str = Field(default="", max_length=50_000)
    tags: list[str] = Field(default_factory=list, max_length=10)
    service_promise: list[str] = Field(default_factory=list, max_length=10)
    freight: int = Field(default=0, ge=0, le=MAX_FEN)
    shipping_template_id: int | None = Field(default=None, ge=1)
    sort: int = Field(default=0, ge=0, le=99999)
    params: list[ParamValue] = Field(default_factory=list, max_length=100)
    attributes: list[AttributeValue] = Field(default_factory=list, max_length=50)
    specs: list[SpecIn] = Field(default_factory=list, max_length=3)
    units: list[UnitIn] = Field(default_factory=list, max_length=10)  # up to three: units_invalid
    skus: list[SkuIn] = Field(default_factory=list, max_length=600)
    price: int | None = Field(default=None, ge=0, le=MAX_FEN)
    original_price: int = Field(default=0, ge=0, le=MAX_FEN)
    stock: int = Field(default=0, ge=0, le=MAX_STOCK)
    submit: bool = False

    @model_validator(mode="after")
    def _one_sku_without_specs(self) -> ProductIn:
        if not self.skus:
            if self.specs:
                raise ValueError("请填写规格对应的 SKU")
            if self.price is None:
                raise ValueError("请填写价格")
            self.skus = [SkuIn(price=self.price, original_price=self.original_price, stock=self.stock)]
        if self.image and self.image not in self.images:
            self.images = [self.image, *self.images][:10]
        return self


class ProductChange(_In):
    """Quick edits from the list that never need audit."""

    sort: int | None = Field(default=None, ge=0, le=99999)
    padded_sales: int | None = Field(default=None, ge=0, le=10**8, description="销量注水, platform only")
    freight: int | None = Field(default=None, ge=0, le=MAX_FEN)


class SkuChange(_In):
    id: int = Field(ge=1)
    price: int | None = Field(default=None, ge=0, le=MAX_FEN)
    original_price: int | None = Field(default=None, ge=0, le=MAX_FEN)
    stock: int | None = Field(default=None, ge=0, le=MAX_STOCK)
    unit_prices: list[int] | None = Field(default=None, max_length=3)
    points: int | None = Field(default=None, ge=0, le=MAX_POINTS)
    points_cash: int | None = Field(default=None, ge=0, le=MAX_FEN)


class SkuChanges(_In):
    items: list[SkuChange] = Field(min_length=1, max_length=600)


ProductEvent = Literal["submit", "approve", "reject", "on_shelf", "off_shelf", "ban", "unban"]


class EventIn(_In):
    reason: str = Field(default="", max_length=200)


class BulkIn(_In):
    ids: list[int] = Field(min_length=1, max_length=200)
    action: Literal["submit", "approve", "reject", "on_shelf", "off_shelf", "ban", "unban", "delete"]
    reason: str = Field(default="", max_length=200)


class ProductAdminQuery(PageParams):
    status: Literal["draft", "pending", "rejected", "on_sale", "off_shelf", "banned"] | None = None
    keyword: str | None = Field(default=None, max_length=50)
    category_id: int | None = Field(default=None, ge=1)
    shop_id: int | None = Field(default=None, ge=1)


class ProductRow(BaseModel):
    id: int
    title: str
    image: str
    shop_id: int
    shop_name: str
    category_id: int | None
    price: int
    stock: int
    sales: int
    padded_sales: int
    status: str
    sort: int
    audit_reason: str
    updated_at: datetime


class SkuOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    spec_values: list[str]
    price: int
    original_price: int
    stock: int
    code: str
    barcode: str
    weight: int
    image: str
    unit_prices: list[int]
    is_enabled: bool
    points: int
    points_cash: int


class ProductEdit(BaseModel):
    """Everything the edit page shows of a product."""

    id: int
    shop_id: int
    status: str
    audit_reason: str
    title: str
    subtitle: str
    category_id: int | None
    brand_id: int | None
    images: list[str]
    video: str
    description: str
    tags: list[str]
    service_promise: list[str]
    freight: int
    shipping_template_id: int | None
    sort: int
    params: list[dict]
    attributes: list[dict]
    specs: list[dict]
    units: list[dict]
    skus: list[SkuOut]
    price: int
    stock: int
    sales: int
    padded_sales: int
    source_product_id: int | None
    created_at: datetime
    updated_at: datetime


class BulkResult(BaseModel):
    succeeded: list[int]
    failed: list[dict]


class TimelineEntry(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    event: str
    from_state: str
    to_state: str
    actor: str
    note: str
    created_at: datetime


class LibraryIn(_In):
    product_ids: list[int] = Field(min_length=1, max_length=200)


class LibraryQuery(PageParams):
    keyword: str | None = Field(default=None, max_length=50)
    category_id: int | None = Field(default=None, ge=1)


# --- storefront ---------------------------------------------------------------------------------

MarkKind = Literal["full_reduction", "full_discount", "full_gift", "package_price", "coupon"]


class Mark(BaseModel):
    """A promotion mark on a card or the detail (SEARCH-7), e.g. ``{"kind": "full_reduction", "text": "满300减30"}``."""

    kind: MarkKind
    text: str
    activity_id: int | None = None  # the activity's 凑单 page (/activities/{id}); none for 领券


# Where marks come from: given the cards' products (product id → shop id), each product's marks.
# Each source answers for every card of a response at once, in a fixed number of queries.
MarkSource = Callable[[Mapping[int, int]], Awaitable[Mapping[int, list[dict]]]]


class ProductCard(BaseModel):
    """What a listing, a page section or a search result shows of a product (prices in fen)."""

    id: int
    title: str
    image: str
    price: int
    original_price: int
    sales: int
    stock_state: Literal["in_stock", "low", "sold_out"]
    shop_id: int
    self_operated: bool
    tags: list[str]
    marks: list[Mark] = []  # running activities and claimable coupons, applied after every cache
    unit: str = ""
    price_kind: Literal["list", "customer"] = "list"  # customer: the signed-in buyer's 客户秘价
    points: int = 0  # 积分价 of the cheapest points SKU; 0 = not for points
    points_cash: int = 0  # fen paid with those points (积分+现金)


class ProductQuery(BaseModel):
    shop_id: int | None = None  # a shop's own pages list only that shop's products
    category_id: int | None = None
    brand_id: int | None = None
    tag: str | None = Field(default=None, max_length=20)
    sort: Literal["composite", "sales", "newest", "price_asc", "price_desc"] = "composite"
    limit: int = Field(default=10, ge=1, le=50)


class RecommendationQuery(BaseModel):
    limit: int = Field(default=10, ge=1, le=30)


class SkuView(BaseModel):
    id: int
    spec_values: list[str]
    price: int
    original_price: int
    stock: int
    stock_state: Literal["in_stock", "low", "sold_out"]
    image: str
    code: str
    unit_prices: list[int]
    price_kind: Literal["list", "customer"] = "list"
    points: int = 0
    points_cash: int = 0
    available: bool


class ShopCard(BaseModel):
    id: int
    name: str
    logo: str
    self_operated: bool


class ProductDetail(BaseModel):
    id: int
    title: str
    subtitle: str
    video: str
    images: list[str]
    description: str
    price: int
    original_price: int
    price_max: int
    price_kind: Literal["list", "customer"] = "list"
    points: int = 0
    points_cash: int = 0
    sales: int
    stock_state: Literal["in_stock", "low", "sold_out"]
    status: str
    specs: list[dict]
    skus: list[SkuView]
    units: list[dict]
    params: list[dict]
    attributes: list[dict]
    service_promise: list[str]
    freight: int
    tags: list[str]
    marks: list[Mark] = []
    shop: ShopCard
    category_id: int | None
    brand: dict | None
    review_summary: dict = {}
    share: dict
    favourited: bool = False
