from enum import StrEnum


class PricingError(StrEnum):
    customer_price_not_found = "customer_price_not_found"
    customer_price_exists = "customer_price_exists"
    customer_price_invalid = "customer_price_invalid"
    sku_not_found = "sku_not_found"
