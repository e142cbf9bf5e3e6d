"""Payments (支付单), the orders each one covers, refunds and the gateway notification log.

Orders belong to the orders context: they are referred to here by id and number only.
"""

from tortoise import fields
from tortoise.models import Model


class Payment(Model):
    """One payment the shopper makes, possibly for several orders (a multi-shop checkout)."""

    id = fields.BigIntField(primary_key=True)
    payment_no = fields.CharField(max_length=32, unique=True)
    user_id = fields.BigIntField(db_index=True)
    amount = fields.BigIntField()  # fen
    subject = fields.CharField(max_length=128)
    status = fields.CharField(max_length=16, default="pending")  # states.PAYMENT
    provider = fields.CharField(max_length=16, default="")  # the latest started; the paying one once paid
    channel = fields.CharField(max_length=16, default="")
    attempts = fields.JSONField(default=list)  # [{"provider", "channel", "at"}] every start
    attempt_count = fields.IntField(default=0)  # len(attempts): guards their read-modify-write
    last_result = fields.CharField(max_length=16, default="")  # success | fail | cancel (PAY-3)
    trade_no = fields.CharField(max_length=64, default="")  # the gateway's
    paid_at = fields.DatetimeField(null=True)  # set when money arrived, even for a closed payment
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "payments_payment"


class PaymentOrder(Model):
    """The share of a payment that pays one order; a payment's shares add up to its amount."""

    id = fields.BigIntField(primary_key=True)
    payment_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(db_index=True)
    order_no = fields.CharField(max_length=32)
    shop_id = fields.BigIntField()
    amount = fields.BigIntField()
    released = fields.BooleanField(default=False)  # the order was cancelled before payment
    # the order's id while this share may take or has taken its money, None once the payment closed
    # or released it: unique, so two live payments can never cover one order (PAY-5)
    open_order_id = fields.BigIntField(null=True, unique=True)

    class Meta:
        table = "payments_payment_order"
        unique_together = (("payment_id", "order_id"),)


class OfflineVoucher(Model):
    """转账凭证 (PAY-6): what the shopper shows for a transfer; staff accept it by confirming the
    payment, or reject it with a reason and the shopper uploads another."""

    id = fields.BigIntField(primary_key=True)
    payment_id = fields.BigIntField(db_index=True)
    images = fields.JSONField(default=list)  # URLs from /uploads/images
    note = fields.CharField(max_length=200, default="")
    status = fields.CharField(max_length=16, default="submitted")  # states.VOUCHER
    reject_reason = fields.CharField(max_length=200, default="")
    reviewed_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    reviewed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "payments_offline_voucher"


class Refund(Model):
    """Money sent back for one order through the payment's gateway, once per idempotency key."""

    id = fields.BigIntField(primary_key=True)
    refund_no = fields.CharField(max_length=32, unique=True)
    payment_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(db_index=True)
    amount = fields.BigIntField()
    reason = fields.CharField(max_length=200, default="")
    status = fields.CharField(max_length=16, default="pending")  # states.REFUND
    key = fields.CharField(max_length=128, unique=True)
    gateway_refund_no = fields.CharField(max_length=64, default="")
    last_error = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "payments_refund"


class PaymentNotification(Model):
    """A verified gateway notification, stored once: its dedupe key is what makes it apply once."""

    id = fields.BigIntField(primary_key=True)
    provider = fields.CharField(max_length=16)
    dedupe_key = fields.CharField(max_length=191, unique=True)
    payment_no = fields.CharField(max_length=32, default="", db_index=True)
    payload = fields.JSONField(default=dict)
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "payments_notification"


class GatewayConfig(Model):
    """A gateway's settings saved in the back office (支付设置); secrets sealed, never answered back."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    enabled = fields.BooleanField(default=True)
    values = fields.JSONField(default=dict)  # the plain fields
    secrets = fields.TextField(default="")  # Fernet token of the secret fields (payments/service/gateways.py)
    updated_by = fields.CharField(max_length=64, default="")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "payments_gateway_config"
