from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_brand" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL UNIQUE,
    "english_name" VARCHAR(60) NOT NULL,
    "letter" VARCHAR(1) NOT NULL,
    "logo" VARCHAR(500) NOT NULL,
    "is_recommended" BOOL NOT NULL,
    "sort" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "shop_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL
);
        CREATE TABLE IF NOT EXISTS "catalog_category" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "parent_id" BIGINT,
    "level" SMALLINT NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "icon" VARCHAR(500) NOT NULL,
    "sort" INT NOT NULL,
    "is_visible" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_catalog_cat_parent__ec63f9" ON "catalog_category" ("parent_id");
COMMENT ON TABLE "catalog_category" IS 'A platform category; level 1 → 2 → 3, products hang on level 3.';
        CREATE TABLE IF NOT EXISTS "catalog_product" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "shop_id" BIGINT NOT NULL,
    "category_id" BIGINT,
    "brand_id" BIGINT,
    "title" VARCHAR(100) NOT NULL,
    "subtitle" VARCHAR(200) NOT NULL,
    "image" VARCHAR(500) NOT NULL,
    "price" BIGINT NOT NULL,
    "original_price" BIGINT NOT NULL,
    "stock" INT NOT NULL,
    "sales" INT NOT NULL,
    "padded_sales" INT NOT NULL,
    "tags" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "sort" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_shop_id_4981d9" ON "catalog_product" ("shop_id");
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_categor_53b5da" ON "catalog_product" ("category_id");
COMMENT ON TABLE "catalog_product" IS 'A product (SPU) as listings show it. The catalog issue adds SKUs, units, audit and media.';
        CREATE TABLE IF NOT EXISTS "pages_page" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "shop_id" BIGINT,
    "owner" VARCHAR(32) NOT NULL,
    "key" VARCHAR(40) NOT NULL,
    "site" VARCHAR(20) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "title" VARCHAR(40) NOT NULL,
    "draft_revision_id" BIGINT,
    "published_revision_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_pages_page_owner_d7c68d" UNIQUE ("owner", "key", "site")
);
CREATE INDEX IF NOT EXISTS "idx_pages_page_shop_id_48adc4" ON "pages_page" ("shop_id");
COMMENT ON TABLE "pages_page" IS 'A decorated page of an owner (the platform or one shop), pointing at its draft and live revision.';
        CREATE TABLE IF NOT EXISTS "pages_revision" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "page_id" BIGINT NOT NULL,
    "number" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "document" JSONB NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_pages_revis_page_id_a2a2a3" ON "pages_revision" ("page_id");
