from enum import StrEnum


class FinanceError(StrEnum):
    journal_unbalanced = "journal_unbalanced"
    wallet_insufficient = "wallet_insufficient"
    adjustment_invalid = "adjustment_invalid"
    adjustment_key_reused = "adjustment_key_reused"
    user_not_found = "user_not_found"
