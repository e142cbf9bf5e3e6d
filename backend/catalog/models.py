from tortoise import fields
from tortoise.models import Model


class Category(Model):
    """A platform category; level 1 → 2 → 3, products hang on level 3."""

    id = fields.BigIntField(primary_key=True)
    parent_id = fields.BigIntField(null=True, db_index=True)
    level = fields.SmallIntField()
    name = fields.CharField(max_length=30)
    icon = fields.CharField(max_length=500, default="")
    sort = fields.IntField(default=0)
    is_visible = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalog_category"


class Brand(Model):
    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=40, unique=True)
    english_name = fields.CharField(max_length=60, default="")
    letter = fields.CharField(max_length=1)  # pinyin initial for the A–Z index, "#" otherwise
    logo = fields.CharField(max_length=500, default="")
    is_recommended = fields.BooleanField(default=False)
    sort = fields.IntField(default=0)
    status = fields.CharField(max_length=16, default="approved")  # pending | approved | rejected
    shop_id = fields.BigIntField(null=True)  # the merchant that proposed it, if any
    reject_reason = fields.CharField(max_length=200, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalog_brand"


class Attribute(Model):
    """属性: what a shopper may filter by (when indexed), linked to level-3 categories."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=30)
    input_type = fields.CharField(max_length=16)  # option | text | date | region | country
    options = fields.JSONField(default=list)
    is_indexed = fields.BooleanField(default=False)
    sort = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalog_attribute"


class CategoryAttribute(Model):
    id = fields.BigIntField(primary_key=True)
    category_id = fields.BigIntField(db_index=True)
    attribute_id = fields.BigIntField(db_index=True)
    sort = fields.IntField(default=0)

    class Meta:
        table = "catalog_category_attribute"
        unique_together = (("category_id", "attribute_id"),)


class Param(Model):
    """参数: an industry spec a level-3 category asks products to fill in, in named groups."""

    id = fields.BigIntField(primary_key=True)
    category_id = fields.BigIntField(db_index=True)
    group = fields.CharField(max_length=20, default="")
    name = fields.CharField(max_length=30)
    sort = fields.IntField(default=0)

    class Meta:
        table = "catalog_param"


class Tag(Model):
    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=10, unique=True)
    sort = fields.IntField(default=0)
    is_enabled = fields.BooleanField(default=True)

    class Meta:
        table = "catalog_tag"


class Product(Model):
    """A product (SPU). ``price`` and ``stock`` summarise its enabled SKUs (lowest price, total
    stock in the base unit); the service keeps them in step with every SKU change."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(db_index=True)
    category_id = fields.BigIntField(null=True, db_index=True)
    brand_id = fields.BigIntField(null=True)
    title = fields.CharField(max_length=100)
    subtitle = fields.CharField(max_length=200, default="")
    image = fields.CharField(max_length=500, default="")  # the first of ``images``, for cards
    images = fields.JSONField(default=list)
    video = fields.CharField(max_length=500, default="")
    description = fields.TextField(default="")
    params = fields.JSONField(default=list)  # [{"group", "name", "value"}]
    attributes = fields.JSONField(default=list)  # [{"id", "value"}]
    service_promise = fields.JSONField(default=list)
    specs = fields.JSONField(default=list)  # [{"name", "values": [...]}]
    units = fields.JSONField(default=list)  # [{"name", "factor"}], base unit first
    freight = fields.BigIntField(default=0)  # fen, a flat fee shown on the page; checkout charges by templates
    shipping_template_id = fields.BigIntField(null=True)  # fulfillment's template; None: the shop's default
    price = fields.BigIntField()  # fen
    price_max = fields.BigIntField(default=0)
    # the cheapest points price among enabled SKUs (see ``Sku.points``), for cards; 0 = none
    points = fields.IntField(default=0)
    points_cash = fields.BigIntField(default=0)
    original_price = fields.BigIntField(default=0)  # fen, 0 = none
    stock = fields.IntField(default=0)
    sales = fields.IntField(default=0)
    padded_sales = fields.IntField(default=0)  # 销量注水, shown and sorted as real + padded
    tags = fields.JSONField(default=list)  # as the merchant chose them, disabled ones included
    # the enabled subset of ``tags``: what cards, the detail and search show (a disabled tag stays
    # in ``tags`` and reappears here when the platform enables it again); kept by the service
    shown_tags = fields.JSONField(default=list)
    # draft | pending | rejected | on_sale | off_shelf | banned (states.PRODUCT); always set on create
    status = fields.CharField(max_length=16, default="on_sale", db_index=True)
    audit_reason = fields.CharField(max_length=200, default="")
    sort = fields.IntField(default=0)
    source_product_id = fields.BigIntField(null=True)  # copied from the platform library
    is_deleted = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "catalog_product"


class Sku(Model):
    """One spec combination of a product. Stock is in the base unit; ``unit_prices`` hold one
    price per unit of the product, in the product's unit order."""

    id = fields.BigIntField(primary_key=True)
    product_id = fields.BigIntField(db_index=True)
    shop_id = fields.BigIntField()
    spec_values = fields.JSONField(default=list)
    code = fields.CharField(max_length=40, default="")
    barcode = fields.CharField(max_length=40, default="", db_index=True)
    price = fields.BigIntField()
    original_price = fields.BigIntField(default=0)
    unit_prices = fields.JSONField(default=list)
    stock = fields.IntField(default=0)
    weight = fields.IntField(default=0)  # grams
    image = fields.CharField(max_length=500, default="")
    is_enabled = fields.BooleanField(default=True)
    position = fields.IntField(default=0)
    # 积分价: points alone (``points_cash`` 0) or points plus cash in fen (积分+现金); 0 points = not for points
    points = fields.IntField(default=0)
    points_cash = fields.BigIntField(default=0)

    class Meta:
        table = "catalog_sku"


class LibraryEntry(Model):
    """商品库: an approved product the platform offers every merchant to copy into their shop."""

    id = fields.BigIntField(primary_key=True)
    product_id = fields.BigIntField(unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalog_library_entry"


class StockMove(Model):
    """库存流水: one append-only line per stock movement of a SKU, in the base unit.

    ``delta`` is negative when stock leaves (an order takes it) and positive when it comes back.
    ``ref`` names what moved it, e.g. the order number."""

    id = fields.BigIntField(primary_key=True)
    sku_id = fields.BigIntField(db_index=True)
    delta = fields.IntField()
    reason = fields.CharField(max_length=20)  # order | cancel | adjust
    ref = fields.CharField(max_length=40, default="", db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalog_stock_move"
