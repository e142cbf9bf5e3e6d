"""Adapters for outside services (WeChat, SMS, storage …), each with a sandbox; see DESIGN.md."""
