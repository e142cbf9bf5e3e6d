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
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalog_brand"


class Product(Model):
    """A product (SPU) as listings show it. The catalog issue adds SKUs, units, audit and media.

    ``price`` and ``stock`` summarise the SKUs (lowest price, total stock) once they exist.
    """

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(db_index=True)
    category_id = fields.BigIntField(null=True, db_index=True)
    brand_id = fields.BigIntField(null=True)
    title = fields.CharField(max_length=100)
    subtitle = fields.CharField(max_length=200, default="")
    image = fields.CharField(max_length=500, default="")
    price = fields.BigIntField()  # fen
    original_price = fields.BigIntField(default=0)  # fen, 0 = none
    stock = fields.IntField(default=0)
    sales = fields.IntField(default=0)
    padded_sales = fields.IntField(default=0)  # 销量注水, shown and sorted as real + padded
    tags = fields.JSONField(default=list)
    status = fields.CharField(max_length=16, default="on_sale")  # on_sale | off_shelf
    sort = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "catalog_product"
