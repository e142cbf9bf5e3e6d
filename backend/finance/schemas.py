"""Finance requests and answers (docs/finance-api.md)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from backend.core.pagination import PageParams


class WalletEntryOut(BaseModel):
    amount: int  # > 0 came in, < 0 went out
    kind: str
    reference: str
    description: str
    created_at: datetime


class WalletOut(BaseModel):
    balance: int
    items: list[WalletEntryOut]
    total: int
    page: int
    page_size: int


class AdjustIn(BaseModel):
    """平台调账: ``amount`` fen added (> 0) or taken (< 0), and why."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    amount: int = Field(ge=-100_000_000, le=100_000_000)
    reason: str = Field(min_length=2, max_length=200)


class AdjustmentOut(BaseModel):
    adjustment_no: str
    user_id: int
    amount: int
    reason: str
    actor: str
    created_at: datetime
    balance: int


class AccountQuery(BaseModel):
    kind: str | None = Field(default=None, max_length=32)


class AccountOut(BaseModel):
    account: str
    kind: str
    name: str
    owner: str
    net: int  # debits − credits
    balance: int  # on the account's normal side


class JournalQuery(PageParams):
    kind: str | None = Field(default=None, max_length=32)
    reference: str | None = Field(default=None, max_length=64)


class JournalLineOut(BaseModel):
    account: str
    kind: str
    owner: str
    debit: int
    credit: int


class JournalOut(BaseModel):
    id: int
    kind: str
    reference: str
    payment_no: str
    memo: str
    actor: str
    created_at: datetime
    lines: list[JournalLineOut]
