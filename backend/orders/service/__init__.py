"""Orders service: the only door other contexts and the API use (split by use case)."""

from backend.orders.service.aftersales import (
    close_refunded,
    order_for_aftersales,
    refundable_order,
    withhold_refunded,
)
from backend.orders.service.creation import (
    NewLine,
    NewOrders,
    attach_payment,
    checkout_record,
    create_orders,
    save_checkout_record,
)
from backend.orders.service.lifecycle import (
    approve,
    bought_items,
    cancel,
    close_unpaid,
    receive,
    reject,
    review,
    schedule_sweep,
    ship,
    urge,
)
from backend.orders.service.paying import collect_cod, pay_together, payment_facts
from backend.orders.service.queries import (
    briefs,
    card_for_buyer,
    counts_for_buyer,
    delivery_note,
    detail_for_buyer,
    detail_for_staff,
    list_for_buyer,
    list_for_staff,
    logistics,
    recent_for_customer,
    view,
)

__all__ = [
    "close_refunded", "order_for_aftersales", "refundable_order", "withhold_refunded",
    "NewLine", "NewOrders", "approve", "attach_payment", "bought_items", "briefs", "cancel", "card_for_buyer",
    "checkout_record", "collect_cod", "close_unpaid", "recent_for_customer",
    "counts_for_buyer", "create_orders", "delivery_note", "detail_for_buyer", "detail_for_staff", "list_for_buyer",
    "list_for_staff", "logistics", "pay_together", "payment_facts", "receive", "reject", "review",
    "save_checkout_record", "schedule_sweep", "ship", "urge", "view",
]
