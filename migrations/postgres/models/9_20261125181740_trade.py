from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_stock_move" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sku_id" BIGINT NOT NULL,
    "delta" INT NOT NULL,
    "reason" VARCHAR(20) NOT NULL,
    "ref" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_catalog_sto_sku_id_598c15" ON "catalog_stock_move" ("sku_id");
CREATE INDEX IF NOT EXISTS "idx_catalog_sto_ref_a1e0c1" ON "catalog_stock_move" ("ref");
COMMENT ON TABLE "catalog_stock_move" IS '库存流水: one append-only line per stock movement of a SKU, in the base unit.';
        CREATE TABLE IF NOT EXISTS "cart_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT,
    "device_id" VARCHAR(64),
    "sku_id" BIGINT NOT NULL,
    "product_id" BIGINT NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "unit" SMALLINT NOT NULL,
    "quantity" INT NOT NULL,
    "selected" BOOL NOT NULL,
    "added_price" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_cart_line_user_id_43e0eb" UNIQUE ("user_id", "sku_id", "unit"),
    CONSTRAINT "uid_cart_line_device__596592" UNIQUE ("device_id", "sku_id", "unit")
);
COMMENT ON TABLE "cart_line" IS 'One SKU in one unit in a shopper''s cart (购物车). A member''s line carries ``user_id``, a';
        CREATE TABLE IF NOT EXISTS "orders_checkout_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "answer" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_orders_chec_user_id_deb20b" UNIQUE ("user_id", "key")
);
COMMENT ON TABLE "orders_checkout_record" IS 'Submit is idempotent: a buyer''s key maps to what that submit created (its answer).';
        CREATE TABLE IF NOT EXISTS "orders_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "order_no" VARCHAR(32) NOT NULL UNIQUE,
    "user_id" BIGINT NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "payment_no" VARCHAR(32) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "goods_total" BIGINT NOT NULL,
    "discount_total" BIGINT NOT NULL,
    "freight_total" BIGINT NOT NULL,
    "points_used" INT NOT NULL,
    "payable" BIGINT NOT NULL,
    "address" JSONB NOT NULL,
    "receiver_phone" VARCHAR(20) NOT NULL,
    "delivery" VARCHAR(10) NOT NULL,
    "remark" VARCHAR(200) NOT NULL,
    "attachments" JSONB NOT NULL,
    "invoice" JSONB,
    "needs_audit" BOOL NOT NULL,
    "reviewed" BOOL NOT NULL,
    "cancel_reason" VARCHAR(200) NOT NULL,
    "urged_at" TIMESTAMPTZ,
    "pay_deadline" TIMESTAMPTZ,
    "paid_at" TIMESTAMPTZ,
    "shipped_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "auto_confirm_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_orders_orde_user_id_42113b" ON "orders_order" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_orders_orde_shop_id_1652bd" ON "orders_order" ("shop_id");
CREATE INDEX IF NOT EXISTS "idx_orders_orde_payment_811767" ON "orders_order" ("payment_no");
CREATE INDEX IF NOT EXISTS "idx_orders_orde_status_52134e" ON "orders_order" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_orde_receive_f2906c" ON "orders_order" ("receiver_phone");
CREATE INDEX IF NOT EXISTS "idx_orders_orde_created_cb403a" ON "orders_order" ("created_at");
COMMENT ON TABLE "orders_order" IS 'One shop''s part of a checkout (智能拆单); one payment may cover several orders.';
        CREATE TABLE IF NOT EXISTS "orders_order_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "order_id" BIGINT NOT NULL,
    "sku_id" BIGINT NOT NULL,
    "product_id" BIGINT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "image" VARCHAR(500) NOT NULL,
    "spec_text" VARCHAR(100) NOT NULL,
    "unit" INT NOT NULL,
    "unit_name" VARCHAR(10) NOT NULL,
    "factor" INT NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "goods" BIGINT NOT NULL,
    "discount" BIGINT NOT NULL,
    "freight" BIGINT NOT NULL,
    "payable" BIGINT NOT NULL,
    "adjustments" JSONB NOT NULL,
    "shipped_quantity" INT NOT NULL,
    "reviewed" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_orders_orde_order_i_709686" ON "orders_order_line" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_orders_orde_product_e0b83d" ON "orders_order_line" ("product_id");
COMMENT ON TABLE "orders_order_line" IS 'A bought SKU as it was at checkout: title, spec and unit are snapshots; money is this line''s';
        CREATE TABLE IF NOT EXISTS "payments_payment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "payment_no" VARCHAR(32) NOT NULL UNIQUE,
    "user_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "subject" VARCHAR(128) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "provider" VARCHAR(16) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "attempts" JSONB NOT NULL,
    "attempt_count" INT NOT NULL,
    "last_result" VARCHAR(16) NOT NULL,
    "trade_no" VARCHAR(64) NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_payments_pa_user_id_2f528b" ON "payments_payment" ("user_id");
COMMENT ON TABLE "payments_payment" IS 'One payment the shopper makes, possibly for several orders (a multi-shop checkout).';
        CREATE TABLE IF NOT EXISTS "payments_notification" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "provider" VARCHAR(16) NOT NULL,
    "dedupe_key" VARCHAR(191) NOT NULL UNIQUE,
    "payment_no" VARCHAR(32) NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_payments_no_payment_c08c10" ON "payments_notification" ("payment_no");
