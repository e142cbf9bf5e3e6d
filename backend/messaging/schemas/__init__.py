"""Chat request/response models and the WebSocket frames."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

MessageKind = Literal["text", "image", "product_card", "order_card"]
TEXT_MAX = 2000
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _storable(value: str) -> str:
    """Text every database stores: PostgreSQL refuses NUL, and no database encodes half a surrogate
    pair. Refused here, before a message joins the batch it would fail for everyone in it."""
    if "\x00" in value:
        raise ValueError("不能包含空字符")
    try:
        value.encode()
    except UnicodeEncodeError:
        raise ValueError("包含无法识别的字符") from None
    return value


def _key(value: str) -> str:
    if CONTROL.search(_storable(value)):
        raise ValueError("不能包含控制字符")
    return value


StorableText = Annotated[str, AfterValidator(_storable)]
ClientId = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_key)]  # the sender's idempotency key


class TextBody(BaseModel):
    """Stored as given (no HTML escaping here): every display escapes it."""

    model_config = ConfigDict(extra="forbid")
    text: StorableText = Field(min_length=1, max_length=TEXT_MAX)


class ImageBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=1, max_length=500, pattern=r"^(https?://|/)\S+$")


class ProductCardBody(BaseModel):
    """What the sender names; title, image and price are filled from the catalog (anything else is ignored)."""

    product_id: int = Field(ge=1)


class OrderCardBody(BaseModel):
    """What the sender names; status, amount and the first line are filled from the orders service."""

    order_no: StorableText = Field(min_length=1, max_length=40)


BODIES: dict[str, type[BaseModel]] = {
    "text": TextBody, "image": ImageBody, "product_card": ProductCardBody, "order_card": OrderCardBody,
}


class MessageIn(BaseModel):
    conversation_id: int = Field(ge=1)
    client_id: ClientId | None = None
    kind: MessageKind
    body: dict[str, Any]


class MessageBodyIn(BaseModel):
    """A message sent over REST (the socket's ``send`` frame without the conversation id)."""

    client_id: ClientId | None = None
    kind: MessageKind
    body: dict[str, Any]


class CardIn(BaseModel):
    """The card a conversation opens with: from a product detail or an order."""

    kind: Literal["product_card", "order_card"]
    product_id: int | None = Field(default=None, ge=1)
    order_no: str | None = Field(default=None, min_length=1, max_length=40)
    client_id: ClientId | None = None


class OpenConversationIn(BaseModel):
    shop_id: int | None = Field(default=None, ge=1)
    card: CardIn | None = None


class TransferIn(BaseModel):
    agent_id: int = Field(ge=1)


class HistoryQuery(BaseModel):
    after_id: int = Field(default=0, ge=0)
    before_id: int | None = Field(default=None, ge=1)
    limit: int = Field(default=50, ge=1, le=100)


class AgentQueueQuery(BaseModel):
    status: Literal["open", "waiting", "active", "closed"] | None = None
    mine: bool = False
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=100)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


class RecentOrdersQuery(BaseModel):
    limit: int = Field(default=5, ge=1, le=20)


class SearchQuery(BaseModel):
    keyword: str = Field(min_length=1, max_length=50)
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=100)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


AgentState = Literal["online", "away", "offline"]


class AgentStatusIn(BaseModel):
    status: AgentState


class AgentsQuery(BaseModel):
    status: AgentState | None = None


class QuickReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(default="", max_length=40)
    text: str = Field(min_length=1, max_length=500)
    sort: int = Field(default=0, ge=-1_000_000, le=1_000_000)


class QuickReplyChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(default=None, max_length=40)
    text: str | None = Field(default=None, min_length=1, max_length=500)
    sort: int | None = Field(default=None, ge=-1_000_000, le=1_000_000)


class QuickReplyOrderIn(BaseModel):
    ids: list[int] = Field(min_length=1, max_length=500)


class QuickReplyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    title: str
    text: str
    sort: int
    created_at: datetime
    updated_at: datetime


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    conversation_id: int
    sender_kind: str
    sender_id: int | None
    client_id: str | None
    kind: str
    body: dict[str, Any]
    created_at: datetime


class ConversationOut(BaseModel):
    """What the shopper sees: their unread badge."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    shop_id: int | None
    status: str
    unread_for_user: int
    last_message: MessageOut | None = None
    created_at: datetime
    updated_at: datetime


class AgentConversationOut(ConversationOut):
    """What an agent sees: who, who handles it, and the agents' unread count."""

    user_id: int
    agent_id: int | None
    unread_for_agent: int


# --- WebSocket frames (client → server) -----------------------------------------------------

class SendFrame(MessageIn):
    type: Literal["send"]


class ResumeFrame(BaseModel):
    type: Literal["resume"]
    conversation_id: int = Field(ge=1)
    after_id: int = Field(default=0, ge=0)


class ReadFrame(BaseModel):
    type: Literal["read"]
    conversation_id: int = Field(ge=1)


class PingFrame(BaseModel):
    type: Literal["ping"]
