"""Both after-sales tables pair by pair: every allowed pair moves, every other pair is a 409 and
leaves the request where it was."""

from __future__ import annotations

import pytest

from backend.aftersales.models import AftersaleRequest
from backend.aftersales.states import REFUND_ONLY, RETURN_REFUND, STATUS_TEXT
from backend.core.errors import Conflict

STATES = sorted(STATUS_TEXT)


def pairs(machine):
    events = sorted({event for (_, event) in REFUND_ONLY.table} | {event for (_, event) in RETURN_REFUND.table})
    return [(state, event) for state in STATES for event in events]


async def request_in(state: str, type_: str, number: int) -> AftersaleRequest:
    return await AftersaleRequest.create(
        request_no=f"A{number:08d}", user_id=1, shop_id=1, order_id=1, order_no="D1", type=type_, status=state,
        reason="不想要了", requested_amount=100, amount=100, quantity=1)


@pytest.mark.feature("AS-1")
@pytest.mark.feature("AS-2")
@pytest.mark.parametrize(("machine", "type_"), [(REFUND_ONLY, "refund_only"), (RETURN_REFUND, "return_refund")],
                         ids=["refund_only", "return_refund"])
async def test_only_the_tables_pairs_move(db, machine, type_):
    for number, (state, event) in enumerate(pairs(machine)):
        row = await request_in(state, type_, number)
        if (state, event) in machine.table:
            await machine.fire(row, event)
            assert (await AftersaleRequest.get(id=row.id)).status == machine.table[(state, event)]
        else:
            with pytest.raises(Conflict) as refused:
                await machine.fire(row, event)
            assert refused.value.code == "invalid_transition"
            assert (await AftersaleRequest.get(id=row.id)).status == state


def test_every_state_a_table_reaches_has_a_text_for_people():
    for machine in (REFUND_ONLY, RETURN_REFUND):
        assert {s for pair in machine.table for s in pair[:1]} | set(machine.table.values()) <= set(STATUS_TEXT)
