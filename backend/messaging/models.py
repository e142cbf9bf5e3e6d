"""Customer-service chat (在线客服): conversations between a shopper and a shop's (or the platform's) agents."""

from tortoise import fields
from tortoise.models import Model


class Conversation(Model):
    """One thread between a shopper and a shop; ``shop_id`` null is the platform's own service desk.

    open (created, nothing said) → waiting (the shopper spoke, no agent yet) → active (an agent
    accepted) → closed. Status changes only through ``states.conversations``.
    """

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField(db_index=True)
    shop_id = fields.BigIntField(null=True, db_index=True)
    status = fields.CharField(max_length=16, default="open")
    agent_id = fields.BigIntField(null=True, db_index=True)
    last_message_id = fields.BigIntField(null=True)
    unread_for_user = fields.IntField(default=0)
    unread_for_agent = fields.IntField(default=0)
    # set while the shopper's last message came through the WeChat bridge: replies go back there
    wechat_openid = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messaging_conversation"
        indexes = (("shop_id", "status"),)


class Message(Model):
    """A stored chat message. Text is kept exactly as sent: escaping is the display's job."""

    id = fields.BigIntField(primary_key=True)
    conversation = fields.ForeignKeyField("models.Conversation", related_name="messages",
                                          on_delete=fields.CASCADE)
    sender_kind = fields.CharField(max_length=16)  # consumer | staff | system
    sender_id = fields.BigIntField(null=True)
    client_id = fields.CharField(max_length=64, null=True)  # the sender's idempotency key
    kind = fields.CharField(max_length=16)  # text | image | product_card | order_card
    body = fields.JSONField()
    # plain text of the message (a card's title, an order's number) for history search
    text = fields.CharField(max_length=2000, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "messaging_message"
        unique_together = (("sender_kind", "sender_id", "client_id"),)


class QuickReply(Model):
    """快捷回复: a shop's (``shop_id`` null: the platform's) canned answers, shown by ``sort`` descending."""

    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(null=True, db_index=True)
    title = fields.CharField(max_length=40, default="")
    text = fields.CharField(max_length=500)
    sort = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messaging_quick_reply"


class AgentStatus(Model):
    """An agent's availability as they set it: online (在线), away (离开) or offline (离线)."""

    staff_id = fields.BigIntField(primary_key=True, generated=False)
    shop_id = fields.BigIntField(null=True, db_index=True)
    status = fields.CharField(max_length=16, default="offline")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messaging_agent_status"


class Notification(Model):
    """站内信: one message in a recipient's message centre.

    ``recipient_kind`` "user" is a shopper (``recipient_id`` their id); "shop" is a shop's back
    office (``recipient_id`` the shop id, 0 the platform): every staff member of it sees it, and
    one reading it marks it read for all.
    """

    id = fields.BigIntField(primary_key=True)
    recipient_kind = fields.CharField(max_length=8, default="user")  # user | shop
    recipient_id = fields.BigIntField()
    type = fields.CharField(max_length=16)  # order | logistics | refund | promotion | system
    event = fields.CharField(max_length=40, default="")  # the notice that wrote it, e.g. order_paid
    title = fields.CharField(max_length=64)
    body = fields.CharField(max_length=500)
    link = fields.CharField(max_length=300, default="")  # a page path the shells open
    dedupe_key = fields.CharField(max_length=191, null=True, unique=True)
    read_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "messaging_notification"
        indexes = (("recipient_kind", "recipient_id", "type"), ("recipient_kind", "recipient_id", "read_at"))


class NotificationSetting(Model):
    """A shopper's switches for one notice type; no row means the type's defaults."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField()
    type = fields.CharField(max_length=16)
    push = fields.BooleanField()
    sms = fields.BooleanField()
    subscribe = fields.BooleanField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messaging_notification_setting"
        unique_together = (("user_id", "type"),)


class PushDevice(Model):
    """A device of the native app, by its JPush registration id; it follows the last user who signed in on it."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField(db_index=True)
    registration_id = fields.CharField(max_length=64, unique=True)
    platform = fields.CharField(max_length=16)  # android | ios
    token_id = fields.BigIntField(null=True, db_index=True)  # the session that registered it: logout drops it
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messaging_push_device"
