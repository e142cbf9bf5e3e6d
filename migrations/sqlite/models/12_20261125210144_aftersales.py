from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "aftersales_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_id" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL,
    "line_id" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "line_quantity" INT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "image" VARCHAR(500) NOT NULL,
    "spec_text" VARCHAR(100) NOT NULL,
    "unit_price" BIGINT NOT NULL
) /* Some units of one order line: their share of what the line paid, copied with the line's snapshot. */;
CREATE INDEX IF NOT EXISTS "idx_aftersales__request_e132ec" ON "aftersales_item" ("request_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_i_d3d2c9" ON "aftersales_item" ("order_id");
        CREATE TABLE IF NOT EXISTS "aftersales_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_id" BIGINT NOT NULL UNIQUE,
    "paid" BIGINT NOT NULL,
    "claimed" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "version" INT NOT NULL
) /* One row per order with requests: the lock every request of the order takes before it reads */;
        CREATE TABLE IF NOT EXISTS "aftersales_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_no" VARCHAR(32) NOT NULL UNIQUE,
    "user_id" BIGINT NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "order_id" BIGINT NOT NULL,
    "order_no" VARCHAR(32) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "reason" VARCHAR(20) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "images" JSON NOT NULL,
    "requested_amount" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "freight" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "whole_order" INT NOT NULL,
    "reject_reason" VARCHAR(200) NOT NULL,
    "return_carrier_code" VARCHAR(20) NOT NULL,
    "return_carrier_name" VARCHAR(40) NOT NULL,
    "return_tracking_no" VARCHAR(40) NOT NULL,
    "refund_attempts" INT NOT NULL,
    "refund_key" VARCHAR(64) NOT NULL,
    "refund_nos" JSON NOT NULL,
    "last_error" VARCHAR(500) NOT NULL,
    "client_key" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_at" TIMESTAMP,
    "return_shipped_at" TIMESTAMP,
    "return_received_at" TIMESTAMP,
    "refunded_at" TIMESTAMP,
    "ended_at" TIMESTAMP,
    "return_due_at" TIMESTAMP,
    "receive_due_at" TIMESTAMP,
    CONSTRAINT "uid_aftersales__user_id_b3942d" UNIQUE ("user_id", "client_key")
) /* A buyer asks for money back (仅退款) or to return goods for it (退货退款). */;
CREATE INDEX IF NOT EXISTS "idx_aftersales__user_id_d26553" ON "aftersales_request" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__shop_id_8b73e1" ON "aftersales_request" ("shop_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_i_9db412" ON "aftersales_request" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_n_4b6c92" ON "aftersales_request" ("order_no");
CREATE INDEX IF NOT EXISTS "idx_aftersales__status_3272d7" ON "aftersales_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_aftersales__refund__54a070" ON "aftersales_request" ("refund_key");
CREATE INDEX IF NOT EXISTS "idx_aftersales__created_7ff261" ON "aftersales_request" ("created_at");
        CREATE TABLE IF NOT EXISTS "aftersales_step" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_id" BIGINT NOT NULL,
    "event" VARCHAR(24) NOT NULL,
    "from_state" VARCHAR(20) NOT NULL,
    "to_state" VARCHAR(20) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "role" VARCHAR(10) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "images" JSON NOT NULL,
    "data" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* The timeline: who did what, when, why, with which photos (each state change and its details). */;
