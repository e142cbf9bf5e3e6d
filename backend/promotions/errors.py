from enum import StrEnum


class PromotionError(StrEnum):
    activity_not_found = "activity_not_found"
    activity_invalid = "activity_invalid"
    activity_conflict = "activity_conflict"
    activity_started = "activity_started"
    activity_ended = "activity_ended"
    shop_required = "shop_required"
