from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from backend.core.pagination import PageParams

Channel = Literal["mp", "h5", "app", "pc"]
PageKind = Literal["platform_home", "shop_home", "custom", "category", "b2b_home", "campaign"]


class PageIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")
    kind: PageKind
    title: str = Field(min_length=1, max_length=40)
    site: str = Field(default="", pattern=r"^(|[a-z0-9-]{1,20})$")
    template: str | None = Field(default=None, max_length=40)


class DraftIn(BaseModel):
    document: dict[str, Any]
    base_revision: int | None = None


class RollbackIn(BaseModel):
    revision_id: int = Field(ge=1)


class PageListQuery(PageParams):
    pass


class StorefrontQuery(BaseModel):
    channel: Channel = "h5"
    site: str = Field(default="", pattern=r"^(|[a-z0-9-]{1,20})$")
    preview: str | None = Field(default=None, max_length=300)


class PageSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    key: str
    kind: str
    title: str
    site: str
    shop_id: int | None
    published_revision: int | None
    draft_revision: int | None
    updated_at: datetime


class PageDetail(PageSummary):
    document: dict[str, Any]
    published_document: dict[str, Any] | None


class RevisionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: int
    kind: str
    created_by: str
    created_at: datetime
