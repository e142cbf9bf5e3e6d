from tortoise import fields
from tortoise.models import Model


class Order(Model):
    """One shop's part of a checkout (智能拆单); one payment may cover several orders.

    Amounts are the price engine's quote for this order's lines, in fen:
    ``payable == goods_total - discount_total + freight_total``."""

    id = fields.BigIntField(primary_key=True)
    order_no = fields.CharField(max_length=32, unique=True)
    user_id = fields.BigIntField(db_index=True)
    shop_id = fields.BigIntField(db_index=True)
    payment_no = fields.CharField(max_length=32, db_index=True)
    type = fields.CharField(max_length=16, default="normal")  # normal | group | points | …
    channel = fields.CharField(max_length=8, default="h5")
    status = fields.CharField(max_length=20, db_index=True)  # states.ORDER
    goods_total = fields.BigIntField()
    discount_total = fields.BigIntField(default=0)
    freight_total = fields.BigIntField(default=0)
    points_used = fields.IntField(default=0)
    payable = fields.BigIntField()
    address = fields.JSONField()  # a snapshot: {name, phone, province, city, district, detail}
    receiver_phone = fields.CharField(max_length=20, default="", db_index=True)  # staff search by it
    delivery = fields.CharField(max_length=10, default="express")
    remark = fields.CharField(max_length=200, default="")
    attachments = fields.JSONField(default=list)
    invoice = fields.JSONField(null=True)
    needs_audit = fields.BooleanField(default=False)
    reviewed = fields.BooleanField(default=False)
    cancel_reason = fields.CharField(max_length=200, default="")
    urged_at = fields.DatetimeField(null=True)
    pay_deadline = fields.DatetimeField(null=True)
    paid_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    auto_confirm_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "orders_order"


class OrderLine(Model):
    """A bought SKU as it was at checkout: title, spec and unit are snapshots; money is this line's
    share of every adjustment of the quote, so a partial refund knows what each unit cost."""

    id = fields.BigIntField(primary_key=True)
    order_id = fields.BigIntField(db_index=True)
    sku_id = fields.BigIntField()
    product_id = fields.BigIntField(db_index=True)
    title = fields.CharField(max_length=100)
    image = fields.CharField(max_length=500, default="")
    spec_text = fields.CharField(max_length=100, default="")
    unit = fields.IntField(default=0)
    unit_name = fields.CharField(max_length=10, default="")
    factor = fields.IntField(default=1)  # base units in one of ``unit``
    quantity = fields.IntField()
    unit_price = fields.BigIntField()
    goods = fields.BigIntField()
    discount = fields.BigIntField(default=0)
    freight = fields.BigIntField(default=0)
    payable = fields.BigIntField()
    adjustments = fields.JSONField(default=list)  # [{"source", "amount", "ref"}]
    shipped_quantity = fields.IntField(default=0)
    # units refunded through after-sales before they shipped: they never ship, their stock went back
    withheld_quantity = fields.IntField(default=0)
    reviewed = fields.BooleanField(default=False)
    is_gift = fields.BooleanField(default=False)  # 满赠: given at price 0, its stock taken like any line's

    class Meta:
        table = "orders_order_line"


class CheckoutRecord(Model):
    """Submit is idempotent: a buyer's key maps to what that submit created (its answer)."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField()
    key = fields.CharField(max_length=64)
    fingerprint = fields.CharField(max_length=64)
    answer = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "orders_checkout_record"
        unique_together = (("user_id", "key"),)
