"""The notice table (消息模板): every kind of message the platform sends, declared once.

A notice names its type (the message centre's tab and the shopper's switches), the Chinese copy
(``str.format`` over the notice's params), the page it opens and the outside channels it may use.
In-app (站内信) is always written; push, SMS and the WeChat subscribe message go out only when the
notice declares them, the recipient's switch for the type is on, and (subscribe) the platform has
configured a template id for the notice in ``WECHAT_SUBSCRIBE_TEMPLATES``.

The subscribe ``data`` keys are those of the WeChat public templates to pick in the mini-program
console (docs/messaging-api.md lists them); ``thing`` values are cut to WeChat's 20 characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class NoticeType:
    """A message centre tab; the defaults apply until the shopper changes a switch."""

    code: str
    name: str
    push: bool
    sms: bool
    subscribe: bool


TYPES: dict[str, NoticeType] = {t.code: t for t in (
    NoticeType("order", "订单通知", push=True, sms=False, subscribe=True),
    NoticeType("logistics", "物流通知", push=True, sms=True, subscribe=True),
    NoticeType("refund", "退款通知", push=True, sms=False, subscribe=True),
    NoticeType("promotion", "优惠活动", push=False, sms=False, subscribe=False),
    NoticeType("system", "系统通知", push=True, sms=False, subscribe=False),
)}
CHANNELS = ("push", "sms", "subscribe")


@dataclass(frozen=True)
class Notice:
    type: str
    title: str
    body: str
    link: str = ""  # an app/H5 route, e.g. /order/{order_no}
    audience: Literal["user", "shop"] = "user"  # shop: the shop's back office, in-app only
    push: bool = False
    sms: str | None = None  # a template of backend.integrations.sms
    subscribe: dict[str, str] = field(default_factory=dict)  # WeChat data key → format string
    mp_page: str = ""  # the mini-program page the subscribe message opens


NOTICES: dict[str, Notice] = {
    # --- the shopper's orders ---
    "order_paid": Notice(
        "order", "支付成功", "您的订单{order_no}已支付成功，实付¥{amount}，商家将尽快为您发货。",
        link="{order_link}", push=True, sms="order_paid_notice",
        subscribe={"character_string1": "{order_no}", "thing2": "{title}", "amount3": "¥{amount}",
                   "time4": "{time}"},
        mp_page="pages/order/index?order_no={first_order_no}"),
    "order_shipped": Notice(
        "logistics", "订单已发货", "您的订单{order_no}已发货，{carrier}运单号{tracking_no}，请留意查收。",
        link="/order/{order_no}/logistics", push=True, sms="order_shipped_notice",
        subscribe={"character_string1": "{order_no}", "thing2": "{title}", "thing3": "{carrier}",
                   "character_string4": "{tracking_no}"},
        mp_page="pages/logistics/index?order_no={order_no}"),
    "order_partially_shipped": Notice(
        "logistics", "部分商品已发货",
        "您的订单{order_no}部分商品已发货，{carrier}运单号{tracking_no}，其余商品将尽快发出。",
        link="/order/{order_no}/logistics", push=True,
        subscribe={"character_string1": "{order_no}", "thing2": "{title}", "thing3": "{carrier}",
                   "character_string4": "{tracking_no}"},
        mp_page="pages/logistics/index?order_no={order_no}"),
    "refund_succeeded": Notice(
        "refund", "退款成功", "您的订单{order_no}退款¥{amount}已原路退回，请注意查收。",
        link="/order/{order_no}", push=True, sms="refund_notice",
        subscribe={"character_string1": "{order_no}", "amount2": "¥{amount}", "thing3": "{reason}"},
        mp_page="pages/order/index?order_no={order_no}"),
    "refund_failed": Notice(
        "refund", "退款未成功", "您的订单{order_no}退款¥{amount}暂未成功，平台正在处理，请耐心等待。",
        link="/order/{order_no}", push=True),
    # --- later events: call notifications.send_notice(key, user_id, params) ---
    "coupon_expiring": Notice(
        "promotion", "优惠券即将过期", "您的优惠券「{coupon}」将于{expires_at}过期，别错过哦。",
        link="/me/coupons", push=True),
    "group_filled": Notice(
        "order", "拼团成功", "您参与的「{title}」拼团已成团，商家将尽快为您发货。",
        link="/order/{order_no}", push=True),
    "group_failed": Notice(
        "order", "拼团未成团", "您参与的「{title}」拼团未能成团，款项将原路退回。",
        link="/order/{order_no}", push=True),
    "arrival": Notice(
        "promotion", "到货通知", "您关注的「{title}」已到货，快来看看吧。",
        link="/product/{product_id}", push=True),
    # --- a shop's back office ---
    "shop_new_order": Notice(
        "order", "新订单", "您有新的订单{order_no}待发货，实付¥{amount}。",
        link="/orders/{order_no}", audience="shop"),
    "shop_order_urged": Notice(
        "order", "买家催发货", "买家提醒订单{order_no}尽快发货，请及时处理。",
        link="/orders/{order_no}", audience="shop"),
}
