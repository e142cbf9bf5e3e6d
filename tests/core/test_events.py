"""In-process domain events: subscribers run in order, once each, with the payload."""

from backend.core import events


async def test_subscribers_receive_the_payload_in_registration_order():
    seen = []

    async def points(payload):
        seen.append(("points", payload["order_id"]))

    async def notify(payload):
        seen.append(("notify", payload["order_id"]))

    events.subscribe("test.order_paid")(points)
    events.subscribe("test.order_paid")(notify)
    events.subscribe("test.order_paid")(points)  # registering twice does not run it twice
    await events.publish("test.order_paid", order_id=42)
    events.unsubscribe_all("test.order_paid")
    assert seen == [("points", 42), ("notify", 42)]


async def test_an_event_nobody_listens_to_is_fine():
    await events.publish("test.nobody", x=1)
