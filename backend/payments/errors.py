from enum import StrEnum


class PaymentError(StrEnum):
    payment_not_found = "payment_not_found"
    payment_not_pending = "payment_not_pending"
    payment_method_unavailable = "payment_method_unavailable"
    payment_not_started = "payment_not_started"
    payment_amounts_invalid = "payment_amounts_invalid"
    offline_amount_mismatch = "offline_amount_mismatch"
    notification_signature_invalid = "notification_signature_invalid"
    notification_unknown_payment = "notification_unknown_payment"
    notification_amount_mismatch = "notification_amount_mismatch"
    notification_provider_mismatch = "notification_provider_mismatch"
    provider_unknown = "provider_unknown"
    refund_not_allowed = "refund_not_allowed"
    refund_amount_exceeded = "refund_amount_exceeded"
    refund_amount_invalid = "refund_amount_invalid"
    wechat_openid_missing = "wechat_openid_missing"
    notification_unknown_refund = "notification_unknown_refund"
    gateway_settings_invalid = "gateway_settings_invalid"
