"""Every switch of the service, read from environment variables (documented in README)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True)

    # service
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    debug: bool = False
    secret_key: str = "dev-insecure-secret-change-me"
    timezone: str = "Asia/Shanghai"
    public_base_url: str = "http://127.0.0.1:8000"

    # database
    database_url: str = f"sqlite://{ROOT / 'var' / 'app.db'}?busy_timeout=5000&synchronous=NORMAL"
    database_replica_urls: str = ""  # comma-separated
    db_pool_max: int = 10
    migrate_on_start: bool = True

    # cache / rate limits / pub-sub
    redis_url: str = ""

    # object storage
    storage_backend: str = "local"  # local | s3
    storage_local_dir: str = str(ROOT / "var" / "media")
    storage_public_url: str = "/media"
    s3_endpoint_url: str = ""
    s3_bucket: str = ""
    s3_access_key: str = ""
    s3_secret_key: str = ""
    s3_region: str = "us-east-1"
    s3_addressing_style: str = "auto"  # path | virtual | auto (virtual for *.aliyuncs.com, else path)

    # auth (argon2id cost: raise in production, tests lower it)
    password_time_cost: int = 3
    password_memory_kib: int = 65536
    token_ttl_hours: int = 24 * 7
    staff_token_ttl_hours: int = 12
    sms_code_ttl_seconds: int = 300
    sms_code_max_attempts: int = 5
    rate_limit_login_per_minute: int = 10
    rate_limit_sms_per_phone_per_hour: int = 5
    rate_limit_sms_per_ip_per_hour: int = 20
    rate_limit_sms_interval_seconds: int = 60

    # outside services: empty credentials select the sandbox adapter
    wechat_appid: str = ""
    wechat_secret: str = ""
    wechat_api_base_url: str = "https://api.weixin.qq.com/"
    # 小程序客服消息推送: the Token set in the WeChat console (empty: the chat bridge is off) and the
    # desk its messages land in (empty: the platform's own)
    wechat_cs_token: str = ""
    wechat_cs_shop_id: int | None = None
    sms_provider: str = "sandbox"
    alipay_appid: str = ""  # with the three below, switches Alipay (支付宝) on
    alipay_seller_id: str = ""  # our PID (2088…): a notification for another seller is refused
    alipay_private_key: str = ""  # the app's RSA2 private key (PEM or bare base64); a secret
    alipay_public_key: str = ""  # Alipay's public key from the open platform console
    alipay_gateway_url: str = "https://openapi.alipay.com/gateway.do"
    alipay_sandbox: bool = False  # Alipay's own 沙箱环境: its gateway replaces the default above
    alipay_return_url: str = ""  # where wap/page pay sends the browser back; empty: Alipay's result page
    jpush_app_key: str = ""
    jpush_master_secret: str = ""
    jpush_zone: str = "default"  # default | bj (jpush.common.ZONES)
    jpush_api_base_url: str = ""  # set: every JPush host starts here (a proxy; tests: a loopback fake)
    jpush_apns_production: bool = False
    # WeChat subscribe messages (订阅消息): notice → template id chosen in the mini-program console,
    # as JSON, e.g. {"order_paid": "…", "order_shipped": "…", "refund_succeeded": "…"}; unset: not sent
    wechat_subscribe_templates: dict[str, str] = {}
    notification_max_attempts: int = 6  # push, SMS and subscribe sends, retried with backoff
    logistics_provider: str = "sandbox"  # sandbox | kuaidi100
    kuaidi100_customer: str = ""
    kuaidi100_key: str = ""
    kuaidi100_base_url: str = "https://poll.kuaidi100.com/"
    logistics_cache_seconds: int = 300  # a parcel's events are asked for again after this

    # payments: the sandbox (模拟支付) is on in the embedded default; switch it off in production
    payment_sandbox: bool = True
    payment_sandbox_notify_delay_seconds: float = 1.0
    payment_notification_max_age_seconds: int = 300  # older signed notifications are refused
    payment_query_delay_seconds: int = 300  # ask the gateway about a started, still pending payment
    # 线下转账: the shopper transfers to this account; platform finance staff confirm the payment
    payment_offline: bool = True
    payment_offline_instructions: str = (  # the bank account the instructions name
        "中国工商银行杭州文三路支行，户名：杭州优选商贸有限公司，账号：1202 0211 0900 1234 567")
    payment_balance: bool = True  # 余额支付 from the shopper's wallet
    payment_cod: bool = True  # 货到付款: orders go on unpaid, the merchant records the cash
    # 微信支付 APIv3: switched on when the merchant id, keys and the WeChat Pay public key are set.
    # Keys take PEM text or a file path; they are secrets (SecretStr: never printed or logged).
    wechat_pay_mchid: str = ""
    wechat_pay_appid: str = ""  # JSAPI and H5; empty: the mini-program's WECHAT_APPID
    wechat_pay_app_appid: str = ""  # the mobile app's appid (开放平台) for the app channel; empty: as above
    wechat_pay_private_key: SecretStr = SecretStr("")  # merchant API private key (apiclient_key.pem)
    wechat_pay_cert_serial: str = ""  # the merchant API certificate's serial number
    wechat_pay_apiv3_key: SecretStr = SecretStr("")  # decrypts notification resources
    wechat_pay_public_key: str = ""  # 微信支付公钥 (pub_key.pem): verifies notifications and answers
    wechat_pay_public_key_id: str = ""  # PUB_KEY_ID_…, sent as Wechatpay-Serial
    wechat_pay_platform_cert: str = ""  # optional 平台证书 (accounts still signing with it)
    wechat_pay_platform_cert_serial: str = ""
    wechat_pay_base_url: str = "https://api.mch.weixin.qq.com"
    wechat_pay_timeout_seconds: float = 10.0

    # jobs
    jobs_enabled: bool = True
    jobs_poll_seconds: float = 1.0
    jobs_batch: int = 20
    jobs_lease_seconds: int = 300

    # static front ends
    admin_dist: str = str(ROOT / "admin_web" / "dist")
    h5_dist: str = str(ROOT / "app_shell" / "dist")

    @cached_property
    def replica_urls(self) -> list[str]:
        return [u.strip() for u in self.database_replica_urls.split(",") if u.strip()]

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith(("postgres://", "postgresql://", "asyncpg://"))


def load_settings(**overrides) -> Settings:
    return Settings(**overrides)
