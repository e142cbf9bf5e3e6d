"""Accounts: consumers (会员), staff, roles and permissions, tokens, SMS codes, WeChat identities."""
