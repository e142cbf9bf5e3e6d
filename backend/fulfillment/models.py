from tortoise import fields
from tortoise.models import Model


class Carrier(Model):
    """An express company (物流公司) shipments can be sent with; ``code`` is ours, e.g. "SF"."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=20, unique=True)
    name = fields.CharField(max_length=40)
    phone = fields.CharField(max_length=20, default="")
    website = fields.CharField(max_length=200, default="")
    sort = fields.IntField(default=0)
    is_enabled = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "fulfillment_carrier"


class ShippingTemplate(Model):
    """运费模板: a shop's freight rule. Rates are ``{first_units, first_fee, extra_units, extra_fee}``
    in pieces or grams and fen; ``regions`` are rates that replace the default for their provinces."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField()
    name = fields.CharField(max_length=40)
    mode = fields.CharField(max_length=8)  # pieces | weight
    default_rate = fields.JSONField()
    regions = fields.JSONField(default=list)
    free_over = fields.BigIntField(null=True)
    excluded_provinces = fields.JSONField(default=list)
    is_default = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "fulfillment_shipping_template"
        indexes = (("shop_id", "is_default"),)


class Shipment(Model):
    """One parcel of an order (an order may ship in several); the order lives in orders, by id."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(db_index=True)
    order_no = fields.CharField(max_length=40)
    carrier_code = fields.CharField(max_length=20)
    carrier_name = fields.CharField(max_length=40)
    tracking_no = fields.CharField(max_length=40)
    items = fields.JSONField()  # [{order_line_id, quantity}]
    receiver_phone_tail = fields.CharField(max_length=4, default="")
    status = fields.CharField(max_length=16, default="in_transit")
    last_event = fields.JSONField(null=True)  # {time, text, location}
    last_checked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "fulfillment_shipment"
