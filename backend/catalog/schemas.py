from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CategoryIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=30)
    parent_id: int | None = Field(default=None, ge=1)
    icon: str = Field(default="", max_length=500)
    sort: int = Field(default=0, ge=0, le=99999)
    is_visible: bool = True


class CategoryNode(BaseModel):
    id: int
    name: str
    level: int
    icon: str
    sort: int
    children: list[CategoryNode] = []


class BrandIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=40)
    english_name: str = Field(default="", max_length=60)
    logo: str = Field(default="", max_length=500)
    is_recommended: bool = False
    sort: int = Field(default=0, ge=0, le=99999)


class BrandOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    english_name: str
    letter: str
    logo: str
    is_recommended: bool
    sort: int
