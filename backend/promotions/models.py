from tortoise import fields
from tortoise.models import Model


class Activity(Model):
    """A shop's activity (满减, 满折, 满赠, 打包一口价) over its whole shop or some of its products.

    ``rules`` hold the kind's rules as validated by ``schemas.RULES``; ``status`` moves only through
    ``states.ACTIVITY`` (``active → cancelled``); whether it is upcoming, running or ended follows
    the clock (``starts_at <= now < ends_at`` runs)."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField()
    kind = fields.CharField(max_length=20)
    title = fields.CharField(max_length=40)
    scope = fields.CharField(max_length=10, default="shop")  # shop | products
    product_ids = fields.JSONField(default=list)
    rules = fields.JSONField(default=dict)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    status = fields.CharField(max_length=10, default="active")  # states.ACTIVITY
    created_by = fields.CharField(max_length=40, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "promotions_activity"
        # every running-activity read (checkout, marks on cards) asks by shops and the clock
        indexes = (("shop_id", "status", "ends_at"),)
