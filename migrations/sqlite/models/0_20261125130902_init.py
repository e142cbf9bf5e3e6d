from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "core_job" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "payload" JSON NOT NULL,
    "key" VARCHAR(191) UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "locked_by" VARCHAR(64),
    "locked_until" TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
) /* A unit of delayed work, written in the same transaction as the change that needs it. */;
CREATE INDEX IF NOT EXISTS "idx_core_job_status_f263a1" ON "core_job" ("status", "due_at");
CREATE TABLE IF NOT EXISTS "core_state_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "aggregate" VARCHAR(40) NOT NULL,
    "aggregate_id" BIGINT NOT NULL,
    "event" VARCHAR(40) NOT NULL,
    "from_state" VARCHAR(32) NOT NULL,
    "to_state" VARCHAR(32) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One row per state transition of any aggregate: the timeline shown to users and auditors. */;
CREATE INDEX IF NOT EXISTS "idx_core_state__aggrega_ddaf79" ON "core_state_log" ("aggregate", "aggregate_id");
CREATE TABLE IF NOT EXISTS "accounts_auth_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "subject_kind" VARCHAR(16) NOT NULL,
    "subject_id" BIGINT NOT NULL,
    "client" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP
) /* A bearer token; only its SHA-256 is stored, so a database leak yields no usable token. */;
CREATE INDEX IF NOT EXISTS "idx_accounts_au_subject_7b600b" ON "accounts_auth_token" ("subject_kind", "subject_id");
CREATE TABLE IF NOT EXISTS "accounts_role" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(40) NOT NULL,
    "scope" VARCHAR(16) NOT NULL,
    "permissions" JSON NOT NULL,
    "builtin" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "accounts_sms_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "purpose" VARCHAR(24) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "consumed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_accounts_sm_phone_cffefe" ON "accounts_sms_code" ("phone", "purpose");
CREATE TABLE IF NOT EXISTS "accounts_staff" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(40) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "shop_id" BIGINT,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_login_at" TIMESTAMP,
    "role_id" BIGINT NOT NULL REFERENCES "accounts_role" ("id") ON DELETE RESTRICT
) /* A back-office account; merchant and supplier staff are bound to one shop (by id). */;
CREATE INDEX IF NOT EXISTS "idx_accounts_st_shop_id_adbbf2" ON "accounts_staff" ("shop_id");
CREATE TABLE IF NOT EXISTS "accounts_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "phone" VARCHAR(20) UNIQUE,
    "password_hash" VARCHAR(200),
    "nickname" VARCHAR(40) NOT NULL,
    "avatar" VARCHAR(500) NOT NULL,
    "real_name" VARCHAR(40) NOT NULL,
    "gender" VARCHAR(8) NOT NULL,
    "birthday" DATE,
    "region" VARCHAR(100) NOT NULL,
    "company_name" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "audit_reason" VARCHAR(200) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_login_at" TIMESTAMP
) /* A consumer (会员): shopper or B2B buyer. Logs in by WeChat, phone + SMS code or password. */;
CREATE TABLE IF NOT EXISTS "accounts_wechat_identity" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "appid" VARCHAR(40) NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "unionid" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "user_id" BIGINT NOT NULL REFERENCES "accounts_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_accounts_we_appid_860d3f" UNIQUE ("appid", "openid")
);
CREATE INDEX IF NOT EXISTS "idx_accounts_we_unionid_cb04be" ON "accounts_wechat_identity" ("unionid");
CREATE TABLE IF NOT EXISTS "shops_shop" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "self_operated" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "contact_name" VARCHAR(40) NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,
    "logo" VARCHAR(500) NOT NULL,
    "intro" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_shops_shop_kind_5edaed" UNIQUE ("kind", "name")
) /* A tenant: a merchant selling to buyers or a supplier drop-shipping for merchants. */;
CREATE TABLE IF NOT EXISTS "members_address" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "province" VARCHAR(20) NOT NULL,
    "city" VARCHAR(20) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "detail" VARCHAR(200) NOT NULL,
    "postal_code" VARCHAR(6) NOT NULL,
    "tag" VARCHAR(10) NOT NULL,
    "is_default" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_members_add_user_id_8ffd70" ON "members_address" ("user_id");
