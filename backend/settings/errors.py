from enum import StrEnum


class SettingsError(StrEnum):
    settings_group_not_found = "settings_group_not_found"
