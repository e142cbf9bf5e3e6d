from enum import StrEnum


class MemberError(StrEnum):
    address_not_found = "address_not_found"
    address_limit_reached = "address_limit_reached"
