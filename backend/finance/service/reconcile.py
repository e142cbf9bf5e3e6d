"""对账 (FIN-10): the ledger, the payments' own records and the orders must tell one story.

Checked: every journal balances and the whole ledger sums to zero; each wallet's cached balance
equals its lines; and for every payment, the ledger's movement on each account equals what the
payment's record says (captured amount less succeeded refunds, by shop), its shares add up, and
every order it paid is marked paid for the amount it paid. Any difference is reported; nothing is
corrected here (a correction is a new journal, made by a person).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from tortoise.functions import Sum

from backend.finance.models import Journal, LedgerLine, WalletBalance
from backend.finance.service.ledger import WALLET, account_name
from backend.finance.service.postings import source_account
from backend.orders import service as orders
from backend.payments import service as payments

BATCH = 500
CAPTURED = {"paid", "late_paid", "refunded"}


@dataclass
class Report:
    payments: int = 0
    journals: int = 0
    accounts: int = 0
    differences: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.differences

    def text(self) -> str:
        head = (f"对账：{self.payments} 笔支付单，{self.journals} 张凭证，{self.accounts} 个科目账户；"
                + ("账实相符" if self.clean else f"发现 {len(self.differences)} 处差异"))
        return "\n".join([head, *(f"  - {line}" for line in self.differences)])


async def reconcile() -> Report:
    report = Report()
    await _check_ledger(report)
    await _check_wallets(report)
    known: set[str] = set()
    paid_by: dict[int, list[str]] = defaultdict(list)  # order id → the payments that took its money
    after = 0
    while facts := await payments.payment_facts(after_id=after, limit=BATCH):
        after = facts[-1]["id"]
        known |= {p["payment_no"] for p in facts}
        await _check_payments(report, facts, paid_by)
    for order_id, numbers in paid_by.items():
        if len(numbers) > 1:
            report.differences.append(f"订单 #{order_id} 被重复收款：{'、'.join(numbers)}")
    referenced = set(await Journal.exclude(payment_no="").distinct().values_list("payment_no", flat=True))
    for payment_no in sorted(referenced - known):
        report.differences.append(f"凭证引用了不存在的支付单 {payment_no}")
    return report


async def _check_ledger(report: Report) -> None:
    report.journals = await Journal.all().count()
    per_journal = await (LedgerLine.annotate(total=Sum("amount")).group_by("journal_id")
                         .values("journal_id", "total"))
    journals = {row["journal_id"] for row in per_journal}
    for row in per_journal:
        if int(row["total"] or 0) != 0:
            report.differences.append(f"凭证 #{row['journal_id']} 借贷不平：合计 {int(row['total'])} 分")
    for journal_id in journals - set(await Journal.filter(id__in=list(journals)).values_list("id", flat=True)):
        report.differences.append(f"分录引用了不存在的凭证 #{journal_id}")
    accounts = await (LedgerLine.annotate(net=Sum("amount")).group_by("account_kind", "owner")
                      .values("account_kind", "owner", "net"))
    report.accounts = len(accounts)
    total = sum(int(row["net"] or 0) for row in accounts)
    if total != 0:
        report.differences.append(f"全部科目合计应为 0，实为 {total} 分")


async def _check_wallets(report: Report) -> None:
    ledger = {int(row["owner"]): -int(row["net"] or 0) for row in await (
        LedgerLine.filter(account_kind=WALLET).annotate(net=Sum("amount")).group_by("owner").values("owner", "net"))}
    cached = {row.user_id: row.balance for row in await WalletBalance.all()}
    for user_id in sorted(set(ledger) | set(cached)):
        if ledger.get(user_id, 0) != cached.get(user_id, 0):
            report.differences.append(
                f"用户 {user_id} 余额 {cached.get(user_id, 0)} 分，账簿为 {ledger.get(user_id, 0)} 分")


def _expected(payment: dict) -> dict[str, int]:
    """What the ledger must show for one payment, by account: debits − credits."""
    expected: dict[str, int] = defaultdict(int)
    if payment["status"] not in CAPTURED:
        return {}
    provider, user_id = payment["provider"], payment["user_id"]
    for share in payment["shares"]:
        kept = share["amount"] - share["refunded"]
        expected[account_name(*map(str, source_account(provider, user_id, share["shop_id"])))] += kept
        holder = account_name("refund_clearing", "") if payment["late"] else account_name("shop_payable",
                                                                                          str(share["shop_id"]))
        expected[holder] -= kept
    return {account: net for account, net in expected.items() if net}


async def _check_payments(report: Report, facts: list[dict], paid_by: dict[int, list[str]]) -> None:
    report.payments += len(facts)
    actual = await _ledger_by_payment([p["payment_no"] for p in facts])
    order_facts = await orders.payment_facts({s["order_id"] for p in facts for s in p["shares"]})
    for payment in facts:
        _check_record(report, payment)
        _check_accounts(report, payment, actual[payment["payment_no"]])
        if payment["status"] in CAPTURED and not payment["late"]:
            _check_orders(report, payment, order_facts, paid_by)


async def _ledger_by_payment(payment_nos: list[str]) -> dict[str, dict[str, int]]:
    """``{payment_no: {account: debits − credits}}`` over every journal of those payments."""
    journals = {j["id"]: j["payment_no"] for j in await Journal.filter(payment_no__in=payment_nos)
                .values("id", "payment_no")}
    actual: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if journals:
        for line in await LedgerLine.filter(journal_id__in=list(journals)).values(
                "journal_id", "account_kind", "owner", "amount"):
            actual[journals[line["journal_id"]]][account_name(line["account_kind"], line["owner"])] += line["amount"]
    return actual


def _check_accounts(report: Report, payment: dict, actual: dict[str, int]) -> None:
    have = {account: net for account, net in actual.items() if net}
    want = _expected(payment)
    for account in sorted(set(have) | set(want)):
        if have.get(account, 0) != want.get(account, 0):
            report.differences.append(
                f"支付单 {payment['payment_no']}（{payment['status']}）科目 {account}："
                f"应为 {want.get(account, 0)} 分，账簿为 {have.get(account, 0)} 分")


def _check_orders(report: Report, payment: dict, order_facts: dict[int, dict],
                  paid_by: dict[int, list[str]]) -> None:
    """Every order a captured payment paid is marked paid, for the amount the payment took for it."""
    no = payment["payment_no"]
    for share in payment["shares"]:
        if share["released"]:  # cancelled before the money came: refunded, which the accounts check covers
            continue
        paid_by[share["order_id"]].append(no)
        order = order_facts.get(share["order_id"])
        if order is None or not order["paid"]:
            report.differences.append(f"支付单 {no} 已收款，订单 {share['order_no']} 未标记已支付")
        elif order["payable"] != share["amount"]:
            report.differences.append(
                f"订单 {share['order_no']} 应付 {order['payable']} 分，支付单 {no} 为其收款 {share['amount']} 分")


def _check_record(report: Report, payment: dict) -> None:
    no, amount = payment["payment_no"], payment["amount"]
    if sum(s["amount"] for s in payment["shares"]) != amount:
        report.differences.append(f"支付单 {no} 各订单金额合计不等于支付金额 {amount} 分")
    refunded = sum(s["refunded"] for s in payment["shares"])
    if refunded and payment["status"] not in CAPTURED:
        report.differences.append(f"支付单 {no}（{payment['status']}）未收款却有退款 {refunded} 分")
    if refunded > amount or any(s["refunded"] > s["amount"] for s in payment["shares"]):
        report.differences.append(f"支付单 {no} 退款 {refunded} 分超过收款")
    if (payment["status"] == "refunded") != (payment["status"] in CAPTURED and refunded == amount):
        report.differences.append(f"支付单 {no} 状态 {payment['status']} 与退款合计 {refunded} 分不符")
