"""After-sales requests (售后申请), the units they cover, their timeline, and one guard row per order.

Orders belong to the orders context: they are referred to by id and number, with the bought lines'
titles and money copied onto the items when the request is made.
"""

from tortoise import fields
from tortoise.models import Model


class AftersaleRequest(Model):
    """A buyer asks for money back (仅退款) or to return goods for it (退货退款)."""

    id = fields.BigIntField(primary_key=True)
    request_no = fields.CharField(max_length=32, unique=True)
    user_id = fields.BigIntField(db_index=True)
    shop_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(db_index=True)
    order_no = fields.CharField(max_length=32, db_index=True)
    type = fields.CharField(max_length=16)  # refund_only | return_refund
    status = fields.CharField(max_length=20, db_index=True)  # states.REFUND_ONLY / states.RETURN_REFUND
    reason = fields.CharField(max_length=20)
    description = fields.CharField(max_length=500, default="")
    images = fields.JSONField(default=list)
    requested_amount = fields.BigIntField()  # what the buyer asked for, fen
    amount = fields.BigIntField()  # what will be refunded: the buyer's ask, or less once staff adjust it
    freight = fields.BigIntField(default=0)  # the part of ``amount`` that is the order's freight
    quantity = fields.IntField()  # units over all items
    whole_order = fields.BooleanField(default=False)
    reject_reason = fields.CharField(max_length=200, default="")
    return_carrier_code = fields.CharField(max_length=20, default="")
    return_carrier_name = fields.CharField(max_length=40, default="")
    return_tracking_no = fields.CharField(max_length=40, default="")
    refund_attempts = fields.IntField(default=0)
    refund_key = fields.CharField(max_length=64, default="", db_index=True)  # the current attempt's
    refund_nos = fields.JSONField(default=list)  # every refund asked of payments, oldest first
    last_error = fields.CharField(max_length=500, default="")
    client_key = fields.CharField(max_length=64, null=True)  # the buyer's Idempotency-Key
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)
    approved_at = fields.DatetimeField(null=True)
    return_shipped_at = fields.DatetimeField(null=True)
    return_received_at = fields.DatetimeField(null=True)
    refunded_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)  # rejected, cancelled or closed
    return_due_at = fields.DatetimeField(null=True)  # awaiting the return: closed if not shipped by then
    receive_due_at = fields.DatetimeField(null=True)  # returning: counts as received by then

    class Meta:
        table = "aftersales_request"
        unique_together = (("user_id", "client_key"),)


class AftersaleItem(Model):
    """Some units of one order line: their share of what the line paid, copied with the line's snapshot."""

    id = fields.BigIntField(primary_key=True)
    request_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(db_index=True)
    line_id = fields.BigIntField()
    quantity = fields.IntField()
    amount = fields.BigIntField()  # the most these units may refund (their share of the line's payable less freight)
    line_quantity = fields.IntField()
    title = fields.CharField(max_length=100)
    image = fields.CharField(max_length=500, default="")
    spec_text = fields.CharField(max_length=100, default="")
    unit_price = fields.BigIntField()

    class Meta:
        table = "aftersales_item"


class AftersaleStep(Model):
    """The timeline: who did what, when, why, with which photos (each state change and its details)."""

    id = fields.BigIntField(primary_key=True)
    request_id = fields.BigIntField(db_index=True)
    event = fields.CharField(max_length=24)
    from_state = fields.CharField(max_length=20, default="")
    to_state = fields.CharField(max_length=20)
    actor = fields.CharField(max_length=64)  # consumer:1 | staff:2 | system
    role = fields.CharField(max_length=10)  # buyer | merchant | platform | system
    note = fields.CharField(max_length=500, default="")
    images = fields.JSONField(default=list)
    data = fields.JSONField(default=dict)  # amounts, carrier and tracking number, refund number …
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "aftersales_step"


class AftersaleOrder(Model):
    """One row per order with requests: the lock every request of the order takes before it reads
    what is left, and the money claimed by live requests, never more than the order paid."""

    id = fields.BigIntField(primary_key=True)
    order_id = fields.BigIntField(unique=True)
    paid = fields.BigIntField()
    claimed = fields.BigIntField(default=0)  # amounts of requests not rejected, cancelled or closed
    refunded = fields.BigIntField(default=0)
    version = fields.IntField(default=0)

    class Meta:
        table = "aftersales_order"
