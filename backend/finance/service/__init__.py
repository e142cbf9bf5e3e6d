"""The finance context's public functions: the ledger, wallets and reconciliation (FIN-10)."""

from backend.finance.service import postings  # noqa: F401  (subscribes the ledger to payments events)
from backend.finance.service.ledger import ACCOUNT_KINDS, balances, journal_page, wallet_balance
from backend.finance.service.reconcile import Report, reconcile
from backend.finance.service.wallets import adjust, wallet

__all__ = ["ACCOUNT_KINDS", "Report", "adjust", "balances", "journal_page", "reconcile", "wallet", "wallet_balance"]