CREATE TABLE IF NOT EXISTS "settings_setting" (
    "key" VARCHAR(80) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtv27Ya/iuEP7U4btE4cep2wwGSNF2ztclBkq3DukGgJdrmLJOaSCU1tv73Q+p+j+"
    "hZjqzwU2LqfXR5Xop8b6T+HqyohWz28kc6HbwFfw8IXCHxT7p5CAbQcZJG2cDh1PblTOoi"
    "489Qasq4C00u2mfQZkg0WYiZLnY4pkRKnwCPYA7oDIgTwTWywD11l0Nw72LOEQGYAL5AgI"
    "mbAOJUhImzCSiAzG83F5DMxZEF5IAgZDGA+Ut5ZYua4tKYzNu8iDjrXx4yOJ0jIeeKS335"
    "QzRjYqGviMmfXwaMQ+75DFlCFPLBH1LEWRozjGwrwzC2pJjfbvC147ed4vkF4e99WXmOqW"
    "FS21uRRN5Z8wUlMQATLlvniCAXciSvwF1PMk882w6VFCkjeIBEJLjzFMZCM+jZUn8SHdxA"
    "0jYwjMurW+Pm/NYwBgXdRoiUJsImkxLZL8StMp+AubyFF29Go8PD16NXh8eT8dHr1+PJq4"
    "mQ9e+3eOj1t+BmEraCU/mcXfxwcXkrb4iKzhf0StnwzcdADgOUr6CEff9vgf+zBXTL2Y/k"
    "c/yLB8vzH7Fdp4CoIdFA8sLsQgUr+NWwEZnzhfh58OpVDb2/nFyffTi5fiaknmdJvgwPjY"
    "Jjku+EXweubQpLuviPN1eX5RSnIDmWLWxy8A+wMSv09m2xPfh+5pFgHJh62OaYsJfysv8d"
    "tKSDGsolRfLMK8b+stNMP/t08mteCWcfr059yijjc9c/i3+C05xClmit0t9D8Y26eziadG"
    "S4yfb1NwdN+vqbg+q+Lo9lqU0G/absJojdjScDBxFLMrUboo+b8HxcTfNxnuVwQi2w/E7w"
    "xPEKlTOdoPJjSgh7Gf2zh+N4DcW3F5/Ob25PPv0vM5C8O7k9l0dGfus61/osr474JODzxe"
    "0HIH+C364uz/PjTSx3+9tA3hP0ODUIvTegleYkao6aMuqFwjZbObzkNaq0iNKQh+2ibenz"
    "Vbt20ejg6PXR5PD4KDaH4pY6KyiyeFIWvHgdNyA1D9sdsZM9Idam5hJZxlRpPs2AtjKrds"
    "qGPD5qMNwfH1UO9/JQKcse4dhWHfTz2C0M/R1jv08jvw0ZN5DrUreo51v0tWKcyqL68EbV"
    "6fT819t6jyBW6ceryx8i8bybkH3DTBdJbjYwqrLIHhpWA/GA1hWx12Ev2ZPXLezQtW/bDB"
    "PMFhupPQfVo2rXRlUZa5wtU/Eu2TCF5vIeupZROEJHtEq2eGg1WuVbIIFzX0mSTXmfYdD4"
    "Rni36COdD0oCyvGx4YNRZekkI8MOZR+MLV8RBFx6DxzkAh8aBHexH9OhMwDJGsC5oHgujr"
    "31Q72yl9pY4NiC3hPAKfAYcpkQtQD0LMypy4rx5TYv1CTGHJ/b5yX6YWBLB5s7GmzOaKyp"
    "x5AB9TDsfNQk6nxUHXQ+KsScM++CUnfPI3fn9Pak7ydKQHeIlFgW1f08Bug+3qCPz1y6Cm"
    "ZGFY6zqB4SfThqQPThqJJoeShLtDCtlGlOYzTJDUgWBl2Z118zKUaAHeZNdpMw2X4EjVC1"
    "3hvJ947acaME97gmwT0uJrh19KSa/X5FTzriVZ94fHFLl4gMStzq5OCwzq+Gpkk9oSVDPO"
    "RCeJkRoEHh1hRBVzi8PuY7QIV2AeYM3Hw4eTEaHwPMhC8svHZrCBgFEEhfaAoZAjaCS7D2"
    "HxEQ6ffKewlOU1a61dZlGhVvedM/kcmNpWiVmOi39qw761n7CjYWkC3U7LQ0ajvzXYeKXL"
    "ZvSuTfjMZ1LjlcD43i7Re6pIYdpZEli9MhjI1DGKaNFWMYCaJ3xvP2+7e2nJ+K5ZyJC351"
    "sDjbBlrPInuo9T3RcqNiDhfd0eVGL3cWqZPLXdNyR9zga+o/bsED9tuHjZxfNxJ9yO2t1u"
    "3D7qR2GDvpMJqiXyhZdqF875zE7aem9JKqFsllJnWU2I0BPaR3+z6Jg9wVZkzcVUmtfM2S"
    "tSysG8vW5PV6s2wtfKqSKZOKWRyScr2kUDmdTAWsLWXELbvl/fTq6mOG99OLfPXvz59Oz8"
    "Ub4StBCGFeFfnQrvkTcc0VrPnMQsfZrORVDGHvf7pGNvSJLfaBpP4zOMWeqf9b1OGj1qgb"
    "tFpIu2Jn0v4sq6MNDw0beTxsxYzIkm3V6/kycITSA7vDc0U/RTp11lFPKFZUU4sy0Wz/LM"
    "pRE4N9VG2wj4obIITdX4XgBNJHiptkJUfVWclRISspRzTl3G8G1EOat5/81Suzt7yAWKdC"
    "HjKzum5VN0qFyEfzVpt5U1moToZ0Ws/aadZO847XVwofunxxZeBcN3EJY9kmxZ/ivl/Q2Q"
    "ybCIRn+A6skCv3yuP+KkbmOY6NgxWRsxmALgJTIWbJtY40WPjogGfTNcDW89K6z+1fQefo"
    "9tQzlWtjVZNJaYzO1elc3WOS60DG7qkY5VV90wKwh3SPGi3GGdUsxhkVF+PIsV+9XjYBbe"
    "SjPmxS93Xo3rutD+UOv3eorZyoLpjVDsZ2HIzCtlg2nWOygeILYB1C6HIIQVYkKs9fKZBe"
    "7KE0gxX8+Kwmimp4T12E5+QntPZVcSHuGxKzzCLOVaPumQqqstyi2YX3saOc7nri2cUTo6"
    "Ci5Fq8CdcXZ4Ljx4mM/Mx8P78QGPHbh43iIl4k2iAsEoZpXfDsd+9odgB/98ZH48nzt34s"
    "Qm4PRV1wOjoFU2+N3JfgI50z+fWB6Rp8RsJC4kPg51TBf8DNpxsgM1MSEXkBZWGSHVxRh0"
    "06PHINu5PQ7/Au7y1k8x/Xpe+Y6bUDj55gc6kcpEphercOs4Xt0u7ESKK2+06M6B29rewR"
    "I5xT21DtxRlQ73jefjcWZFhIqRsniB3S65Gl8P7IblieNCB5UsnxJE/xFLt8YcGSDe9lFK"
    "KiBD+FqQs+7N/sV8OtDCYUxoB5WBDdfACYl5dQ7//b38qnpky6ciBZKw+0eZxmuwnbOuK/"
    "g4i/vye0ISwBpjZ05HG969LtZA+p55pqiytjxA4ZXoz3tTvrBFY19TqBpRNYnVZ1ZQJroy"
    "WE98hcQLlHGSIcc4xKLAmV5YSf/dNdBGdb7+H7/yjrCnOslSRMirw2SJ1kdbtulEWpJqok"
    "D/FF3kWYdnIQifbl1KmJrqcmYrU1NmQjQA8r4LYfAgtfBgV+E0QPCd7+EjjxnFSR4RSkpZ"
    "RPnzaY1R5CNfX99RBkrYVy2VMKpMuetlX2FFW9/Muyp6jOZs9U0LTsKdX1MmVPZyc3Zyfv"
    "zh+r6ulmQZ1B2XIw2V5rusuqIWawSK5ByRNHBBL+FsBkcRZDti3Yleuw/LIjJkuKYLJey3"
    "Kp84ItsDDphNRMHIygJR/Xa+UKpa5EtCe5T5r2IzozStX5Ear7z+t95xWitHpNWGLgNnHR"
    "jqtdtONijgHZM0N4XQElxSGkbje7Albvaaewp51OWO4iw0MJF0+wQQ4+i+tdwnL7wZ6IMu"
    "Vy3wKwd2Rvv+7XpnOqwnEk3ztqW6mPFJdyleiNAZpf/Y1CHVWriKo51oZazyK11rui9ZIU"
    "fJwj7sB+RCeWJZ4joC7/Xcrw0LAuCrVCqylymXzYWFh/muPJBXe6mg3oqyZ05Gc3uwHpfZ"
    "ZbXZnp0jtM1Mp30xhNcgOSzbCcq3GoIZTX5DYg18LyBkylD46mMb3zhVugGHGIbSWCY0Qv"
    "+3ALqyikPwNtQ/UDazlY7zpzk1B7daS9EGjncK7CbijeO1YPmq1sq1nYVohFsvieiw5IXX"
    "YuC9SpOf25qSccqdLxyaeo9Y7HJ28Q5wHrxRK58NCwtkouEGIGS0k/SoByiZTcsFC8d/th"
    "T5rM/pPq2X8Szv7Vscg7aHslZmz1l0BjwO6/Adp+YWwZza187VNPDXpq2G3qCrnYXJTNDO"
    "GR2okBJjKdyVc9lWTVv/waV83Qj1ymuGNPCtLHaNF43CRaNB5XR4vksdwOJ46jwnAo3kN2"
    "W9oSiXBESibRagMmBdEmjKIJ86iT2bf/A4o5F3o="
)
