from enum import StrEnum


class MemberError(StrEnum):
    address_not_found = "address_not_found"
    address_limit_reached = "address_limit_reached"
    product_not_found = "product_not_found"
    shop_not_found = "shop_not_found"
