from enum import StrEnum


class SearchError(StrEnum):
    """Search's own codes; bad input (a keyword over 50 characters) is ``validation_failed``."""
