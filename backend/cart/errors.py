from enum import StrEnum


class CartError(StrEnum):
    line_not_found = "line_not_found"
    sku_not_found = "sku_not_found"
    off_shelf = "off_shelf"
    unit_gone = "unit_gone"
    sold_out = "sold_out"
    insufficient_stock = "insufficient_stock"
    quantity_too_large = "quantity_too_large"
    cart_full = "cart_full"
    invalid_device_id = "invalid_device_id"
