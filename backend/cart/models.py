from tortoise import fields
from tortoise.models import Model


class CartLine(Model):
    """One SKU in one unit in a shopper's cart (购物车). A member's line carries ``user_id``, a
    guest's ``device_id``; the SKU, product and shop live in catalog and shops, referenced by id."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField(null=True)
    device_id = fields.CharField(max_length=64, null=True)
    sku_id = fields.BigIntField()
    product_id = fields.BigIntField()
    shop_id = fields.BigIntField()
    unit = fields.SmallIntField(default=0)
    quantity = fields.IntField()
    selected = fields.BooleanField(default=True)
    added_price = fields.BigIntField()  # the buyer's unit price when added, fen: shows a price change
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "cart_line"
        # NULLs never collide, so each owner kind gets its own uniqueness
        unique_together = (("user_id", "sku_id", "unit"), ("device_id", "sku_id", "unit"))
