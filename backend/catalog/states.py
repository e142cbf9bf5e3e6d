"""The product (SPU) and brand transition tables: the only way their status changes."""

from backend.catalog.models import Brand, Product
from backend.core.states import StateMachine

PRODUCT = StateMachine("product", Product, {
    ("draft", "submit"): "pending",
    ("rejected", "submit"): "pending",
    ("pending", "approve"): "on_sale",
    ("pending", "reject"): "rejected",
    ("on_sale", "off_shelf"): "off_shelf",
    ("off_shelf", "on_shelf"): "on_sale",
    ("on_sale", "ban"): "banned",
    ("off_shelf", "ban"): "banned",
    ("banned", "unban"): "off_shelf",
    # editing a key field of an approved product sends it back to audit
    ("on_sale", "resubmit"): "pending",
    ("off_shelf", "resubmit"): "pending",
})

MERCHANT_EVENTS = frozenset({"submit", "on_shelf", "off_shelf"})
PLATFORM_EVENTS = frozenset({"approve", "reject", "ban", "unban"})
REASON_REQUIRED = frozenset({"reject", "ban"})
EDITABLE = frozenset({"draft", "rejected", "pending", "on_sale", "off_shelf"})  # banned: unban first
DELETABLE = frozenset({"draft", "rejected", "off_shelf", "banned"})

BRAND = StateMachine("brand", Brand, {
    ("pending", "approve"): "approved",
    ("pending", "reject"): "rejected",
    ("rejected", "resubmit"): "pending",
})