COMMENT ON TABLE "payments_notification" IS 'A verified gateway notification, stored once: its dedupe key is what makes it apply once.';
        CREATE TABLE IF NOT EXISTS "payments_payment_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "payment_id" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL,
    "order_no" VARCHAR(32) NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "released" BOOL NOT NULL,
    CONSTRAINT "uid_payments_pa_payment_937680" UNIQUE ("payment_id", "order_id")
);
CREATE INDEX IF NOT EXISTS "idx_payments_pa_payment_cf1f2a" ON "payments_payment_order" ("payment_id");
CREATE INDEX IF NOT EXISTS "idx_payments_pa_order_i_ba06b3" ON "payments_payment_order" ("order_id");
COMMENT ON TABLE "payments_payment_order" IS 'The share of a payment that pays one order; a payment''s shares add up to its amount.';
        CREATE TABLE IF NOT EXISTS "payments_refund" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "payment_id" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "key" VARCHAR(128) NOT NULL UNIQUE,
    "gateway_refund_no" VARCHAR(64) NOT NULL,
    "last_error" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_payments_re_payment_8d8be8" ON "payments_refund" ("payment_id");
CREATE INDEX IF NOT EXISTS "idx_payments_re_order_i_2a3947" ON "payments_refund" ("order_id");
COMMENT ON TABLE "payments_refund" IS 'Money sent back for one order through the payment''s gateway, once per idempotency key.';
        CREATE TABLE IF NOT EXISTS "fulfillment_carrier" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "name" VARCHAR(40) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "website" VARCHAR(200) NOT NULL,
    "sort" INT NOT NULL,
    "is_enabled" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "fulfillment_carrier" IS 'An express company (物流公司) shipments can be sent with; ``code`` is ours, e.g. \"SF\".';
        CREATE TABLE IF NOT EXISTS "fulfillment_shipment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "shop_id" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL,
    "order_no" VARCHAR(40) NOT NULL,
    "carrier_code" VARCHAR(20) NOT NULL,
    "carrier_name" VARCHAR(40) NOT NULL,
    "tracking_no" VARCHAR(40) NOT NULL,
    "items" JSONB NOT NULL,
    "receiver_phone_tail" VARCHAR(4) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "last_event" JSONB,
    "last_checked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_fulfillment_shop_id_4aa74d" ON "fulfillment_shipment" ("shop_id");
CREATE INDEX IF NOT EXISTS "idx_fulfillment_order_i_254d1b" ON "fulfillment_shipment" ("order_id");
COMMENT ON TABLE "fulfillment_shipment" IS 'One parcel of an order (an order may ship in several); the order lives in orders, by id.';
        CREATE TABLE IF NOT EXISTS "fulfillment_shipping_template" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "shop_id" BIGINT NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "mode" VARCHAR(8) NOT NULL,
    "default_rate" JSONB NOT NULL,
    "regions" JSONB NOT NULL,
    "free_over" BIGINT,
    "excluded_provinces" JSONB NOT NULL,
    "is_default" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_fulfillment_shop_id_a7b603" ON "fulfillment_shipping_template" ("shop_id", "is_default");
