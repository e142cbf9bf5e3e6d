"""Coupon templates a shop or the platform issues, the coupons shoppers hold, and the orders a
coupon was used on.

A coupon copies its template's terms (shop, title, threshold, off, products) when it is claimed:
checkout reads a shopper's coupons in one query, and a template's terms never change after issue
(only its title, total, claim window and per-user limit do).
"""

from tortoise import fields
from tortoise.models import Model


class CouponTemplate(Model):
    """优惠券模板: ``shop_id`` null is the platform's. Validity is ``valid_days`` from claiming or the
    fixed ``valid_from``..``valid_until`` window. ``claimed`` only grows, by a guarded update."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(null=True, db_index=True)
    title = fields.CharField(max_length=40)
    threshold = fields.BigIntField(default=0)  # fen; 0: no threshold (无门槛)
    off = fields.BigIntField()  # fen
    product_ids = fields.JSONField(null=True)  # null: every product of its shop (platform: of every shop)
    claim_starts_at = fields.DatetimeField()
    claim_ends_at = fields.DatetimeField()
    valid_days = fields.IntField(null=True)
    valid_from = fields.DatetimeField(null=True)
    valid_until = fields.DatetimeField(null=True)
    total = fields.IntField()
    claimed = fields.IntField(default=0)
    per_user_limit = fields.IntField(default=1)
    status = fields.CharField(max_length=16, default="active")  # states.TEMPLATE
    created_by = fields.CharField(max_length=40, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "coupons_template"
        indexes = (("status", "claim_ends_at"),)


class Coupon(Model):
    """A shopper's coupon. ``order_nos``: the orders it is used on now (empty once it went back)."""

    id = fields.BigIntField(primary_key=True)
    template_id = fields.BigIntField(db_index=True)
    user_id = fields.BigIntField()
    code = fields.CharField(max_length=16, unique=True)
    shop_id = fields.BigIntField(null=True)
    title = fields.CharField(max_length=40)
    threshold = fields.BigIntField()
    off = fields.BigIntField()
    product_ids = fields.JSONField(null=True)
    status = fields.CharField(max_length=16, default="unused")  # states.COUPON
    valid_from = fields.DatetimeField()
    valid_until = fields.DatetimeField()
    order_nos = fields.JSONField(default=list)
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "coupons_coupon"
        indexes = (("user_id", "status", "valid_until"), ("user_id", "template_id"), ("status", "valid_until"))


class CouponUse(Model):
    """One order a coupon was used on. ``ended``: the order was cancelled or closed unpaid;
    ``returned``: the coupon went back to unused (this use is history)."""

    id = fields.BigIntField(primary_key=True)
    coupon_id = fields.BigIntField(db_index=True)
    order_id = fields.BigIntField(db_index=True)
    order_no = fields.CharField(max_length=32)
    ended = fields.BooleanField(default=False)
    returned = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "coupons_use"
