"""Tables every context shares: durable jobs and the state-transition log."""

from tortoise import fields
from tortoise.models import Model


class Job(Model):
    """A unit of delayed work, written in the same transaction as the change that needs it."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100)
    payload = fields.JSONField(default=dict)
    key = fields.CharField(max_length=191, null=True, unique=True)
    status = fields.CharField(max_length=16, default="pending")
    due_at = fields.DatetimeField()
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField(default=8)
    locked_by = fields.CharField(max_length=64, null=True)
    locked_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "core_job"
        indexes = (("status", "due_at"),)


class StateLog(Model):
    """One row per state transition of any aggregate: the timeline shown to users and auditors."""

    id = fields.BigIntField(primary_key=True)
    aggregate = fields.CharField(max_length=40)
    aggregate_id = fields.BigIntField()
    event = fields.CharField(max_length=40)
    from_state = fields.CharField(max_length=32)
    to_state = fields.CharField(max_length=32)
    actor = fields.CharField(max_length=64, default="")
    note = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "core_state_log"
        indexes = (("aggregate", "aggregate_id"),)
