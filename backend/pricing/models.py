from tortoise import fields
from tortoise.models import Model


class CustomerPrice(Model):
    """客户秘价: what one customer pays for one SKU, set by the platform or the SKU's merchant.

    ``shop_id`` is the SKU's shop (the owner the back office scopes by); ``product_id`` lets
    listings load a page's customer prices in one query. ``unit_prices`` hold one price per unit
    of the product, in its unit order, like ``Sku.unit_prices``.
    """

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(db_index=True)
    product_id = fields.BigIntField()
    sku_id = fields.BigIntField(db_index=True)
    user_id = fields.BigIntField()
    unit_prices = fields.JSONField(default=list)
    note = fields.CharField(max_length=100, default="")
    created_by = fields.CharField(max_length=40, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "pricing_customer_price"
        unique_together = (("sku_id", "user_id"),)
        indexes = (("user_id", "product_id"),)
