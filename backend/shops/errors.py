from enum import StrEnum


class ShopError(StrEnum):
    shop_not_found = "shop_not_found"
    shop_name_taken = "shop_name_taken"
    shop_disabled = "shop_disabled"
