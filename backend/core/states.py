"""State machines: one transition table per aggregate, one way to change a status.

``StateMachine.fire`` performs ``UPDATE … SET status=:to WHERE id=:id AND status=:from`` and writes
a ``StateLog`` row; a missing (state, event) pair or a row that moved meanwhile is a 409.
"""

from __future__ import annotations

from typing import Any

from tortoise.models import Model

from backend.core.errors import Conflict, CoreError
from backend.core.models import StateLog


class StateMachine:
    def __init__(self, aggregate: str, model: type[Model], table: dict[tuple[str, str], str]) -> None:
        self.aggregate = aggregate
        self.model = model
        self.table = table

    def target(self, state: str, event: str) -> str:
        try:
            return self.table[(state, event)]
        except KeyError:
            raise Conflict(
                CoreError.invalid_transition, f"当前状态（{state}）不能执行该操作（{event}）"
            ) from None

    def allowed_events(self, state: str) -> list[str]:
        return [event for (source, event) in self.table if source == state]

    async def fire(self, obj: Any, event: str, *, actor: str = "", note: str = "", **changes: Any) -> Any:
        source = obj.status
        target = self.target(source, event)
        moved = await self.model.filter(id=obj.id, status=source).update(status=target, **changes)
        if not moved:
            raise Conflict(CoreError.invalid_transition, "状态已被其他操作改变，请刷新后重试")
        await StateLog.create(
            aggregate=self.aggregate, aggregate_id=obj.id, event=event,
            from_state=source, to_state=target, actor=actor, note=note[:500],
        )
        obj.status = target
        for name, value in changes.items():
            setattr(obj, name, value)
        return obj


async def timeline(aggregate: str, aggregate_id: int) -> list[StateLog]:
    return await StateLog.filter(aggregate=aggregate, aggregate_id=aggregate_id).order_by("id")
