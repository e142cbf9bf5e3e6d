from enum import StrEnum


class OrderError(StrEnum):
    order_not_found = "order_not_found"
    already_urged = "already_urged"
    cannot_urge = "cannot_urge"
    ship_items_invalid = "ship_items_invalid"
    nothing_to_ship = "nothing_to_ship"
    review_items_invalid = "review_items_invalid"
    not_reviewable = "not_reviewable"
    order_not_payable = "order_not_payable"
    order_not_shipped = "order_not_shipped"
