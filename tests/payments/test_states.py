"""The payment and refund tables: every allowed pair moves, every other pair is a 409."""

import pytest

from backend.core.errors import Conflict
from backend.payments.models import Payment, Refund
from backend.payments.states import PAYMENT, REFUND

PAYMENT_STATES = ["pending", "paid", "closed", "late_paid", "refunded"]
REFUND_STATES = ["pending", "succeeded", "failed"]


def pairs(machine, states):
    events = sorted({event for (_, event) in machine.table})
    return [(state, event) for state in states for event in events]


async def row_in(model, state):
    if model is Payment:
        return await Payment.create(payment_no=f"P{state}", user_id=1, amount=100, subject="s", status=state)
    return await Refund.create(refund_no=f"R{state}", payment_id=1, order_id=1, amount=1, key=state, status=state)


@pytest.mark.parametrize(("machine", "model", "states"),
                         [(PAYMENT, Payment, PAYMENT_STATES), (REFUND, Refund, REFUND_STATES)],
                         ids=["payment", "refund"])
async def test_only_the_tables_pairs_move(db, machine, model, states):
    for state, event in pairs(machine, states):
        row = await row_in(model, state)
        if (state, event) in machine.table:
            await machine.fire(row, event)
            assert (await model.get(id=row.id)).status == machine.table[(state, event)]
        else:
            with pytest.raises(Conflict):
                await machine.fire(row, event)
            assert (await model.get(id=row.id)).status == state
        await row.delete()
