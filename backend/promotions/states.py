"""The activity transition table: the only way an activity's status changes.

Whether an active activity is upcoming, running or ended is the clock's business (its phase),
not a status: nothing has to run when it starts or ends.
"""

from backend.core.states import StateMachine
from backend.promotions.models import Activity

ACTIVITY = StateMachine("activity", Activity, {
    ("active", "cancel"): "cancelled",
})
