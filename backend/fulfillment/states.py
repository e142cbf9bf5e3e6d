"""The shipment's one transition: the carrier reports it signed for (已签收)."""

from backend.core.states import StateMachine
from backend.fulfillment.models import Shipment

SHIPMENT = StateMachine("shipment", Shipment, {
    ("in_transit", "deliver"): "delivered",
})
