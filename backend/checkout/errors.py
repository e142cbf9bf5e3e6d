from enum import StrEnum


class CheckoutError(StrEnum):
    no_items = "no_items"
    sku_not_found = "sku_not_found"
    items_unavailable = "items_unavailable"
    address_required = "address_required"
    address_not_found = "address_not_found"
    undeliverable = "undeliverable"
    payment_method_not_allowed = "payment_method_not_allowed"
    price_changed = "price_changed"
    idempotency_key_required = "idempotency_key_required"
    idempotency_key_reused = "idempotency_key_reused"
    coupon_unusable = "coupon_unusable"