COMMENT ON TABLE "pages_revision" IS 'An immutable snapshot of a page document: every saved draft and every publish is one.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "catalog_brand";
        DROP TABLE IF EXISTS "catalog_category";
        DROP TABLE IF EXISTS "pages_page";
        DROP TABLE IF EXISTS "catalog_product";
        DROP TABLE IF EXISTS "pages_revision";"""


MODELS_STATE = (
    "eJztXetv27YW/1cIf0px3aBxHk27YUCSdVvWtCmS9G5YO6i0RNtcJFITqaTGbv/3S8qSrH"
    "dET1JkhZ8Sk+fo8TsUeZ7kPyOHWshmu7/S6eg1+GdEoIPEP8nmMRhB1103ygYOp3ZAZ1IP"
    "GX+FVFPGPWhy0T6DNkOiyULM9LDLMSWS+gT4BHNAZ0BcCC6RBe6pdzsG9x7mHBGACeALBJ"
    "h4CCAuRZi4mmAFkAXt5gKSuehZQA4IQhYDmO/KO1vUFLfGZN7mTcRV//aRwekcCTpP3OrT"
    "n6IZEwt9RUz+/DRiHHI/QMgSpJCP/pQk7q0xw8i2UghjS5IF7QZfukHbKZ6fE/5TQCuvMT"
    "VMavsOWdO7S76gJGbAhMvWOSLIgxzJO3DPl8gT37ZDIUXCWL3AmmT15AkeC82gb0v5Se7V"
    "A6zbRobx/vLGuH5zYxijnGwjjoQkwiaTEjkuxKOyAIC5fITnryaT/f2Xkxf7R8eHBy9fHh"
    "6/OBa0wfPmu15+Wz3MGq3VpQLMzn8+f38jH4iKwbcalbLhW8ADOVxxBQJaox/8zeF/toBe"
    "MfoRfQZ/8WJZ/CO0qwQQNawlsP5guhCBA78aNiJzvhA/9168qID3vydXZ7+cXO0IqmdpkN"
    "+HXZNVn8R7ja8LlzaFBUP81+vL98UQJ1gyKFvY5OB/wMYsN9qbQnv0/cwnq3lg6mObY8J2"
    "5W1/GLUkgwrIJUTyyg5jf9tJpHfenfyeFcLZxeVpABllfO4FVwkucJoRyC1aqoz3kHyj4R"
    "7OJj2ZbtJj/dVenbH+aq98rMu+NLTrSb8uumuO7uaTkYuIJZHqBuijOjgflcN8lEU5XFBz"
    "KP8ocOLYQcVIr7myc0rIthv9s4XzeAXEN+fv3lzfnLz7kJpIfjy5eSN7JkHrMtO6kxVHfB"
    "Hw2/nNL0D+BH9cvn+TnW9iups/RvKZoM+pQei9Aa0kJlFz1JQSLxS6mePygs+oVCNKsjys"
    "FzUlzxft6kWTvYOXB8f7RwexOhS3VGlBkcaT0ODF57gBqFm27oA93hJgbWreIsuYKq2nKa"
    "ZGVtVe6ZBHBzWm+6OD0uledhWi7BOObdVJP8vbwNTfM/SHNPPbkHEDeR718nK+QV9L5qk0"
    "1xC+qCqZvvn9ptoiiEV6cfn+54g8ayakvzDTQxKbDZSqNOcAFauReEHrktjLcJRsyecWDu"
    "jKr22GCWaLjcSeYdWzat9mVelrnN0m/F2yYQrN23voWUauh05oGW2+y5k42RZI4DwQkkRT"
    "PmfoNL4W1i26oPNRgUM57hs/6FWWRjIy7JD2Qd/yJUHAo/fARR4IWFfOXRz4dOgMQLIEcC"
    "4gnou+14GrV45SGws+tqD3BHAKfIY8JkgtAH0Lc+qxvH+5zRvV8THH1w5wiX4Y2NLO5p46"
    "m1MSq2sxpJgG6HY+qON1Pih3Oh/kfM6pb0FpuGc5uzN6BzL210JAd4gUaBbl4zxm0GO8xh"
    "ifedRZrYwqGKe5Bgj0/qQG0PuTUqBlVxpooVopw5zk0SDXAFkodEVWf8WiGDF0GDfpJmDS"
    "vAeNULXRG9EPDtrDWgHuw4oA92E+wK29J+XoD8t70hOr+sTnixt6i8iowKxed46r7Gpomt"
    "QXUjLESy6ElRkx1EjcmiLoCYM34PkOUCFdgDkD17+cPJ8cHgHMhC0srHZrDBgFEEhbaAoZ"
    "AjaCt2AZvCIg0u6Vz7K6TFHqVlu3qZW85U//QiY3bkWr5Il+a8u6t5Z1IGBjAdlCTU9Lcj"
    "Wz3vUoyaV5VSL7ZdTOc8nwDVApbj7RJTHtKM0saT7twtjYhWHaWNGHseYYnPLc/PjWmvNT"
    "0ZxTfsGvLhZX20Dqac4BSn1LpFwrmcNDd/R2o487zamDy32Tck/M4CsavG7OAg7ax7WMXy"
    "8ifcjsLZftw+akNhh7aTCaYlwoaXYh/eCMxOZDU7qkqkVwmUldJXRjhgHC27xN4iLPwYyJ"
    "pyrIla8oWUuz9aNsTd5vMGVr4VsVLJlUrOKQFMslwZWRyVSwtSWMuKVb3E8vLy9SuJ+eZ7"
    "N/P747fSO+iEAIggjzMs+HNs2fiGmuoM2nCh1ns4JPMWT76e0VsmEAbH4MrPM/V5fYMvF/"
    "iwZ81BoNg1YTaR12JvXPojzasGtcy+JhDjMiTbZVq+fTyBVCX+kdvifGKdKhs55aQrGg6m"
    "qUa8kOT6Oc1FHYJ+UK+yS/AUI4/FUAXrMMEeI6UclJeVRykotKyhlNOfabYhogzM0Hf3Vl"
    "dsMFxDoU8pCa1XetulYoRL6a72xmTaVZdTCk13LWRrM2mjuurxQ2dHFx5cq4rmMSxrR1kj"
    "/Fcz+nsxk2EQiv8B1wkCf3yuNBFSPzXdfGq4rI2QxAD4GpILNkrSNdFT66YGe6BNh6Vpj3"
    "2fwddIxuSy1TWRurGkxK8uhYnY7VPSa4LmTsnopZXtU2zTEOEO5JrWKcSUUxziRfjCPnfv"
    "V82TXTRjbqwyr1UKfurdv6UO7we4faionqhFltYDRjYOS2xbLpHJMNBJ9j1i6EPrsQZEai"
    "8vqVYNLFHkorWM6OT0siL4afqIfwnLxFy0AU5+K5ITGLNOJMNuqWiaAsyi2aPXgfG8rJoS"
    "feXbwxWmWUXIkv4er8TGD8OJ6Rjyyw83OOkaB9XMsv4kekNdwioZvWAzuf/YPZHvzsHx4c"
    "Hj97Hfgi5PZQ1AOnk1Mw9ZfI2wUXdM7k6QPTJfgNCQ2Jj0EQUwX/AdfvroGMTEmOyAoocp"
    "N0cEftNunxzDXuT0C/x7u8txDNf1yTvmeqVwcWPcHmrbKTKsEzuDrMFrZLuxMzidruOzHH"
    "4OBtZY8YYZzahuooTjENDufmh7EAw0JKw3jN0SG8PrkV1h/pBuXjGiAfl2J8nIV4ij2+sG"
    "DBhvfSC1GSgp/gqXI+bN/qV4GtdCbk5oB5mBBdfwKYF6dQb//X38pRUyZ1XEiWyhNtlk+j"
    "XQdt7fHvwOMf7AltCE2AqU0dWb7BDel2oofU90y14sqYo0OEF4fbOpx1AKsceh3A0gGsXo"
    "u6NIC1UQnhPTIXUO5RhgjHHKMCTUKlnPC34HLnq6stt/D7f5S6wgxqBQGTPK41Qidp2S5r"
    "RVHKgSqIQ3ySTxGGnVxEon05dWii76GJWGy1FdmIYYAZcM27wMKPQQHfNccAAW6+BE68J1"
    "VEOMHSUshnSBvMaguhHPrhWggy10I57SnBpNOemkp7irJe/mXaU5Rns2UiqJv2lBh6qbSn"
    "s5Prs5Mf3zxW1tP1grqjonIw2V6pususIWawiK5GyhNHBBL+GsB1cRZDti3QlXVYQdoRky"
    "lFcF2vZXnUfc4WWKh0gmomOiPWgsP1WrlDoSkR7UkegKbtiN7MUlV2hOr+83rfeQUvra4J"
    "Wyu4dUy0o3IT7SgfY0D2zBBW1wqS/BRStZtdjlfvaaewp50OWHYR4aGEizfYIAaf5htcwL"
    "J5Z08EmXK6b45xcGA3n/dr0zlVwTiiHxy0reRHilt5SvDGDBpffUah9qqVeNVca0Oppzm1"
    "1Psi9YIQfBwj7sF+RCeWJd5jBV32XMqwa1zlhXKQM0Ueky8bE+ujOZ6cc6ev0YChSkJ7fr"
    "rZDUjvs9xqZaZH7zBRS99N8miQa4BshulctV0NIb0Gtwa4FpYPYCodOJrkGZwt3ALEiENs"
    "KwEccwxyDLdQRSHtGWgbqgesZdgGN5jruNrLPe05RzuHcxV0Q/LBobpXr7KtorAt54tk8T"
    "PnDZCq6FyaUYfm9HFTT9hTpf2TT1HqPfdPXiPOV6jnU+TCrnFlltyKiBksQf0oDspbpGSG"
    "heSD2w/7uM7qf1y++h+Hq3+5L/IO2n6BGlt+EmjM0P0ZoO0nxhbB3Mppn3pp0EtDp0vDqQ"
    "dJeopNdVQuC6aYPGw6N6YxqQ5aDTRUUr5QPG7opEdrcvOBE3FlsWwulHMKs3yDc340n51s"
    "C8VWbQ+1NccA/aN7dZxL5b4lnUTYaRIhMzxkUseRu/qpptbnmbUDTyW3nnoFmnr5iSshuT"
    "4SdFuLFFwZOkdWN9NF82UKPT0nqNul7lFSjLSrv1wg22nZ9/yQzDMxAObUK9zdKO4b17Hv"
    "zSR1jRJp14Z8Rj0HRIzfARvdIRvsgc/+ZO/VBEyif/bHQEyolm9yBhaQzAElIe1+UWl0g1"
    "fWDodeT5wVpzxADxGuvIil2PRxdxuuYsEXlAf+2oG2XQp9zDSk7Ur2Jy+PYqjljypwr9+d"
    "XFzotOMKVXe/jmG8X24X7+fNYlNt6+CIXjsd6jgdtOHbkOGLmXGHGZZvml/PHvDcJBg79N"
    "pEq9zWOm20KVY+urUp1oIp9mFliIwKLLGoa1zHEHMTxHXssBU52Ln+8PEZgCxIwpB5PPKw"
    "vHuA+S64WSAQXh1gxnwEBKAMXL/9yMZADEou/gR76gNILOAgC8NCu6ydO30mn8mXL66HTf"
    "TlS9D+5Qvj1LwVv5jvONDDDAFhvgWXATs2vUeMg4BhDDgVdwMB/TNh/ZkB5RKgr+LZtAnY"
    "f6uj3AR8FC9mjal6qJJILJ2h30UZ/QyjNsA3FECQa6OMfpJLu/A3xZ5jXqSlVxSfRAwDNN"
    "jbOVvJnyqDnOQZnO3eSqEadoSaquQaiRgGh28rvpFA/1T0TkcsQ3KRdjw9Uw/PMYG2sQH+"
    "ed7BeKo6lkJgb6l4BiP6wQDeXE4MtIuOByqHMqLXUGahdKFlIctQRTTLpoHN6cRwXgBoeZ"
    "lQRN99ldDo+5lPTIkXmPrY5piwXXm/H9rSNLquHdqSFDpxG/k9daPftZBBpwNfzcwcOgpT"
    "DvWwojC6wHHIUo8w6mmB4wcYzFv5wFvo0iiPurmCghluRFcj4GYhkwYDDkguQGcAEkDvxS"
    "gEOzJKFacvUg9QgmRwzH02Bi4VQ0Ae3AI5wJwBy4OzVRjMxncIeEjG+SkpCrx1cMfCs2OC"
    "W8jesMKeyWC7PkOmRxZ5z6JnOnYD1h9NXf08Zhhg/GB/Uifhb1Ke8DfJauaPuTdIr6Btvh"
    "I5mN4VsI3oBxcvaH5nRn2iV4vg6ohtq9NCoDYakbaorFMUsuv0hE3VC9efym0fhIm8sURK"
    "L6Glous+tcNDu7mertS3wM11Fc7ZoxJ3V9w/ftjt5SVpH3Z9EYAdxw+uARiBLltQHnijVn"
    "4pMSp8B8lDjdEd8paAwTtkJbxOq9Zw9QGYSV9VgburrbvoRPBeL6ZVtcBztEElcMykE8E3"
    "VWuIL4+sUgiErhmGlOLWWDRUuwFajNlHC0Me4PJElSSP3tL2X6SlRGbMVO0AnRTX4PyIRw"
    "c1xvjRQfkOhgf6qNOhWxw9L2o9QR42F6MCWyPsqbQy4JqmN5sGPxWl/V8qLRWbxiMvshnr"
    "zvMJlgGqMpPDwzohjcPD8piG7EvP9PKjUkA4JB8guq2UoIk7ckVVMcGiNUVFTfFRF7Nv/w"
    "cOUu+Z"
)
