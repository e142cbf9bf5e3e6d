"""After-sales (售后) service: the only door the API and other contexts use (split by use case)."""

from backend.aftersales.service._shared import aftersales_settings
from backend.aftersales.service.handling import (
    approve,
    execute,
    receive,
    refuse_receipt,
    reject,
    schedule_sweep,
)
from backend.aftersales.service.queries import (
    detail_for_buyer,
    detail_for_staff,
    list_for_buyer,
    list_for_staff,
    order_summary,
    view,
)
from backend.aftersales.service.requests import cancel, create, preview, ship_return

__all__ = [
    "aftersales_settings", "approve", "cancel", "create", "detail_for_buyer", "detail_for_staff", "execute",
    "list_for_buyer", "list_for_staff", "order_summary", "preview", "receive", "refuse_receipt", "reject",
    "schedule_sweep", "ship_return", "view",
]
