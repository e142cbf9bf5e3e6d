"""The payments context's public functions (what checkout, orders and the API call)."""

from backend.payments.service.gateways import gateway_settings, save_gateway
from backend.payments.service.notifications import handle_notification, query_pending
from backend.payments.service.offline import confirm_offline
from backend.payments.service.paying import (
    close_for_orders,
    confirm_sandbox,
    create_payment,
    get_payment,
    methods,
    start_payment,
)
from backend.payments.service.records import records_of
from backend.payments.service.refunds import execute_refund, refund
from backend.payments.service.shipping import shipping_info
from backend.payments.service.staff import list_payments, list_refunds

__all__ = [
    "close_for_orders", "confirm_offline", "confirm_sandbox", "create_payment", "execute_refund",
    "gateway_settings", "get_payment", "handle_notification", "list_payments", "list_refunds", "methods",
    "query_pending", "records_of", "refund", "save_gateway", "shipping_info", "start_payment",
]
