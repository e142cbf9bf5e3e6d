from enum import StrEnum


class FulfillmentError(StrEnum):
    carrier_not_found = "carrier_not_found"
    carrier_code_taken = "carrier_code_taken"
    carrier_unavailable = "carrier_unavailable"
    template_not_found = "template_not_found"
    template_invalid = "template_invalid"
    shop_required = "shop_required"
    shipment_not_found = "shipment_not_found"
    shipment_invalid = "shipment_invalid"
