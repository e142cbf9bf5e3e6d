"""The order flow, one table (STYLE §3). The audit step is optional: orders of shops or channels
that audit are paid into ``pending_audit``; the others go straight to ``pending_shipment``."""

from backend.core.states import StateMachine
from backend.orders.models import Order

ORDER_TABLE: dict[tuple[str, str], str] = {
    ("pending_payment", "pay"): "pending_shipment",
    ("pending_payment", "pay_for_audit"): "pending_audit",
    # not pay-first (先货后款: credit, cash on delivery): the order goes on unpaid, paid later
    ("pending_payment", "accept_unpaid"): "pending_shipment",
    ("pending_payment", "accept_unpaid_for_audit"): "pending_audit",
    ("pending_payment", "cancel"): "cancelled",
    ("pending_payment", "timeout"): "closed",
    ("pending_audit", "approve"): "pending_shipment",
    ("pending_audit", "reject"): "cancelled",
    ("pending_audit", "cancel_paid"): "cancelled",
    ("pending_shipment", "cancel_paid"): "cancelled",
    ("pending_shipment", "ship_part"): "partially_shipped",
    ("pending_shipment", "ship_all"): "shipped",
    ("partially_shipped", "ship_part"): "partially_shipped",
    ("partially_shipped", "ship_all"): "shipped",
    ("shipped", "receive"): "received",
    ("received", "complete"): "completed",
    # 售后: every unit of every line refunded through after-sales closes the order (交易关闭)
    ("pending_audit", "refund_all"): "closed",
    ("pending_shipment", "refund_all"): "closed",
    ("partially_shipped", "refund_all"): "closed",
    ("shipped", "refund_all"): "closed",
    ("received", "refund_all"): "closed",
    ("completed", "refund_all"): "closed",
}
ORDER = StateMachine("order", Order, ORDER_TABLE)

STATUS_TEXT = {
    "pending_payment": "待付款",
    "pending_audit": "待审核",
    "pending_shipment": "待发货",
    "partially_shipped": "部分发货",
    "shipped": "待收货",
    "received": "待评价",
    "completed": "已完成",
    "cancelled": "已取消",
    "closed": "已关闭",  # unpaid and timed out, or refunded in full through after-sales
}
TABS = {
    "pending_payment": ("pending_payment",),
    "pending_shipment": ("pending_audit", "pending_shipment", "partially_shipped"),
    "pending_receipt": ("shipped", "partially_shipped"),
    "pending_review": ("received",),
}
