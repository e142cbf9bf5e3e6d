"""Message centre (站内信), notification switches and push devices: request/response models."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

from backend.core.pagination import PageParams
from backend.messaging.notices import TYPES

NoticeTypeCode = Literal["order", "logistics", "refund", "promotion", "system"]


class NotificationQuery(PageParams):
    type: NoticeTypeCode | None = None
    unread: bool | None = None  # true: unread only; false: read only


class ReadAllIn(BaseModel):
    type: NoticeTypeCode | None = None


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    type: str
    event: str
    title: str
    body: str
    link: str
    read_at: datetime | None
    created_at: datetime

    @computed_field
    @property
    def read(self) -> bool:
        return self.read_at is not None


class BadgeOut(BaseModel):
    total: int
    by_type: dict[str, int]


class ReadAllOut(BaseModel):
    marked: int


class SwitchOut(BaseModel):
    type: str
    name: str
    in_app: bool = True  # always on: the message centre keeps everything
    push: bool
    sms: bool
    subscribe: bool


class SwitchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: NoticeTypeCode
    push: bool | None = None
    sms: bool | None = None
    subscribe: bool | None = None


class SwitchesIn(BaseModel):
    items: list[SwitchIn] = Field(min_length=1, max_length=len(TYPES))

    @field_validator("items")
    @classmethod
    def _once_per_type(cls, items: list[SwitchIn]) -> list[SwitchIn]:
        if len({item.type for item in items}) != len(items):
            raise ValueError("每种消息类型只能出现一次")
        return items


class PushDeviceIn(BaseModel):
    registration_id: str = Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_\-]+$")
    platform: Literal["android", "ios"]


class PushDeviceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    registration_id: str
    platform: str
    created_at: datetime
    updated_at: datetime
