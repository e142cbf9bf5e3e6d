from tortoise import fields
from tortoise.models import Model


class Setting(Model):
    key = fields.CharField(max_length=80, primary_key=True)
    value = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "settings_setting"
