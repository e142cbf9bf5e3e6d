from tortoise import fields
from tortoise.models import Model


class Shop(Model):
    """A tenant: a merchant selling to buyers or a supplier drop-shipping for merchants."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=16)  # merchant | supplier
    name = fields.CharField(max_length=60)
    self_operated = fields.BooleanField(default=False)  # 自营
    status = fields.CharField(max_length=16, default="active")  # active | disabled
    contact_name = fields.CharField(max_length=40, default="")
    contact_phone = fields.CharField(max_length=20, default="")
    logo = fields.CharField(max_length=500, default="")
    intro = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "shops_shop"
        unique_together = (("kind", "name"),)
