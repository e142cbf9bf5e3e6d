from enum import StrEnum


class MediaError(StrEnum):
    file_required = "file_required"
    file_too_large = "file_too_large"
    file_type_not_allowed = "file_type_not_allowed"
