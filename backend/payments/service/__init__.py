"""The payments context's public functions (what checkout, orders, finance and the API call)."""

from backend.payments.service import balance  # noqa: F401  (registers 余额支付)
from backend.payments.service.cod import collect_cod, defer_to_delivery, pays_on_delivery
from backend.payments.service.facts import payment_facts
from backend.payments.service.gateways import gateway_settings, save_gateway
from backend.payments.service.notifications import handle_notification, query_pending
from backend.payments.service.offline import (
    confirm_offline,
    record_refund,
    reject_voucher,
    submit_voucher,
    vouchers_of,
)
from backend.payments.service.paying import (
    close_for_orders,
    confirm_sandbox,
    create_payment,
    get_payment,
    methods,
    start_payment,
)
from backend.payments.service.records import records_of
from backend.payments.service.refunds import execute_refund, refund, refundable
from backend.payments.service.shipping import shipping_info
from backend.payments.service.staff import list_payments, list_refunds
from backend.payments.service.together import pay_orders

__all__ = [
    "close_for_orders", "collect_cod", "confirm_offline", "confirm_sandbox", "create_payment", "defer_to_delivery",
    "execute_refund", "gateway_settings", "get_payment", "handle_notification", "list_payments", "list_refunds",
    "methods", "pay_orders", "payment_facts", "pays_on_delivery", "query_pending", "record_refund", "records_of",
    "refund", "refundable", "reject_voucher", "save_gateway", "shipping_info", "start_payment", "submit_voucher",
    "vouchers_of",
]