COMMENT ON TABLE "fulfillment_shipping_template" IS '运费模板: a shop''s freight rule. Rates are ``{first_units, first_fee, extra_units, extra_fee}``';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "orders_checkout_record";
        DROP TABLE IF EXISTS "orders_order_line";
        DROP TABLE IF EXISTS "fulfillment_shipping_template";
        DROP TABLE IF EXISTS "payments_notification";
        DROP TABLE IF EXISTS "cart_line";
        DROP TABLE IF EXISTS "fulfillment_shipment";
        DROP TABLE IF EXISTS "fulfillment_carrier";
        DROP TABLE IF EXISTS "payments_payment_order";
        DROP TABLE IF EXISTS "catalog_stock_move";
        DROP TABLE IF EXISTS "orders_order";
        DROP TABLE IF EXISTS "payments_payment";
        DROP TABLE IF EXISTS "payments_refund";"""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B6Us7tYorki3bSXq7ykknM5l2Lhu735nauIuCSEhCmyI4BGlHNdv//Q"
    "XAi3g3wZAUReNLYpE4hPQABM55zgX/GW2IgUx6/A+yGL0C/xlZcIPYH/HLYzCCtr27yC+4"
    "cGGKdjpxkPZn0GpBXQfqLru+hCZF7JKBqO5g28XE4q0vgWdhF5AlYA+CW2SAB+LcjcGDg1"
    "0XWQBbwF0jQNmXAOxRFmVPY6IAUnFdX0Nrxe6soQsshAwKsHvMezaIzrrG1qrNTthT/+0h"
    "zSUrxNo5rKtvf7DL2DLQd0T5x28j6kLXEwgZrCl0R3/wJvadtsTINBIIY4M3E9c1d2uLa2"
    "/w6oPlvhdt+TMWmk5Mb2Pt2ttbd02sSABbLr+6QhZyoIt4D67jceQtzzSDQQoHw/8Buyb+"
    "N4/JGGgJPZOPH5f2v8Du2kjTPn2+0a7f3WjaKDO2oURsJIJLOrH4vGBflQoAVvwrPH85nZ"
    "6cnE9fnJxdzE7Pz2cXLy5YW/F9s7fO//K/zA4t/1ECsw9/+/Dphn8hwiafPyv5hb+EDHSh"
    "LyUGaIe++D+D/9s1dPLRD9un8Gc/LI1/iHbZAIQXdiOwe2G6GIIN/K6ZyFq5a/Zx8uJFCb"
    "z/7/Lr279ffj1irZ4lQf4U3Jr69zjeO3xtuDUJzJni/7j+/Ckf4phICmUD6y74P2Bimpnt"
    "TaE9+nnpWf46sPCw6WKLHvNufxm1NAYlkHOI+JM3lP7bjCN99PHyX+lBeHv1+Y2AjFB35Y"
    "iniAe8SQ3IHdrKzPegea3pHqwmPVluknP95aTKXH85KZ7r/F4S2t2iXxXdnUR368nIRpbB"
    "keoG6LMqOJ8Vw3yWRjnYUDMo/8pwcvEG5SO9k0qvKYHYcfjHAa7jJRDffPj47vrm8uOXxE"
    "Ly6+XNO35nKq5uU1eP0sMRPQT888PN3wH/CP7386d36fUmanfzvyP+naDnEs0iDxo04piE"
    "l8NLieGFTDfb2G7Oa1SoEcVFHteLmhrPF+3qRdPJ6fnpxcnZaaQORVfKtKBQ44lp8Ox1rA"
    "FqWqw7YC8OBFiT6HfI0BZS+2lCqJFdtVc65NlpheX+7LRwuee3clH2LBebsot+WraBpb9n"
    "6A9p5TchdTXkOMTJjvMN+l6wTiWlhvBGlY3pu3/dlFsE0ZBeff70t7B52kxIvmG6gzg2NZ"
    "SqpOQAFasR+4HGZ8vcBrPkQF63YEKXvm1LbGG6rjXsKVG1qvZtVeVc4/IuxnfxCwuo3z1A"
    "x9Ayd8iUFLXN3tpMN+kr0IIrMUgcTf49A9L4mlm36IqsRjmEcnRv/CirzI1kpJlB20e55c"
    "8WAg55ADZygBD1yV0sOB2yBNDaArhiEK/YvVeC6uWz1MRMjq7JgwVcAjyKHMqaGgB6BnaJ"
    "Q7P8cpsdVeGYo2cLXMIPGjYU2dxTsjkxYlUthoTQAGnn0yqs82kx6Xya4ZwT74LUdE9Ldm"
    "f0DmTu7wYB3SMrR7MonueRgJrjFeb40iEbf2eUwTgpNUCgT6YVgD6ZFgLNbyWBZqqVNMxx"
    "GQVyBZCZQpdn9ZdsiqFAh36TbhwmzTNoFpGbvWH7wUE7q+TgnpU4uGdZB7diT4rRHxZ70h"
    "Or+tJz1zfkDlmjHLN6d3NcZldDXSceGyWN/cg1szJDgQqBWwsEHWbwCpnXgLDRBdil4Prv"
    "l8+nszOAKbOFmdVujAElAAJuCy0gRcBE8A5sxU8EFrd7+XfxH5MXutVWN5WCt7zFn0h3tT"
    "t2lcuEn5Vl3VvLWgywtoZ0LaenxaWa2e96FOTSvCqRfjMqx7mk5AaoFDcf6BJbdqRWlqSc"
    "ojBqUxi6iSU5jJ3E4JTn5ue30pyfiuac4AW/25g9rcaoJyUHOOoHMsqVgjkcdE/uar3cSU"
    "nlXO7bKPfEDP5KxM/NWMDi+riS8euETR8ze4vH9nFzUhmMvTQYdTYvpDS7oP3gjMTmXVMq"
    "papFcKlObCl0I4EBwtu8TWIjZ4MpZd8qJ1a+JGUtKdaPtDXe32DS1oJflbNlEraLQyt/XG"
    "JSqTFZMLG2BiO60i3ubz5/vkrg/uZDOvr3949v3rE3QgwCa4TdIuZDmeZPxDSX0OYTiY7L"
    "Zc6rGIi9/+0rMqEANjsHdvGf/iMObPj/Cid8eDWcBq0G0m7oW65/5sXRBrfGlSweuqFaqM"
    "m2avV8G9ls0H29w3PYPEXKddZTSygaqKoa5W5kh6dRTqso7NNihX2aLYAQTH8ZgHciQ4S4"
    "ildyWuyVnGa8knxFk/b9JoQGCHPzzl+Vmd1wArFyhTymZvVdq67kCuE/zdvUs6aSosoZ0u"
    "txVkazMpo7zq9kNnR+cqVvXFcxCaO2VYI/2fd+TpZLrCMQPOE12CCH18pzRRYj9WzbxH5G"
    "5HIJoIPAgjUzeK4j8RMfbXC02AJsPMuN+2y+B+WjO1DLlOfGyjqT4jLKV6d8dfsE14aUPh"
    "C2ysvaphnBAcI9rZSMMy1Jxplmk3H42i8fL7sTqmWjPq5SD3XpPrjSh7zC7z1qyyeqAmaV"
    "gdGMgZEpi2WSFbZqDHxGWFEIfaYQeESi9P4VE1LJHlI7WMaOT45EdhjeEwfhlfUb2oqh+M"
    "C+N7T0PI04FY16YENQ5OVmlx34EBnK8anHfjv7xciPKPnK3oSvH94yjPfDjPxOhZ2fIUbE"
    "9XElXsQLm1agRQKa1gFHt97pcgJvvdnp7OLZK8FF8PJQxAFvpm/Awtsi5xhckRXlpw8stu"
    "CfiGlI7hgInyr4L3D98RpwzxSXCK2APJqkgx4VbdLjlWvcH4d+j6u8t+DN369J3zPVqwOL"
    "3sL6nTRJFZMZXB5mC+XS7tlKIld9J5IYHLyt1Ihhxqmpyc7ihNDgcG5+GjMwDCQ1jXcSHc"
    "LrWXfM+rO6QfmiAsgXhRhfpCFeYMddGzCn4D1nIQpC8GMyZeTD4e1+JdhyMiGzBqyCgOjq"
    "C8AqP4T68N/+Vo6a0snGhtZWeqFNyym0q6CtGP8OGH9RE1pjmgCVWzrScoOb0u14D4nn6H"
    "LJlZFEhwivZ4c6nZUDqxh65cBSDqxeD3WhA6tWCuED0teQ1yhDlotdjHI0CZl0wn+Kx33w"
    "n7Y9wPd/L3mFKdRyHCZZXCu4TpJju63kRSkGKscP8Y1/i8DtZCMrrMupXBN9d01Ew1ZZkQ"
    "0FBhgB1zwFFrwMEvjuJAYIcPMpcOx3EkmEYyItuXyGVGBWWQjF0A/XQuCxFtJhTzEhFfbU"
    "VNhTGPXyg2FPYZzNgQ1B1bCn2NRLhD29vbx+e/nru31FPV2viT3KSwfj10tVdx41RDUatq"
    "sQ8uQiC1ruKwB3yVkUmSZDl+dhibAjykOK4C5fy3CI/ZyuMVPpWKsluxmK5hyu10oPuaZE"
    "WJNcgKbsiN6sUmV2hGz9eVV3XoKlVTlhOwW3iol2VmyinWV9DMhcaszq8iHJLiFl1ewysq"
    "qmnURNO+Ww7MLDQyyX/YIaPvik3OAcls2TPSFk0uG+GcHBgd183K9JVkQG47D94KBtJT6S"
    "deVIwRsJKHzVGYWKVStg1Wyj5qgnJdWo92XUc1zwkY+4B/WILg2D/Q4fuvS5lMGtcRkLtU"
    "GbBXIo/7FRY3U0x5Mjd/rqDRjqSCjmp5tqQKrOcquZmQ65x5Zc+G5cRoFcAWQ9COeqTDUE"
    "7RW4FcA1MP8CutSBo3GZwdnCLUCMXIhNKYAjiUHO4RayKLg9A01N9oC1lNjgJnMVqr2Yac"
    "8Q7S5cyaAbNB8cqpNqmW0liW0ZLpJG3zlrgJR555KCyjWnjpt6wkyV4ief4qj3nJ98D++J"
    "5/irUIah3N0cV+Eol4nmFQLmmK1peLorwtn4I8AdQjYVQWomm5iiktfZ7OTs1ruY6ctnr4"
    "G7RpGQie+RKOClQ6YkkdUYOGiJHMRsVwOIUud5EXRddJkbUhcn4/zHaSpHp1+k3+HRrwMN"
    "xk5xWOHLIoV+Uk7x33XxV3ro0DSSvp/gsib2e2Ka4pvlxu0HdyvpJKKQ/XInUEErEYelRP"
    "qBL0u5XjCbnJ8w7UBHF+xv9PL81nt5uoSBjiCkIgVBJA9U00ja7u4xbSQs9a9UkR6tv0oV"
    "6c1Q7PkkDaWEKCVEKSGdKyHIdX3UsxpIcKtU/aB+I6Z/xFrvJW7rDkl5p4Pmgzsm7KKKU+"
    "Si2ClyEThFijfme2h6Od69f1x//pQPdSSQXpWw7oL/Y8odPcStuQRmDkVi6QnhPfp4+a80"
    "8m+vPr9Jryn8AW/S5ScUYz6wraHnjPmly1BfePmM+e5m6fYQ8Mds6sWbP2qbMjtQnyFmE7"
    "6Ynr8CD2vIeezwdIsN3IIlNjmHzYy/o4c1skAw8Z6N2Wpi3SFxHqiJ7pH5/IRz2GhFHIxy"
    "Ms3b7EjFIPda6S7e4FQkbKRNnFTRJk6KtYmTnHQv23N9jCQgTkoNEOjms3GJ+EY5Oc/Fil"
    "pMpHtVbfTz0rN0/gXAwmOrLrboMe/vl9FAFDhMtfD3Zxf3R4KLYoIquEgm7584OepyMYcV"
    "NO+OO3zR7k46nZyen16cnJ1GG2h0pWzfVMTU8K2PnhNTbxxoJZXixI1KVsciaqoyCZUW36"
    "kW3yNGsPlsNvZkppmtpQu9pOUGF5HefMkoE7mu3MFWO4khmklVrKRiI0lVdum0sgvVHKST"
    "zYYftVbD6EkJK8NHGT7dGz6HUjnO5vnMyOhmuWierdpLyEnPzoLZT8iJg/5Eep1zxjKCg9"
    "sVW0mRVUxKMfqKSWmBSXnruyVzj/iJ7o2r8Cl6vHWVtCcTukvibELP6Pa17ysFE3DrTScv"
    "p2Aa/nEyDpOPKFhDawWIFbQ9yc1uau7JiuDp9UZVTPDY0EFWjXyZuFhLasNQByPOS7A3KA"
    "v89QaaZiH0kdCQYrNPpudnEdT8Qxm41x8vr65U7a1uIw50Ob02bD84dbYVkkcRDQ0RDZhq"
    "95hi/kuz+9kjTFlMsEOWLNzlDpYkU6ZY8exWpliLplhpaG220VjGOJOMtZXyfH8bRb34+n"
    "PUl0qs7JmqXmw3pYaw+jCkBFWWX13jKfHWSA1BWlKNQd0xUHrrD+itPdlOr/DCgc72neXm"
    "s5uJ+5U2UdOX0FAkUiVXZXZ6xv491SeifsHJKwAtEDrkoppKor5SSFuS5ZKfYIjukbPdHX"
    "HoEqATewvYUBHeHjsiFyU3baWLPhU12uvFrIQa7VEtoSczHMquVHblnjbCL9CBm7wd0L9R"
    "aeuzo6ZVtrwTfcrrB56/EBsPm0weE9oCaiMdwHRG5BZAekd3bji20yyxaTKxMS/qw7+zAV"
    "YO8ez8FM1WO1ObXK9XVWXH9m1EdiMg3iIZ10okMDjfSvPHFSifYIs+QWX9H771/8Xf4XPV"
    "nuBWNcUn1liilvPR9Zffnx2D+dx2sI7mc6aaGOwTdYl+xz5Rb7OBDqYIYKaEIIv3aoDr33"
    "6n4MgkD4i6QAiOmYLCvkdG7Wmro1tLCHJViLMDC8gE2cx0w3KLyLlnjYNq0ezKRpRddJEN"
    "HrC7DtgD9nTA6YMVUipU/zfsYhVKFfrbG0WwT+VVBbCxPYjnBkujH5dSKQd1sXexmxflUn"
    "KCUSgwQOV2Uikqa1ISlTXJicryFtIgx2UGaJ+1kMqBN0wzlYE4Ehgcvu0kkHK4pCoY7SRU"
    "AaMEbd5EAaN7bCCpdOlIQE33KtM9/s0yKN+g7wU6SUpsAFiXOYXe/eumfGJHPqGrz5/+Fj"
    "ZPz/bU0Svc9SG1zuwk1DrT+DoTBTlJDUlSSg1L48MSUEOcL9tgKlUBOkdUDVDzA2QjXeqV"
    "iQTUYDQ+GJxTlRqMSEANRuODsXQQXq3zDvUt4XpiQoPx+3R+ph1b9eVQj0SGlCO6D9g1Zr"
    "DUgD4UU1O+HvbEwStsQVOrMfezsmoUakb3cx9nFvxin1bYfjCAN1cAC5p5hlgxlGF7BWVm"
    "XYaGgQxNFtG0mAI241CCKyldO2yvVO3mjdAe1svLeLNHrBf+OnVDFjdfLQ96Bq5Tsi0tNw"
    "CuuAM3nwoWbEqVIJ7js4C1spNyxVUURl0dGVP2S0zk1inNGxNUZXlVxRGVGZbJDFNHNw55"
    "1EOMenp04/WdN8oJi+eXx1VC4mnQ8NFw+M8W8tPwdLJZYAsKw4YsAQyj14/BtR9uTjMR56"
    "/BfM7/99kuOp+DNTENQCxfLY8Hw7fTza0lLgF+1iNvwZ8oMub9Z47DRwWff6JBK8dAjop7"
    "77+qcxj58U8x+LqveQdPQOvny6gmTuSWDhWIiSnirHHiTGfbsQyXE7YfHIfT/HlVC+jIoh"
    "sT6Y6VPFR8lZtfuZr7Q1d2PAox20JmQ02JqQ21BU+UigFoiLh/KAifK8TyYXihc80V+lZZ"
    "Y20fOxhUQZD3a8QEVSH16m4NthTj/LSlYgUwJqLWiB6VVRFE6kdyj0Z5DHJ0c1yJR+bNtU"
    "3YvkphOfTyhP27mF3cemfG6YT9q5+cvuJ0LS9viizjObHMLdOMLJ+49auZ8C42yHJ9Uvj6"
    "t9/HGR44t7Jce73dWrfWfM6QceF8znlpC62gi+8ReFgjK3gQW4vuEQVH0PJZZeDCO/YZu8"
    "9EkRf/HQlFsMvpb3abj/Mxf7qDluzZfIgoawJd8cUM1nAM0PHqWHwj/7mWt1ko0voQDIuS"
    "Yi13njxnGskosrqugSfeYYmdLWo/JGqjMe23zjmj3YertQloy3UD2aYgh+5SkZxVSE4Vul"
    "MM/WEGcfS8qPMNXOWp4PxyJeXbDRo2egKQUhX7o6IUq4r7rR273wFIFdeqVFurpLSWCgZv"
    "77xDRdO1T9P1ZDP7Ale5hNKXgNou3s5sXtFLs8N2FSr0GkgnYuwBlxIkjQXIA5sQ4Ch5Io"
    "4jmB4eWPRsDGzCRoMNEoCuKKVrOHDpCh7G5ByMg/gpm8TKO468gx5zT+MTXfC7d0icVkT5"
    "0Ktj+A5ij95LDJyq/Ap2L01V7SgSGCD/cDKtoCCdTItL60/TClKwFFUFN2g+QGibpyDE8i"
    "6Bbdh+cH7j5lmzO/arpKZt0H6A87Z5cFW951aXBaE2aqG2KK1T5IqrtNq66oXtLUxM18io"
    "PyKFj1CjUndUFHtfPCDDYu9V4u2QR73nibeczvoarNmjAroruj9+nPZy4m0fp74sgDcbTz"
    "wDUAvadE2CICXBS7FZ4fG4pVfBMU4U8nChHevkXw12Hx6zRCyUQ3e11YtyN/V6My1Jp2XD"
    "Lq/k7IRUbFJdtcaP65PwR+0EVHRSDp6KBmixalm4MWQBLk6Tist0nyPVItidpxcHZsxCip"
    "1NSg2ORzw7rTDHz04L5zi/pezMYVscPY8Su0bQ0de/hstkXs5GskWp1UFFWy2+6j5udvyT"
    "px74kmCJTRc5VCj6PPaF/SVWaO4aD86zXWxfsYs6sbfcaOB+7yBiDTjkYQzukM3bcDOBTZ"
    "ys+dFqbzxr4wNr45I7ZFHfDb9AFBv8dF2e5AGBb/dwr/7nrx/ZwyyLWT8+IgsEjiCYz116"
    "j3SXOPO5f2guBEyXA+K1u7WIBb74s+/6f67GPFDg/c31LHgsu8muYhc9G4NgQeDfDoI1+4"
    "nPHxzsusgCG7xyRA2kHzWb+lQHR9lRqixO10OhzuPtzQD09jze4UOvyreoMyoOnrk5gGMq"
    "DghNZcYWQn0gZmuOoyzrHzWZRS5DB4Xth5Yt2HzIE0dKs7G1xVK5rimxoeE8qQT0pATpSQ"
    "HU2MIuhqbUwSMZwaHB3fy0XhBCc7aE9yaBRRp6KJECd8lF2lr+J8dtZUGVAPrr59/fXL0D"
    "X76+e/vh+kNA4UfLvbjJL+0SdL6+u7zqT4aOTxO+hzoqYRH92+MKFOIyalkhY8fn8cAd2m"
    "YJPGjRB87xueQVp9bg6tXP/Kv9Mp/zbJr5nJ/7/Orn6PRngI1fXv0sKtWyJnnJOu129jgb"
    "920UYRPj0f5QsQ295OT6RJE+RXIieleq7uq7l2uAPvlZJf1pVqI/zcSe3qs954rkFjrY3a"
    "yy35ikWrUD/ywJ330UOGfYTvBAHGMMlmyNX7MNgTjbMeBBbX475DuYuMsnEBSTARzdemen"
    "E/3WOzemU/b3yYtz9u/s/MWz7LbTWa8qiK7XC1vxRhPMB5mlLibSmenS2VpXaakrWelmGe"
    "PFo8iR3sdjQsrBUHMPdxBlv4KB6uUFfxVCnxZTTO3BM7WdzvVhxRslEiqRs5HZKML2QyO4"
    "mt8jOFI1eNuU2NBwPqlUp/ukpE73SbZOt8CsDm+bERwa3M1P68C+0NbYMFDOzC4tuJQVVm"
    "e+HkbVpbfEukcOhW5BOlri/rjMyt4gSuGKgcnmRUqmksXtrvluDBbIfUCIh1HysDVeUZvb"
    "uP4nflBjEMzGq1qzX8KTw+Llk36ivKgSM4ede35uI+vmLt/Sbq03Hh9KbPbIo0B7GgOLuG"
    "tew4lCbDwDt9508nIKHiAWhZ1E9aewc2qTO8QFABstywVb5EYCDEAea8orgYubtxbUdWSz"
    "HqImukkoMvhJl9D1KNDX0Fohnj1nbvkPJt5qzX8Tu4vocXyUqAQ1HYsmpKIfRUz3lC/Yiz"
    "XbNxX/6ZxeqXiEaEWSUBV3Eh3mLvENohtFsfkcPbH5SE/uuJSa3TVntwmpq/l6lnw2dY6w"
    "KhZTdyQ8i6uPGlMCNb5hSlCWOZKq8m8JvGLhqIdvJKoAPmxOWCWhNkMKq2JHQxv1nBhu2W"
    "JHMcrHVw5y1Oc3geT7374iM+J1UtMgYIw++k85wDnwVzjrw6txNNsi4EK4cri3GJJVaLdN"
    "rHmFiErO2CKDk0QuCESPwQ367nKWSyQ9o+/sEeYWQAqoX62J6tDmpFXAgxmY2ibc/kTBn2"
    "SRF0jZSh+5dc6ZsIEcLay2Enz01VzdxIHxoQqf90ibLslyTg5mZVM+KTbE6L7GrfnEiyLB"
    "VcXFlBlZ14zcrUwS0zwhVGuS9w37livuqJJdLS4gC2Lk1IsqLtcVtleluhoo1aXM96EYcl"
    "XM97jHVr4KSVZ4SNGSHWzcGZs6f2Syw/KeGUF4Zf2GtmJoPrDvD63c4hgFQRcHNiRFdjS7"
    "7MCHyNrKm5LsD4YA8gNl3l5ev7389d3or/2ExvAqzOhhlGOYB3fGZXa5I9r49ZmDtm0es/"
    "ktlU6GaSwYK7boq1iNfpq8/U4iHOiKnjCE7zx5KziSUSbwj+Duou9SCZxxmcFVnJ1UiqSe"
    "lERST7KR1H2tGzjUhV4F4e0feeLUYTbjUipQ6cegd9GmLv470UYG4clomLGUSsjjy7PgX2"
    "+gaRZnVEZSQ9IlT6bnZxHY/EMZvNcfL6+ucoLvyApTF+vMpKuFbJ78gNTGJiBmT3Zzo71K"
    "nCE7kcFpgrNKmuCsRBOcZTVBvMkP8Shm7HcS3XP2o5+XnqVzGMHCwyZ7b+gx7++Xtkagay"
    "Z/DalWNCTlKXcJQZVu90i6XSKtFK6kXoCwvZr+jU9/TDVoEWu7IXlZG6UvQFpUvQISr0CC"
    "HpYDXeX41kWcO/dqTPJASqEtgbaDbHOr1dAnM4JKq6yiVXLYcK2AhKRkAwEJPTOPDiT+IC"
    "eQPBuAwD2Z0jWakkIqFSfDK+A7JA1qUkiBmmUSNvx0MmlcM3IKWpU69lRjz2olEQVv0A8m"
    "EfkRNm/9Zx3gTChMJUqv/I3gdMUeNFSQXLjSHPLQCE43cDUkmNoPfgtfwMIYuNgbWjUUTt"
    "NjMm2GxKlIt15GuvU1IOIJxFodin+ts3SYaSUuZFrChUyzXIhSkIvRH5aCnGTAxOYmu7Al"
    "xNTS1lRCxi7q/gdTMXah/gc2DFWTMBITsH/pF8K0KVQ/Q8Onsu5phgKNKp7fkiiGyoqqNt"
    "CbpUIppD0aCqUqKVVJqUpKVerLMAxEVeLsZqGmFFCflRUlF0oclhacMgWYECBLAIH/kDH/"
    "izwABPU1oCQ4VpPXduJF1oWLjX9YbIUgm15bgC1w/T9X+SXbW+nlcW1OwJlW5dLptrtGSs"
    "HrnYKncmv3rOaJ/zPQF5OOYftBMo6VCEeJA7eVNqW0qT4Nw8FrU2+h415hK5d2iu6V6lI6"
    "a6WZYbNKKtT1b79ztYSwP9lAuvzv6EyanyjgT+Tnul4YU+PWO5+evWR/L8/Onh2DS7BBm4"
    "VoxbvkTR2MKJjPA45iPmcqUq5G1Xant9bKQ9T9iV83ED8jR9x5LQp7ss7HsVPVDdExe9o9"
    "4t9DZ5u5SVbRDTpm6t4SOYi9NAZX5rBRrL/FyJldiQb+C0ds4L+Noq+S10Bxdn1ZZctUup"
    "4e1DrQ/S6ubiRenqoKXUJIlax8vGTlHqrR9E2P2M/0VrbivusB9bRSzROAXihAGdzLqxqE"
    "MoOJk2+ijsG/PWi52M2pi1uIY1xkSFO4sbQDysxDnf/67MJQlkAZF+swgzLUyA82gRIaBj"
    "I028F6DnNXetBbUnBIc1k5x3szIMN1jqszmoY26iFGP3BGU6t05xrpd8RzvyKdOEmOK7/F"
    "uIz6FOXbqKYHIpqzk3mUB732FhssjgbCBtrYxBUHAkGw8LaCabxDW7CBNgUuAQ/8SCGX/0"
    "N9qWDNA0fYpQBa9AE5z7J+5Ha6eIyEZE9VxGKfNtmeEYu9W2j3ou/wtyQDe8kpLSjPWBqC"
    "j7h5OnHJOkcOU8rlkn9SYgrqClD7+0IW5eLyYjsJdSaOOhNHKc5N1iVoU3H+zFXdPH3Zv1"
    "FFTSZRy0pBApzmZkqqzf3yIgIyVLO5l/7s7Bzeehcvlgb7e6qf3Xqzk9ns2Wvh3rfhludc"
    "M912C3RyjxxAEfsXmsD/JvkRly32d2vdWpcbHpzJVGkHiYgAQRoBtjRjC7Fu/+0x9Rwsic"
    "NuMoVdCAbxBnTMYwSWyHp1a83nrDOOK/jv/wYrQgzKFHGX9fScnx0q4j+DC/8FljwIZx18"
    "ns+LlHelqvdHPyxW1f1K4VZOSb1ijSYu04w6s9+BSCgzJ9MKyszJtFCZ4bfU4QX9MIb66g"
    "YdPvLB1iW5sCSl2rKUhrS2CHAkEA7bd1iQ0yLOBpqjTgBu/mRWfQ0tC5kyGMdEOoR5PesG"
    "4osKCF8UAnyRidFyoZtXtbrk3KpIYngLRPOJDTFdXm4bTAkqSrZ+sGfCgJIbhazsYGKEOh"
    "6FhNUqNwgZUTUGNbVCwvvXmG2To5MXR4UmpQYDfmNRXQF1IzepY0Jqba89o6FhOIhKHYQS"
    "E1Guih9wVThIR/geOZrNMJQygrKSnWmSHR1P0LweaSCeVOZIOZfjMh1aQui7Hb5gHVic1c"
    "6ZLTlmNpuKvIHOndx8DiUGd85GK7UloetCfV1QYLtk4U6KqYOsGl/SsXVPcmOlS87V24n8"
    "0ID0LDWua+QthAx+SpKRl7xSmhuQklQHLEkdsMSz96XTMeJiCm8JvHVeLcLUHAQpyTm0rY"
    "TSTQuqjbbKRus5q3pB+DE5dZhVfyLus4kWNtwygKAR1umQGeW0rBrpfo80rvMqx8TU+PZ5"
    "fOka23at1TopqUa5z6McUF/1zphMiKpx7vM462Rj80pgtSK5U7JqpHs90sI0MeuNdEpWjX"
    "SfR1rcZL9viZ1NjcHOEVfj3efxPqxcnE6DplQqTlupOEU1O3c3x1VTciSKd16CBfFWa1cU"
    "04QUYBc8sP+gGyXLMPSwazJRaiNdFLQUxTZ51gu1oE3XxKWvwYZYaMsT00WyiylSYEapKd"
    "VqZ7cWXfNmZAl4qs4WQONPj7oijYdd4wk6IiNnzIusQ5EUhKHJq3J6rJc7NiuonzIvCrGL"
    "XnU2wVSOTf+DQh7LsZEdg7iUSkSonQKiakCqGpBPceKLHUzGxxUJDLBCwaSSd2tS4t2aZL"
    "1beMP0KBmEI4HBeQ9nlfCdleA7y+LLlS/NRd+lqm0khAaHcyvzOL9i6dMpVtpYHDZHRpM9"
    "piUhNMAJ23R45JIZkiSnNExx9kYk0N2MnRzIjFU1dltaBWrUfE3KDQnajjVfkbkoh30kom"
    "D/4TRHOeTjUoPRKPaT2igHfExI4V67yIXKu9tX3l1Iq0vm3iXEVApHwivWRCJBGAxWQ7PM"
    "Ex3M0tSYeqlyBtrPGeiJQ/aLXw5plOOODW+Ny5yxQTklqtmx1pVqJIaVB7m/MjjKEGzgHS"
    "8ZyBYAihfmVtQUTNYjBEcQbNgQ4+fiFMLQm5pTQbylPpSHtNfbd8nh0r0pF6YqEaZRVpUI"
    "m9BXN/Km8U5GGQr1/f/e4k+ky7mQdiJDdIVOq1RwY62KOfnpQVRxyzG+bGQZHKlugG68Fq"
    "HtkHts5NXFL9kjYzLD8y493XKPhwowdF20saULb0QyirJpnLIJ4NUK2Pti/SQtp8iatPZh"
    "QspP76L8S0osKSkxtaw8uqywrgwkaT7GZQYHcfNn8qgEcKmluk+JJwNMN+rWghpWvpE6KX"
    "XIo57zsvfppNTAc/GJuHiJdRgMSpGDI9FsXMnZYaVFKmSf3SOHySADrNj0fIBbEH/IGFCX"
    "OOwmsXT0CvBzSw1keDYSB53iIGFLuC54Lhn7iuZWtM36PVrtSXk/es1Jlng/DobX6Y6lbN"
    "xC8F8kTfJ81KTU4FxMk5eTKji/nBQDze8d8Nk/HZljzfvyGF4mgTnrdjGPFhPpB43Gux0M"
    "jdar0kq9W90PU5fuecWGQEkuPEM1cb+a9hwuwxKHqt6IAJ6g6gGMxfUwXZV9oOIsU/G817"
    "vbP1FfhgKGNPBs4BKh7/pO76zm3FYnOUrzt2gv8tXcKBH/D6VOH4Q6nRg9qcjsmJyKdakb"
    "cqHKXewb+30f57tvZaNl1buvx8o+gXAuFUe3J+AdZCKYe27bI2kHOzGVdnAYaQdfRTGyUY"
    "49EdypZkk4u8aPmhAfRSk1yjV6/htE3H+k0DMl3+EF20SmwE6zDwj0sSDAAc8ewAba2MRF"
    "lr7lhHnWiGivG8W993odKzYW/FkqqTElhAZHCrfCVSqLbO9WgbLIlMb6pDRW2VOe1PFOcs"
    "c7qayPLNDNO64lPdaDdVW3kbcUKPdaLS0wV3hwK0fzgcQiuh05Tl4Vt0di4iOpwcHcSgVN"
    "FdJbjP6wHNKJclDYwnRda9hToipgvz8xvL0KPHgLHQfnxxyEt8ZlJOHSM5fYNIVxr8cEHg"
    "/VtUBwvDvgx1RBawuObr3z6dnLW+/MOJ3cerPJmc7+PVlePAO8opAgI4EOLbBAPvX3gN31"
    "azCf6+x7zec8rJZ4Dh0DdLw6Brej6/e3o5zI3Q47VmRir03MYjKRD6yMThO2H5yyPq1mbZ"
    "YYm2lVRrascvcVlTsD97QKuKfF4J5mwLUZRFLoRgKD08Obn7kPaEG5m08C3pjIAAFug4ki"
    "jkzmethcJaynSVNMNWTxHyrr6E8KdujqDze5g/L0KyO92uwerpGu8m6HNuo9z7u9DkzSUY"
    "7NHt0bVzXaaVyiYklRR0emiN63goCbo+ivDdwKmxlgK6z3+ey1CMTx75v4nqe8Bs2ZybzY"
    "AmwU1RVtpyNllR+oVd7XcN2hjoSKO+kP9ioToFXiJOCuNWniLyU3QLCbJ1JC0GSpwLTcAM"
    "FufmZzje6OfQH5mmpxMQV1BaixizZS9TAjge6z+Pfjmm0zX9/RBJmtuRBLlX0tEB8cX1sl"
    "/Kc4+icT/HMgMYOYdeNAi/pHnR5i2KAfL3WP8mKPi5eWpNQPrS+HE/nRyvIikBTHk9Ri+X"
    "LEVTROf5i9LKGraPzipe4wCd2eF3/hpK3NYL9BG9uEwruUS+wm2oxlCF4uqblx0UeZ3lvv"
    "Ymm8YP8aJzwwCk4n7N/z8+UrAMUhTz9REBw8CRzPRMfgK3s0Bbyuy3z+nyV22KrHD8KlY+"
    "B/WCLWC/rOug2v+x/Y9b/m8wwB3HH/txa2gI2ZKkgBccDKgRv2MMsAS2TxSC8HrRgwdD4X"
    "PTiiL1GyxkEMVB0J5jl430Q2KvuMHSCK+1nsoRWJ529xuhLT6A3+QzHSipHu7a6wF1pUxZ"
    "G1yGRsJGnQzXDpzyrJSsWpSplEpeDbag7MiyQrtufScoox+iHGSOzmMvjHRPpRcnNQJ9cw"
    "VQ5p5D6vcvIjR5/vxGrtpT2zo/ezlaLvuukZzHCN1FWZNyNfWr0kjb8kMXsg+5Y8EtIZE1"
    "TVm1RMpyKDVEznkxr1nsd0XiIH6+tRDvEX3BmX0X1w1+YxXq94nBuOinwqBNQPJmwUU0tM"
    "q6VYruxNTGSAhvh0NqsSiDSbFUci8Xupok7spZJAOGg+QHQnlbK5JiXZXJOcshXEciX91j"
    "ERRXFIGgt73cz++v8KQBGj"
)
