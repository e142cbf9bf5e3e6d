"""Fulfillment service: carriers, shipping templates and shipments; the door other contexts use."""

from backend.fulfillment.regions import PROVINCES
from backend.fulfillment.service.carriers import (
    BUILTIN_CARRIERS,
    all_carriers,
    carrier_by_code,
    change_carrier,
    create_carrier,
    enabled_carriers,
    ensure_carriers,
)
from backend.fulfillment.service.shipments import create_shipment, latest_events, shipments_of, track
from backend.fulfillment.service.templates import (
    create_template,
    delete_template,
    freight_rule,
    freight_rules,
    freight_templates,
    get_template,
    is_shop_template,
    list_templates,
    update_template,
)

__all__ = [
    "BUILTIN_CARRIERS", "PROVINCES", "all_carriers", "carrier_by_code", "change_carrier", "create_carrier",
    "create_shipment", "create_template", "delete_template", "enabled_carriers", "ensure_carriers",
    "freight_rule", "freight_rules", "freight_templates", "is_shop_template", "get_template", "latest_events",
    "list_templates", "shipments_of", "track", "update_template",
]
