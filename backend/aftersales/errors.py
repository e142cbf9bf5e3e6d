from enum import StrEnum


class AftersaleError(StrEnum):
    request_not_found = "request_not_found"
    order_not_eligible = "order_not_eligible"
    refund_window_closed = "refund_window_closed"
    in_transit_not_allowed = "in_transit_not_allowed"
    return_needs_receipt = "return_needs_receipt"
    items_invalid = "items_invalid"
    nothing_to_refund = "nothing_to_refund"
    reason_invalid = "reason_invalid"
    amount_exceeded = "amount_exceeded"
    amount_invalid = "amount_invalid"
    carrier_unavailable = "carrier_unavailable"
    platform_executes_refunds = "platform_executes_refunds"
    platform_only = "platform_only"
    idempotency_key_invalid = "idempotency_key_invalid"