CREATE INDEX IF NOT EXISTS "idx_aftersales__request_4bc6fb" ON "aftersales_step" ("request_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "aftersales_order";
        DROP TABLE IF EXISTS "aftersales_request";
        DROP TABLE IF EXISTS "aftersales_step";
        DROP TABLE IF EXISTS "aftersales_item";"""


MODELS_STATE = (
    "eJztXetz2ziS/1dQ+jJOnSYVyc8ke1vlZJLd3CSTudhzu3XxFg2RkIQxRXAI0o5qb/73A8"
    "CH+DbBkBQF40tikWhC6gaB7l+//j3ZEAvZ9Pl/kcXkFfj3xIEbxP5IX56CCXTd3UV+wYcL"
    "W4wziYeM36NRC+p70PTZ9SW0KWKXLERND7s+Jg4ffQkCB/uALAF7ENwiCzwQ724KHjzs+8"
    "gB2AH+GgHKvgRgj3IoexojBZCK6+YaOit2Zw194CBkUYD953xmi5hsauys+pyEPfWPABk+"
    "WSE2zmNTff0Xu4wdC31DlH/8OqE+9APBIYsNhf7kX3yIe2csMbKtDIexxYeJ64a/dcW1N3"
    "j1wfHfi7H8GQvDJHawcXbj3a2/Jk5CgB2fX10hB3nQR3wG3ws4553AtiMhxcIIf8BuSPjN"
    "UzQWWsLA5vLj1OEX2F2bGMYvn6+Nq3fXhjEpyDamSEkiumQSh68L9lWpYMCKf4UfX87nx8"
    "fn8xfHZxenJ+fnpxcvLthY8X2Lt87/DL/MjlvhowTPPvztwy/X/AsRtvjCVckv/ClooA9D"
    "KiGgHffF/wX+v11Dr5z78fgc/9kPy/M/5nadAOILOwnsXpghRLCB3wwbOSt/zT7OXryoYe"
    "//XH55+/fLL0ds1LMsk3+Jbs3De5zfO/66cGsTWLLE/+vq8y/lLE6R5LhsYdMH/wdsTAur"
    "vStuT/6yDJxwH1gE2PaxQ5/zaf866UkGNSznLOJP3lD6h53m9NGny3/mhfD24+c3gmWE+i"
    "tPPEU84E1OIHdoK7Peo+Gtlnu0m4xku8mu9ZezJmv95ax6rfN7WdbuNv2m3N1RDLefTFzk"
    "WJxTwzD6rAmfz6rZfJbncnSgFrj8E+OTjzeonNM7qvyeEpE9j/84wH28hsXXHz69u7q+/P"
    "RrZiP56fL6Hb8zF1e3uatHeXEkDwH/+HD9d8A/gv/9/Mu7/H6TjLv+3wn/TjDwieGQBwNa"
    "aZ7El+NLGfFCppttXL/kNarUiNIkj+tFXcnzRb960Xx2cn5ycXx2kqhDyZU6LSjWeFIaPH"
    "sdWzA1TzYcYy8OhLE2Me+QZSykztMMUSen6qh0yLOTBtv92Unlds9vlXI5cHxsy276edoO"
    "tv6RcV+lnd+G1DeQ5xGvKOdr9K1in8pSqfBG1cn03T+v6y2CRKQfP//yt3h43kzIvmGmhz"
    "hvWihVWUoFFasJ+4HWZ8feRqvkQF63aEHXvm1L7GC6biX2HKneVce2q3KscXmXwrv4hQU0"
    "7x6gZxmFO2ROqsYWb23mm/wV6MCVEBLnJv+eEWh8xaxb9JGsJiWAcnJv+iiqzI1kZNjR2E"
    "ex5c8OAh55AC7ygCANwV0sMB2yBNDZArhiLF6xe68E1MtXqY0ZHV2TBwf4BAQUeZQNtQAM"
    "LOwTjxbx5T4naoIxJ88WfIk/GNjSYPNIweaMxJpaDBkiBWHnkyao80k16HxSwJwz74LUcs"
    "9TDmf0KrL2d0JA98gp0Syq13lCoNd4gzW+9MgmPBlleJylUpDRx/MGjD6eVzKa38oymqlW"
    "0mxO02gmN2AyU+jKrP6aQzEmGNBvMozDpHsEzSFyqzcerxxrTxs5uE9rHNynRQe3Rk+qua"
    "8WejISq/oy8NfX5A45kxKzendzWmdXQ9MkAZOSwX7kmlmZMUGDwK0Fgh4zeAXNa0CYdAH2"
    "Kbj6++WP89MzgCmzhZnVbk0BJQACbgstIEXARvAObMVPBA63e/l3CR9TFrrV1zSNgreCxe"
    "/I9I07dpXTxJ+1ZT1ay1oI2FhDupbT09JU3Zx3Iwpy6V6VyL8ZjeNccnQKKsXdB7qkth2p"
    "nSVLpyGM1hCGaWNJDGNHoZzy3P361przU9GcM7jgNxezp7WQepZSQakfiJQbBXN46J7ctX"
    "q5s5TauTw2KY/EDP5CxM8tWMDi+rSR8evFQx8ze6tl+7g5qQ3GURqMJlsXUppdNF45I7F7"
    "15ROqeqRudQkrhR3EwIF2du9TeIib4MpZd+qJFa+JmUtSzaOtDU+nzJpa9GvKjkyCTvFoV"
    "MulxRVTiYLRtaXMJIrw/L9zefPHzN8f/MhH/3726c379gbIYTABmG/CvnQpvkTMc0ltPlM"
    "ouNyWfIqRmTvf/6CbCgYW1wDu/jP8BEHJv4/4wUfX42XQa+BtBv6luufZXG00a1pI4uHbq"
    "gRa7K9Wj1fJy4Teqh3BB5bp0i7zkZqCSWCaqpR7iSrnkY5b6Kwz6sV9nmxAEK0/GUYvCNR"
    "kcVNvJLzaq/kvOCV5DuatO83Q6Qgm7t3/urM7I4TiLUr5DE1a+xadSNXCP9pwaadNZUl1c"
    "6QUctZG83aaB44v5LZ0OXJlaFx3cQkTMY2Cf5k3/tHslxiE4HoCa/BBnm8Vp4vshhp4Lo2"
    "DjMil0sAPQQWbJjFcx1JmPjogqPFFmDrWWncZ/czaB/dgVqmPDdW1pmUptG+Ou2r2ydzXU"
    "jpA2G7vKxtWiBUkN3zRsk485pknHkxGYfv/fLxsjuiVjbq4yq1qlv3wZU+5BV+71FfPlEd"
    "MKsNjG4MjEJZLJussNNC8AViDSGMGULgEYnS51eKSCd7SJ1gBTs+K4miGN4TD+GV8zPaCl"
    "F8YN8bOmaZRpyLRj0wEVR5udllDz4khnJ66bHfzn4xCiNKvrA34cuHt4zH+0FGfqPCzi8A"
    "I+L6tBEuEsRDG8AiEUzrgaOb4GQ5gzfB6cnpxbNXAovg5aGIB97M34BFsEXec/CRrCjvPr"
    "DYgn8gpiH5UyB8quA/wNWnK8A9U5witgLKYJIBZtSwyYh3rul4HPojrvLegzd/vyb9yFSv"
    "ASx6B5t30iBVika5PMweyqXds51ErvpOQqEce3upEcOMU9uQXcUZIuX43P0yZsywkNQy3l"
    "EMyN7AuWPWnzMMly8aMPmikscXeRYvsOevLVhS8J6jEBUh+CmaOvDh8E6/Gt5yMKGwB6yi"
    "gOjmG8CqPIT68N/+XlpNmWTjQmcrvdHm6TS3m3BbI/4DIP6iJrTBNAEqt3Xk6ZRb0v14D0"
    "ngmXLJlQnFgBxenx7qcnbhdoMc39ggxixLLsOySKqzLDNujS6yLLWHsfrd0B5G7WEctagr"
    "PYytcjwfkLmGvIgc23Wxj1HJbi2T7/kP8bgP4dO2B/j+7yXxM8e1Eo9Wka8NfFtZ2W4bub"
    "mqGVXiKPrKv0XkF3SRExdO1b6jsfuOErE1tjRiAgVDFLvHKKOXQYK/OwoFGdx9jiL7nUSS"
    "wymSnnxyKlUA1hZCNevVtRB4MIx0XFqKSMeldRWXFoclfWdcWhwIdWAiaBqXllp6mbi0t5"
    "dXby9/erevsLSrNXEnZfl6/Hqt6s7DuqhB43ENYtJ85EDHfwXgLnuOIttm3OWJciIujPKY"
    "L7hLqLM84v5I15ipdGzUkt2MSUu6H/YyQ6kpEReNF0zTdsRodqk6O0K2QYBuDCABo+ukvZ"
    "2C28REO6s20c6KTiBkLw1mdYUsKW4hdeUGC7S66KBE0UHtUR4ih4w4PvsFLYIksnTKeZS7"
    "B3tilknHYxcIlWN294HZNlkRGR7H45VjbS8BrGwqT4q9CYHmr24iqVG1ClTNtVpKPUuppT"
    "4WqZe44BMf8QgKRl1aFvsdIevyjUOjW9M6FGqDNgvkUf5jk8G6d8qTA3fG6g1QVRIa+Rmm"
    "XJMuhN1r6qxH7rEjF1+dptFMbsBkMwrnagw1ROM1cxsw18L8C5hSHWHTNMrZwj2wGPkQ21"
    "IMTiiUXMM9pLlwewbahmwHvByZcou5CdRejbQXgHYfrmS4Gw1XjquzZqmHNZmHBSySJt+5"
    "aIDUeeeyhNo1p/uBPWGkSuOTT1HqI8cn38N7EnjhLlRAKHc3p00wymVmeIOAOWZrWoHpi3"
    "A2/ghwh5BLRZCazRamKLV2dnp8dhNcnJrLZ6+Bv0YJkY3vkaiwZkKmJJHVFHhoiTzEbFcL"
    "iFr0ZRF0Q0xZGlKXBuPCxxk6R2dcoN/hwa+KBmPnMKz4ZZHifpZO499t+a/1UNU0krG32F"
    "kT9z2xbfHNSuP2o7uNdBLRaWC5I2iglYhuNol+ENJSrheczs6PmXZgogv2N3p5fhO8PFnC"
    "SEcQVImCIJIHmmkkfU/3mDYS92LQqsiI9l+tioxGFHtudaKVEK2EaCVkcCUE+X7I9aIGEt"
    "2qVT9oOIjpH6nRe4nbukNS3ulouHJ93C6aOEUuqp0iF5FTpPpgvod2UOLdq66vlhAMX1Wt"
    "R7bXsLmX+mkaMVftaBg5Yn7pM64vgnLEfHez9niI8GO29NLDH7VNmR1oniJmE76Yn78CD2"
    "vIcey4/cgGbsES2xzDZsbf0cMaOSBaeM+mbDdx7pBo2Gqje2T/eMwxbLQiHkYlmeZ9TqRj"
    "kEetdFcfcDoSNtEmjptoE8fV2sRxSbqXG/ghjyRYnKVSkNHdZ+MS8Y2kCuGmSHQB3M4VOE"
    "yN+PcXN/dHgotShDq4SCbvn3gl6nI1hhUNHw47fNHvSTqfnZyfXByfnSQHaHKl7tzUwJT6"
    "1sfIgak3HnSySnHmRiOrY5EM1ZmEWosfVIsfESLYfTYbezLTzNbShV7ydMpFpHdfMspGvi"
    "/XeWxHoaKZ1MRKqjaSdGWXQSu7UMNDJtlseC+8FkZPjlgbPtrwGd7wOZTKcS7PZ0bWMNtF"
    "92jVXkJORtYLZj8hJx76HZltGsEVCJU7FXtJkdVISjX3NZLSA5LyNnRLlrb4Se5Nm+ApZn"
    "p0k7QnG/pL4m1iz+j2degrBTNwE8xnL+dgHv9xPI2TjyhYQ2cFiBONPS7NburuyRrgGfVB"
    "VQ3wuNDjXRul82XSZD2pDaoKI41LsDeoyPirDbTtStYnRCrFZh/Pz88SVvMPdcy9+nT58a"
    "OuvTVsxIEpp9fG45VTZ3sBeTTQ0BHQgKlxjynmv7R4nj2ClKUIB0TJ4lPuYEEybYpVr25t"
    "ivVoitWG1hYHTWWMM8lYWynP99dJMkuoPydz6cTKkanq1XZTToTNxZAj1Fl+bY2nzFsjJY"
    "I8pZZBWxlovfU79NaRHKcf8cKD3vad45ejm5n7jQ5RO6QwUELSJFfl9OSM/XtizkT9guNX"
    "ADogdsglNZVEfaUYtiTLJe9giO6Rt921OPQJMIm7BUxUhI/HnshFKU1bGWJODY2OejOrgU"
    "ZHVEvoyYhD25XartzTQfgr9OCm7AQMbzQ6+txkaJMj79ic8/qB5y/EwcMWU8CItoC6yAQw"
    "nxG5BZDe0Z0bjp00S2zbjGzKi/rw72yBlUcCtzxFs9fJ9CE36l1V27Fjk8hOAuItknGtJA"
    "TK+Va6b1egfYI9+gS19X/41v+v4QlfqvZEt5opPqnBErWcj65+/e3Zc3B763rYRLe3TDWx"
    "2CfqE/OOfaLBZgM9TBHATAlBDp/VAlc//0bBkU0eEPWBIJwyBYV9j4La09dEN44g5KoQRw"
    "cWkBGylenH5RaRd88GR9Wi2ZWNKLvoIxc8YH8doQfs6YDDByukVajxH9jVKpQu9Lc3iGCf"
    "yqsOYGNnEM8NluZ+mkqnHLTlvY/9siiXmg5GMYGCyu2sUVTWrCYqa1YSlRUspJmcplHQPu"
    "shlQNvmGYqw+KEQDn+9pNAytklVcFoR6ELGGVg8y4KGN1jC0mlSycEerk3We7pb1bg8jX6"
    "VqGT5MgU4HWdU+jdP6/rF3biE/r4+Ze/xcPzqz3XeoW7PqT2mR2F3mc632eSICcpkWSptF"
    "g6F0sEDXG8bIOpVAXoElItoO4F5CJT6pVJCLQwOhcGx1SlhJEQaGF0Loylh/BqXdbUtwbr"
    "SREp4/cZvJEMdl32tQwfbXgconzAc9UTNPjWVibCGSQnhIREpbzdfbDdYEZkC9bHZHobas"
    "d74uEVdqBttFj7RVothZaHAfc7F5lfvfXH45VheHdFyaBdZhxXszIer1lZ2JehZSHLkOVo"
    "nkwztuDkgysp+ycer82f7oGBEdYwLEQYTNgs/HUaBsDvvoIhDCzcpoxenk4B/H4A16sO4O"
    "xKlSCBFyKzrTLGSsm1cd5WR8aU/RIb+W3KJacIdalkXQVGZ+sVsvV0O02VpR7zaKTtNK/u"
    "gklJqgK/PG2SpkCjgY+mKHx2UJgaaZLNAjtQGDZkCWCcUfAcXIUpALSQBfAa3N7y/0O0i9"
    "7egjWxLUCcUC1PJyj0M82NIy4B3n+Tj+BPFFUMwmdO40dFn3+g0SjPQp7ORRi/qnMYNQue"
    "YkD8WHNBnoDWz7dRQ3RJlw7fSJFp4Kxz4Mxkx7EMlhOPVw7D6b6H2AJ6stxNkQyHSh4qf7"
    "WbX7uaxwNXDiyFlG0hc6DmyPSB2oMnSscAdATcP1SENFby8kG9cMbuiq/rTL6+W0FGlSnk"
    "/RopQl3cvrlbg23FuDyVrFoBTJHoPWJEpW4EkPqJ3KNJGYKc3Jw2wpH5cGMTj29S7A+9PG"
    "b/Lk4vboIz62TG/jWPT15xuJaXnEWO9SNx7C3TjJwQuA0rzPApNsjxQ1D46uffpgUcuLTa"
    "X3+z3Tg3zu0t44wPb285Lu2gFfTxPQIPa+RED2J70T2i4Ag6IaoMfHjHPmP/mSi8E74jMQ"
    "n2OfzNbnM5P+dP99CSPZuLiLIh0BdfzGIDpwA9Xz0X3yh8rhNsFhq0PgTDoqaAzl0gj5km"
    "NBqsbmvgiXdY4mRLxqsEbXSm/bbp/Tp8uFqfDO25liM7FOS4u9QgZxOQU4fuVLP+MIM4Rl"
    "5o+xquylRwfrmR8u1HAzvtyqRVxfGoKNWq4n7r+e5XALmCZ43qndWUO9PB4P31oNQwXf8w"
    "3UgOs1/hqhRQ+jWCtquPM5dXWTPceFyDqskWMomQPeBUAqRxAHlgCwIcZbsUeQLp4YFFz6"
    "bAJUwaTEgA+qK8seXBpS9wGJtjMB7inU+JU9YifoAZSzskiin43TskOkhRLnrdGvEgzui9"
    "xMDparxg99I01Y4SAgXxh+N5AwXpeF7d7mCeV5Ciragpc6PhCrK2ewhCbO8SvI3HK+c37h"
    "41u2O/SmrZRuMVXLfdM1fX4O51WxBqoxFri9I6RSm5Tqttq164wcLGdI2s9hKpfISWSlup"
    "aPS+WiBqofc68VZlqY888ZbDWV+iPXtSAXcl96ePw15eeuzj0JcD8GYTiGcA6kCXrkkUpC"
    "RwKbYqAh639CpqrUUhDxfaoU7h1ej04TFLxEElcFdfs2h306gP05p0WiZ2eSVnR6Rjk9qq"
    "NWFcn4Q/akego5NK+KlhgB6rlsUHQ5HB1WlSaZrhc6R6ZPbg6cWRGbOQQmezVMrhiGcnDd"
    "b42UnlGue3tJ2ptsUx8iixKwQ9c/1TvE2W5WxkR9RaHVSMNdK77uNmxz946kFICZbY9pFH"
    "haLPY1/YX2KH5q7xqMfwYvuKXTSJu+VGA/d7RxFrwCMPU3CHXD6Gmwls4RTNj15n41kbH9"
    "gYn9whh4Zu+AWi2OIdj3mSBwSh3cO9+p+/fGIPcxxm/YQcWSBwBMHtrU/vkekT7/Y2bGQM"
    "AdPlgHjtbhzigF/D1Xf13x+nPFDg/fXVafRYdpNdxT56NgXRhsC/HQRr9hN/fPCw7yMHbP"
    "DKEzWQvtdsGlMdHG1H6bI4Q4tC90gejQBG2yNZfdbr8i26R8XBIzcH0KbigLipzdhKVh+I"
    "2VriKCv6R21mkcvAQfF41bIFuw954pwyXOxssVSua45MNT7PGjF6VsPpWQWrsYN9DG2pxi"
    "MFQtXY3f2yXhBCS46E9zaBVRp6TJFj7pKT9LX9z573lQVVw9CfPv/25uM78OuXd28/XH2I"
    "IPxkuxc3+aVdgs6Xd5cfx5OhE8KE76GJalDE8Pa0AYS4TEY2yNgJcTxwh7ZFAA869IFjfD"
    "55xaE1uHr1F/7V/np7y7Npbm95L+5Xf0k6cgNs/fXVX0SlWjakLFmn38keR+O+ThLepHC0"
    "f+nYhlFicmOCSJ8iOJG8K01P9d3LpaBP/rSR/nRaoz+dijN9VGfOR1Ja6GB3s8l5Y5Nm1Q"
    "7CXhKh+yhyzrCT4IF41hQs2R6/ZgcC8bZTwIPawnEodDBxl09EKBYDOLoJzk5m5k1wbs3n"
    "7O/jF+fs39PzF8+Kx85gs+ogulFvbNUHTbQeZLa6FMlgpstge12jra5mpzstGC8BRZ70OZ"
    "4i0g6Glme4hyj7FYypQVnwVyXr82QaqT14pHbQta5WvFEmoRJ5G5mDIh6vGsDV/RnBOdUC"
    "t82Rqcbn40Z1uo9r6nQfF+t0C561wW0LhKqxu/tlHdkXxhpbFipZ2bUFl4rEuufrYVRdek"
    "uce+RR6Feko2XuT+us7A2iFK4YM9m6yNE0srj9NT+NwQL5DwjxMEoetsYranMbN/zEGzVG"
    "wWy8qjX7JTw5LF0+6QfKiyoxc9i7530b2TR35ZZ2b7Px+FDiskceRdrTFDjEX/MaThRi6x"
    "m4Ceazl3PwALEo7CSqP8WTU5fcIU4AmLQcH2yRnxAwBvJYU14JXNy8caBpIpfNkAwxbUKR"
    "xTtdQj+gwFxDZ4V49py95T+YBKs1/03sLqLP01KiEtB0KpqQink0MD1SvGAv1uzYVPyn07"
    "1S4wjJjiShKu4oBsxd4gfEMIpi9zl64vCRXtxpKr26W65uG1LfCPUs+WzqEmJdLKatJAKH"
    "q48GUwINfmBKQJYllLrybw17xcbRjr8JqWbwYWPCOgm1G1BYFztSTeolMdyyxY5SkE+oHJ"
    "Soz28iyvc/f0F2guvklkGEGH0Kn3KAa+DPeNXHV9Pc7AuAi9lVgr2lONkEdtukhjeIqOSI"
    "LbI4SOSDiPQ5uEbffI5yiaRn9I09wt4CSAENqzVRE7octIpwMAtT14bbHyj4nSzKAil7ma"
    "O0zjkjtpBnxNVWoo+hmmvaODI+dOHzEWnTNVnOWWE2NuWzZCpG93VuzWdeFAmsKk2mzci2"
    "ZuRuZ5JY5hmiVot8bLzvueKOLtnV4wayIFZJvajqcl3xeF2qq4NSXdp8V8WQa2K+pz228l"
    "VIisQqRUsOcHAXbOpyyRTF8p4ZQXjl/Iy2QjQf2PeHTmlxjIqgiwMTSZUdzS578CGxtsqW"
    "JPuDcQCFgTJvL6/eXv70bvLnfkJjeBVm9DApMcyjO9M6u9wTY8L6zNHYPttsfs2lk2GaCs"
    "ZKbfo6VmOcJu+4kwgV3dEzhvBdIG8FJzTaBP4evvvom1QCZ5pGuYqzs0aR1LOaSOpZMZJ6"
    "rHUDVd3odRDe/jlPvDbIZppKByp9H+t9tGnL/x1pJ0J4MhpmKqUS8vjyIvOvNtC2qzMqEy"
    "qVdMnj+flZwmz+oY69V58uP34sCb4jK0x9bDKTrhVny+gVUhu7YDF7sl8a7VXjDNmRKKcJ"
    "njbSBE9rNMHToiaIN+UhHtWI/Y5ieMx+8pdl4JicjWARYJu9N/Q5n++vfUlgaCR/DalRJZ"
    "L6lLsMoU63eyTdLpNWCldSL0A8Xi//zpc/pgZ0iLPdkLKsjdoXIE+qXwGJVyADD8sxXef4"
    "tuU4d+61WOQRlea2BLc95Npbo4U+WSDUWmUTrZKzDbcKSMhSdhCQMDLz6EDiD0oCyYsBCN"
    "yTKV2jKUukU3EKuAK+Q9JMzRJpphaRhA3vTibN1wKdZq1OHXuqsWetkoiiN+g7k4jCCJu3"
    "4bMOcCVUphLld/5O+PSRPUhVJvlwZXjkoRM+XcOVSmzqP/gtfgErY+BSb2jTUDjDTNH0GR"
    "KnI91GGek21oCIJxBrdSj+tcHSYeaNsJB5DRYyL2IhWkGu5r5aCnIWAROHm+zGliHTW1tX"
    "CRm7qPvvTMXYhfofmBiaJmFkFuD40i+EaVOpfsaGT2Pd044JOlU8v2a5GCsrutrAaLYKrZ"
    "COSBRaVdKqklaVtKo0FjEooipxdLNSU4qgz8aKkg8lmqVFXaYAIwJkCSAIHzLlf5EHgKC5"
    "BpREbTV5bSdeZF242PiHxVYQsuW1BdgBV//9sbxkey+zPK7NCXbmVbl8uu1ukFbwRqfg6d"
    "zaPat54v8C66tBx3i8kohjI8BRouG21qa0NjUmMRy8NvUWev5H7JTCTsm9Wl3KZKMMOx7W"
    "SIW6+vk3rpYQ9icTpM//TnrS/EABfyLv63phza2b4Hx+9pL9vTw7e/YcXIIN2izEKD4lH+"
    "phRMHtbYRR3N4yFalUo+p70htnFSDq/8CvW4j3yBF3XovCnmzyaaqruiUmZk+7R/x7mOww"
    "t8kquUGnTN1bIg+xl8biyhy2qvW3FDizK9HAf+GECf7rJPkqZQM0ZjeWXbZOpRtpo1ZFz7"
    "u0upF5eZoqdBkiXbLy8ZKVe6hGMzY9Yj/LW9uK+64HNNJKNU+A9UIBKvC9vqpBTKNMnHwX"
    "dQz+CKDjY7+kLm4lH9MkKi3hztIOKDMPTf7rixtDXQJlmmzADMpYIz/YBEpoWcgyXA+bJc"
    "hdbaO3LKFKa1k7x0cjEHWd47pHk2pSj3n0HT2aeoU718i8I4H/BZnEy2Jc5SOmddCnKN9G"
    "DTMiMbwdzaM46FWw2GDRGghbaOMSXzQEgmARbAXSeIe2YANdCnwCHnhLIZ//Q0OqaM8DR9"
    "inADr0AXnPin7kfqZ4DIRkT9XA4pgO2ZEBi6PbaPei7/C3pMD2mi4tqMxYUsFH3D2cuGST"
    "I48p5XLJPzkyzeoGrA7PhSKXq8uL7Sh0TxzdE0crzl3WJehTcf7MVd0yfTm80URNJsnIRk"
    "ECHOZmSqrL/fIiAjJWs7mX/uzsHN4EFy+WFvt7bp7dBKfHp6fPXgv3vgu3POea6bZbYJJ7"
    "5AGK2L/QBuE3KY+47HG+G+fGudzw4EymSntIRAQI0AiwrRk7iE37R8DUc7AkHrvJFHZBGM"
    "Ub0CmPEVgi59WNc3vLJuN8Bf/5n2BFiEWZIu6zmX7kvUNF/Gd04T/AkgfhrKPPt7dVyrtW"
    "1cejH1ar6mGlcKekpF61RpOm6Uad2a8gMsrM8byBMnM8r1Rm+C3dvGAcxtBY3aDqcz46ui"
    "Q3lixVX5aSSnuLYI4Eh+PxAxbkdIi3gfZkEAZ335nVXEPHQbYMj1MkA7J5fToMiy8acPii"
    "ksEXhRgtH/plVatr+lYlFOptEN0nNqR0ebljMEeoIdn2wZ4ZA0pOCkVaZWKEBpZCxmqVE0"
    "KBVMugpVZI+PwGs21KdPLqqNAslTLM7yyqK4Ju5BZ1ikjv7a1XNLQsD1GpRigpEu2q+A5X"
    "hYdMhO+RZ7iMh1JGUJFyME1yoPYE3euRFuJJZZ6UczlNM6AlhL658Qs2gMXZrM9sTZvZYi"
    "ryBnp3cus5plCuz0YvtSWh70NzXVFgu2bjzpLpRladb+nYuSelsdI1ffV2JN8lkJGlxg3N"
    "eQchi3dJssqSV2pzA3KUusGSVIMlnr0vnY6RJtP8luC3yatF2IaHICUlTdtqIN08oT5omx"
    "y0gbdqF4SfotPNrMYTcV9MtHDhljEIWnGdDhkp52m1pMctadzmVU6RafmOWb50jV231W6d"
    "pdRSHrOUI+irXY/JDKmW85jlbJKNyyuBtYrkztFqSY9a0sI0sdtJOkerJT1mSYub7Pctsb"
    "dpIewSci3vMcv7sHJxBg2a0qk4faXiVNXs3N2cNk3JkSjeeQkWJFitfVFME1KAffDA/oN+"
    "kizDuId9m5FSF5mioKUotsmzXqgDXbomPn0NNsRBW56YLpJdbJECM8ktqV4nu3Homg8jS8"
    "BTdbYAWr8H1BdpPOwaT9ARGTlTXmQdiqQgDG1elTNgs9yxVUHDlHlRiF3MarIFpnNsxh8U"
    "8liOjawM0lQ6EaF1CoiuAalrQD7FhS9OMBkfV0KgYIWCWSPv1qzGuzUrerfwhulRMhxOCJ"
    "TzHp424u9pDX9Pi/zlypfho29S1TYyRMrxuZd1XF6x9OkUK+0sDptzxpBt05IhUnDBdh0e"
    "uWSGJCkpDVOdvZEQDLdiZweyYnWN3Z52gRY1X7N0KrF2YM1XZC7K8T4h0Wz/7jRHOc6nqZ"
    "TRKPaT2ijH+BSR5nvrIhc6725feXcxrC6Ze5ch0ykcGa9YF4kEcTBYC82yjFSZrakz9VLn"
    "DPSfMzASh+yvYTmkSYk7Nr41rXPGRuWUqOGmRjeqkRhXHuT+yqiVIdjAO14ykG0AFC/sra"
    "gpmK1HCI4g2DAR4x9FF8LYm1pSQbynObSHdNTHd01z6dGUC9OVCPNc1pUIu9BXN/Km8Y5G"
    "Gwrt/f/B4ndkyrmQdiQqukLnTSq4sVHVmPz8IKq4lRhfLnIszqlhGN15LULXI/fYKquLX3"
    "NGpmjU8y493XKPh8pg6Pto40oX3khoNGTTOWQTsdeoQO+r9ZM8nQZr8tqHDSnv3kX5l5TY"
    "UnJkelt5dFthU1lI0nxM0yjH4u578ugEcKmtekyJJwqmGw1rQamVb6Q7paos9ZKXfUydUi"
    "PPxS/Ex0tswkgoVQ6OzLBpI2eHkydpkH12jzxGgyywYsvzAW5B+iFTQH3isZvEMdErwPuW"
    "WsgKXCQaneIoYUu4LnguGfuK9laMLfo9ep1Jez9GjUnWeD8OBtcZDqXs3EIIXyRDsj9qlk"
    "o5F9Ps5awJn1/OqhnN7x1w75+BzLHufXmMXzaBJft2NY6WIhkHjManVQZGG1VppdHt7oep"
    "S4+8YkOkJFf2UM3cb6Y9x9uwRFPVaxHAE1U9gKm4Hqarsg9U9DIVz3u9u/0DDWkoYJwGgQ"
    "t8IvTd0Old1Jz7mqREaf6anEWhmpsk4v9Lq9MHoU5npCcVmZ2i07EubUMudLmLffN+3+18"
    "961s9Kx6j7Wt7BMI59JxdHtivIdsBEv7tj2SdrAj02kHh5F28EUUI5uU2BPRnWaWhLcb/K"
    "gJ8UmUUqNco+e/QcT9Jwo9U/I9XrBNZArsNPsIQJ8KABzw7AFsoY1LfOSYWw6YF42I/qbR"
    "2Puo97FqYyFcpZIaU4ZIOVC4F6xSW2R7twq0RaY11ielscp2edLtneTaO+msjyKju3dcS3"
    "qslXVV95G3FCn3RistsJRYuZ2j+0BiEd2OPK+sitsjMfEJlXJs7qWCpg7prea+Wg7pTDko"
    "7GC6biX2HKkO2B9PDO+oAg/eQs/D5TEH8a1pHUi4DOwltm1h3JspgsdDdR0QtXcHvE0VdL"
    "bg6CY4n5+9vAnOrJPZTXA6OzPZv8fLi2eAVxQSYCQwoQMWKIT+HrC/fg1ub032vW5veVgt"
    "CTw6Bej56jm4mVy9v5mURO4OOLEGE0dtYlaDiVywMjpNPF45ZX3ezNqsMTbzqoxsWeXhKy"
    "oPxtyTJsw9qWbuSYG5LmORFHcTAuX08O5X7gNaUO7mk2BvikRBBveBRBFPJnM9Hq4T1vOg"
    "KaYGcvgPlXX0ZwkHdPXHh9xBefq1kd5sdatrpOu8W9WkPvK826vIJJ2U2OzJvWlTo52mKR"
    "qWFPVMZIvofScKuDlK/trArbCZAXbiep/PXotAnPC+je95yms0nJnMiy3AVlVd0X4m0lb5"
    "gVrlYw3XVVUSOu5kPLzXmQC9AicRdm1IA385OgWZ3T2QEjNNFgrM0ynI7O5XNtfo7tgXkK"
    "+plibTrG7AauyjjVQ9zIRg+Cz+/bhm+8zX9wwBZhs+xFJlXyvIlcNrm4T/VEf/FIJ/DiRm"
    "ELNpPOjQsNXpIYYNhvFS96gs9rh6a8lSfdf+cjiRH71sL4KToj1JK5SvhFxH44wH2SsCuh"
    "rGr97qDhPQHXnxFw7auozt12jj2lB4l0qB3cyYqQzAyykNP036KNJ7E1wsrRfsX+uYB0bB"
    "+Yz9e36+fAWgaPL0AwVR40ngBTZ6Dr6wR1PA67rc3v57iT226/FGuHQKwg9LxGZB39i08f"
    "XwA7v+5+1tAQAeeP4bBzvAxUwVpIB4YOXBDXuYY4Elcnikl4dWjDH09lbM4Im5RMkaDzGm"
    "mkggz9H7JrJR2WfsAVHcz2EPbQg8f03DlZgmb/C/NCKtEenRngp7gUV1HFmPSMZGEgbdqA"
    "t/NklWqk5VKiQqRd/W8GBZJFm1PZen04jRdyFG4jSX4X+KZBwlN5XqXMNUOWSQ+7LKyY+0"
    "Pt+RtTpLR2ZH7+coRd9MO7CY4ZqoqzJvRjm1fkk6f0lS9kDxLXkkpDNFqKs36ZhODQbpmM"
    "4nJfWRx3ReLn3kUWijDz7aTErwv+yAaR34B+Oh1MDx4EfhviuyQUDgYjzecldKzcYOehWB"
    "WUnVZtG8hANe/C7gfcGmwCQub4bCMyOTW7xqswNduiYldaAHmVGHeo5aBa2r5sZYQeULjW"
    "XpdNChDvg8PN7zjUya9SkiDSq3Zv0fAXR87JfUaapkfJpEJc53lomo6+btcx9psaILdCrJ"
    "oLNlzZhjS/lIEgIFnSSzRrngs5pc8FkxFxxvmLEkw+GEQLnYzV6KilEXmYaPvkl1NM8QKc"
    "fnXtYxN3IN18NmyWKuOwSzdCptwgMchGMDdipbe+VGTBtCOxJtvXgurUceRMn7EGMRmElk"
    "KtNXIXpCzDvA82i38Q2Ou+zyaX3Rq3aBlsRDvGUthwFpAdTpb6obR2BAmAIbLf2piM3iJB"
    "vRCcC0Id4giyf58sTfZMIpcPhEbJTHQ7Sgk5qGo0gaJBr7ezytAYnGAlI8GVGkGwHItwDQ"
    "6MR3Mj3a5eT4niJSpkrS4AXoeV1oWcanqTTn23Gend0Ul9X+r+R6ikIZpn8XZjE2RfhLqJ"
    "rVqsLxmKbKsJca/3jlWbAItkz/g/SOilD9UIUUfaSOboITZJ7eBC9fvHhxE5wtjtEzng/g"
    "E6ZS+oHngBUhVkjGNNOjeOCFNT/PEJXUnR1s2tJOuAFNlB7TxjwxhPcX0I1wR7TtPe4NlW"
    "1ulaZSrjRt992tUu+IBEpDtcvzu8/5sebRqM/5sdjQT5f346vspNKeLpgjwd94vIpOus5L"
    "U4yxBohKtfIPo/PdATM4/bUkuJwjU84N2ou7WXjn5cpjJRQ6m4g/ueMcSGEd8lyFFgFaZd"
    "Qa2W+tCeoYuT0xPqohIsf5FJEyGLMOtD34iMSHNbHRLjBEIkE0R6kzRCUyRD30OzJ9o42q"
    "niNUTo3spUNQ6BAx2hZsriBXkPfdG6MZzsnW36kgV47x3RfjiTjXspBzObVmewO2i27g0O"
    "eF8/wSw/WRyI8MpTJ6YmfaSsSkqMt989WcphoMQzzYFu1JS3vJYkdpKg2+dA6+hNWZPY+U"
    "aOrViz9LpdwW3gvqmAp2keB0lqoVp8dWWarnjeawCuUM6iQ6zIopuk7OU5R6zKN8nZwMWO"
    "3ySm+txJ4j1YXwxyPm4tsdWY6igHgraZc+QMv8AGQe9cT5DqHnnqClPm6ph6kqrcSdIdVy"
    "HrOcUUshIy3hA5FwtPtaAWq/de+ItazHLWtxxLYWdp5aS3ts0h5b7t6Vj9xJXeKeGDBtmL"
    "VH48GPpuxdrxHgKzCsDfqwJsDCligKOmX/Iof/u52GtSYe1thcA3dNfELBEYLsAw86RsBc"
    "Q2eFROEIXnTUQrzTIy3J1Ot9Nl1wYtRRSroq6bjkkdJfy7tgVuP4VQ0wlYiGb4Lhz6sx/H"
    "kBw196ZGOI7UuGx1kq5bxS3QfSsENemslpGhXXcudMZvqEnHM1IVCQvT3EFRC54pfxeAWZ"
    "O2tWMrCmYmCeuQ6R2xzi8crtvToPSf1QGK5sywgjHj8OUfBplRHFYcVwaHf+48jSyDtfXy"
    "IPm+tJGaIU3pnWQkm7MY8hSNVy7hiLeSpAzHeGAVdDLJUV36rVn+qSbyqol/PT0ya20elp"
    "tXHE7+WsI9eVso3C4Qpyt5eC32xGvxSoqtZqUiS6s6+kCrPXw+zP/wfNNKre"
)
