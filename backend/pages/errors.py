from enum import StrEnum


class PageError(StrEnum):
    page_not_found = "page_not_found"
    page_key_taken = "page_key_taken"
    page_kind_not_allowed = "page_kind_not_allowed"
    layout_invalid = "layout_invalid"
    draft_conflict = "draft_conflict"
    nothing_published = "nothing_published"
    revision_not_found = "revision_not_found"
    template_not_found = "template_not_found"
    preview_token_invalid = "preview_token_invalid"
    section_not_found = "section_not_found"
