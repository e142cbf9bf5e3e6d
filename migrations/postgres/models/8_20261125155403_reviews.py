from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "reviews_review" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "product_id" BIGINT NOT NULL,
    "sku_id" BIGINT,
    "sku_text" VARCHAR(100) NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "order_id" BIGINT,
    "order_item_id" BIGINT UNIQUE,
    "rating" SMALLINT NOT NULL,
    "logistics_rating" SMALLINT,
    "content" VARCHAR(500) NOT NULL,
    "images" JSONB NOT NULL,
    "has_images" BOOL NOT NULL,
    "tags" JSONB NOT NULL,
    "is_anonymous" BOOL NOT NULL,
    "is_hidden" BOOL NOT NULL,
    "is_auto" BOOL NOT NULL,
    "reply_content" VARCHAR(500) NOT NULL,
    "replied_at" TIMESTAMPTZ,
    "view_count" INT NOT NULL,
    "like_count" INT NOT NULL,
    "comment_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_reviews_rev_shop_id_f6e6f2" ON "reviews_review" ("shop_id");
CREATE INDEX IF NOT EXISTS "idx_reviews_rev_user_id_7b502f" ON "reviews_review" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_reviews_rev_order_i_bcc05c" ON "reviews_review" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_reviews_rev_product_b5a1d7" ON "reviews_review" ("product_id", "is_hidden", "created_at");
        CREATE TABLE IF NOT EXISTS "reviews_review_comment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "content" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "review_id" BIGINT NOT NULL REFERENCES "reviews_review" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "reviews_review_like" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "review_id" BIGINT NOT NULL REFERENCES "reviews_review" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_reviews_rev_review__8c2522" UNIQUE ("review_id", "user_id")
);
        CREATE TABLE IF NOT EXISTS "reviews_review_tag" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "product_id" BIGINT NOT NULL,
    "name" VARCHAR(20) NOT NULL,
    "review_id" BIGINT NOT NULL REFERENCES "reviews_review" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_reviews_rev_review__cedd34" UNIQUE ("review_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_reviews_rev_product_9a7dde" ON "reviews_review_tag" ("product_id", "name");
COMMENT ON TABLE "reviews_review_tag" IS 'One keyword tag of a review, a row each so filtering and counting by tag stay in SQL.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "reviews_review";
        DROP TABLE IF EXISTS "reviews_review_like";
        DROP TABLE IF EXISTS "reviews_review_tag";
        DROP TABLE IF EXISTS "reviews_review_comment";"""


MODELS_STATE = (
    "eJztXWtz2zbW/isYfakzr+KJJct23ExnbNfpunXibOy+7WzcoSESklBRBJcgrWh2898XAC"
    "/i3YRCyhSNL4lF4vDyHBA458E5B//pLYiBTLr/Kxn3TsF/ehZcIPZH/HAf9KBtrw/yAy4c"
    "m6KdThyk/R20GlPXgbrLjk+gSRE7ZCCqO9h2MbF46zPgWdgFZALYheAKGWBJnHkfLB3sus"
    "gC2ALuDAHKHgKwS1mUXY2JAkjFcX0GrSk7M4MusBAyKMDuPr+zQXR2a2xNm7wJu+q/PaS5"
    "ZIpYO4fd6stf7DC2DPQVUf7zS4+60PUEQgZrCt3eX7yJPdcmGJlGAmFs8GbiuOaubHHsHE"
    "+vLPe9aMuvMdZ0YnoLa93eXrkzYkUC2HL50SmykANdxO/gOh5H3vJMM1BSqAz/BdZN/CeP"
    "yRhoAj2T649L+w+wPtbTtI83d9rt5Z2m9TK6DSVimggO6cTi/YI9KhUATPkjvH47GAyHx4"
    "M3w6OT0eHx8ejkzQlrK543e+r4m/8wa7T8SwnMrn65+njHH4iwzuf3Sn7gm5CBLvSlhILW"
    "6Iv/M/hfzKCTj37YPoU/e7E0/iHaZQoID6w1sP5gtqGCBfyqmciaujP28+DNmxJ4///s88"
    "U/zj7vsVavkiB/DE4N/HMc7zW+NlyZBOZ08V9vbz7mQxwTSaFsYN0F/wUmppneXhfavXcT"
    "z/LHgbGHTRdbdJ/f9qdeQzoogZxDxK+8oPTfZhzpvQ9nf6aVcHF9cy4gI9SdOuIq4gLnKY"
    "XM0UqmvwfNN+ruwWjSkuEm2dffHlTp628Pivs6P5eEdj3oV0V3LbG98aRnI8vgSG0H6KMq"
    "OB8Vw3yURjmYUDMo/8xwcvEC5SO9lkqPKYHYfvjHDo7jJRDfXX24vL07+/ApMZD8fHZ3yc"
    "8MxNFV6uheWh3RRcAfV3f/APwn+NfNx8v0eBO1u/tXjz8T9FyiWWSpQSOOSXg4PJRQL2S2"
    "2cJ2cz6jQosoLvK0XVSXPt80axcNDg6PD0+GR4eRORQdKbOCQosnZsGzz3EDUNNi2wP2ZE"
    "eANYk+R4Y2lppPE0K1zKqtsiGPDisM90eHhcM9P5WLsme52JQd9NOyNQz9LUO/SyO/Camr"
    "IcchTlbPd+hrwTiVlOrCF1Wm08s/78o9gkil1zcffwmbp92E5BemO4hjs4FRlZTsoGHVYy"
    "9o3FjmKuglO/K5BR269GubYAvT2UZqT4mqUbVtoyrnGifzGN/FD4yhPl9Cx9AyZ8iAFLXN"
    "nloMFukj0IJToSSOJn/OgDS+Zd4tuibTXg6hHJ3rP8kqcycZaWbQ9klu+cZCwCFLYCMHCF"
    "Gf3MWC0yETAK0VgFMG8ZSdOxVUL++lJmZydEaWFnAJ8ChyKGtqAOgZ2CUOzfLLTd6oCscc"
    "XVvgEv7QsKHI5paSzQmNVfUYEkIdpJ0Pq7DOh8Wk82GGc058C1LdPS25Pae3I31/rQT0iK"
    "wcy6K4n0cCqo9X6OMThyz8mVEG46RUB4EeDioAPRwUAs1PJYFmppU0zHEZBXIFkJlBl+f1"
    "l0yKocAW1022s2BSP4NmEbneG7bvHLSjSgvco5IF7lF2gVuxJ8Xod4s9aYlXfea5szsyR1"
    "Yvx61en+yX+dVQ14nHtKSxl5wxLzMUqBC4NUbQYQ6vkPkREKZdgF0Kbv9x9nowOgKYMl+Y"
    "ee1GH1ACIOC+0BhSBEwE52AlXhFY3O/lz+JfJi90q6nbVAre8sZ/I93V5uwolwl/K8+6tZ"
    "61ULA2g3QmZ6fFpeqZ71oU5FK/KZH+MirHuaTkOmgU1x/oEht2pEaWpJyiMDamMHQTS3IY"
    "a4nOGc/1929lOb8UyznBC361MbvaBlpPSnZQ6zui5UrBHA56JPONPu6kpFpcbpuWW+IGfy"
    "bidTMesDjer+T8OmHTp9zeYt0+7U4qh7GVDqPO+oWUZRe075yTWP/SlEqpahBcqhNbCt1I"
    "oIPw1u+T2MhZYErZU+XEypekrCXF2pG2xu/XmbS14K1ypkzCZnFo5eslJpXSyZiJNaWM6M"
    "h2cT+/ublO4H5+lY7+/f3D+SX7IoQSWCPsFjEfyjV/Ia65hDWfSHScTHI+xUDs/W+fkQkF"
    "sNk+sI7/9C+xY+r/Fnb48GjYDRoNpF3QC25/5sXRBqf6lTweuqBaaMk26vV86dlM6b7d4T"
    "msnyK1dNZSTyhSVFWLcq3Z7lmUgyoG+6DYYB9kCyAE3V8G4LVIFyGusio5KF6VHGRWJfmI"
    "Jr32mxDqIMz1L/6qzOyaE4jVUshTZlbbrepKSyH81bzFZt5UUlQthrRaz8ppVk7zlvMrmQ"
    "+dn1zpO9dVXMKobZXgT/bcr8lkgnUEgiv8CBbI4bXyXJHFSD3bNrGfETmZAOggMGbNDJ7r"
    "SPzERxvsjVcAG69y4z7rv4Nao9tRz5TnxsouJsVl1FqdWqt7TnBtSOmSsFFe1jfNCHYQ7k"
    "GlZJxBSTLOIJuMw8d++XjZtdBGPurTJnVXh+6dK33IK/w+oqbWRFXArHIw6nEwMmWxTDLF"
    "1gaKzwgrCqHNFAKPSJSev2JCKtlDagbL+PFJTWTV8J44CE+t39BKqOKKPTe09DyLOBWNum"
    "MqKFrlZocduIwc5XjXY+/O3hj5ESWf2Zfw+eqCYfw8zMjvVPj5GWJEHO9X4kW8sGkFWiSg"
    "aR2wd+8dTg7gvTc6HJ28OhVcBC8PRRxwPjgHY2+FnH1wTaaU7z4wXoE/ELOQ3D4Qa6rg/8"
    "Dth1vAV6a4ROgF5NEkW7ijok1aPHL127Og3+Iq7w2s5j+vS98y02sLHr2F9bk0SRWT6Vwe"
    "ZgPl0h7ZSCJXfSeS6By8jdSIYc6pqcn24oRQ53CuvxszMAwk1Y3XEluE17PmzPuztoPySQ"
    "WQTwoxPklDPMaOOzNgTsF7zkIUhODHZMrIh92b/Uqw5WRCZgyYBgHR1QeAaX4I9e5//Y1s"
    "NaWThQ2tlfRAm5ZTaFdBWzH+W2D8RU1ojVkCVG7oSMt1rks3s3pIPEeXS66MJLaI8Gy0q9"
    "1ZLWAVQ68WsNQCVqtVXbiAtVEK4RLpM8hrlCHLxS5GOZaETDrhH+JyV/7VVjv4/T9LXmEK"
    "tZwFkyyuFZZOkrpdVVpFKQYqZx3iC3+KYNnJRlZYl1MtTbR9aSJSW2VDNhToYARc/RRY8D"
    "FI4LuW6CDA9afAsfckkgjHRBpa8ulSgVnlIRRD310PgcdaSIc9xYRU2FNdYU9h1Mt3hj2F"
    "cTY7poKqYU+xrpcIe7o4u704+/nyuaKebmfE7uWlg/HjpaY7jxqiGg3bVQh5cpEFLfcUwH"
    "VyFkWmydDleVgi7IjykCK4ztcyHGK/pjPMTDrWasJOhqI5m+s1codcVyKsSS5AU35Ea0ap"
    "Mj9Ctv68qjsvwdKqnLC1gVvFRTsqdtGOsmsMyJxozOvyIckOIWXV7DKyqqadRE07tWC5jR"
    "UeYrnsDTZYg0/KdW7Bsn6yJ4RMOtw3I9g5sOuP+zXJlMhgHLbvHLSNxEeyWzlS8EYCCl+1"
    "R6Fi1QpYNdvYUOtJSaX1tmg9Zwk+WiNuQT2iM8Ng7+FDl96XMjjVL2OhFmgxRg7lLxs1Vl"
    "tzvDhyp62rAV3VhGJ+tlMNSNVZbjQz0yGP2JIL343LKJArgKwH4VyVqYagvQK3ArgG5g+g"
    "S204GpfpnC/cAMTIhdiUAjiS6GQfbiCLgvsz0NRkN1hLiXWuM1eh2ouZ9gzR7sKpDLpB88"
    "6helAts60ksS3DRdLombMOSNnqXFJQLc2p7aZeMFOl+MmXqPWW85Pv4SPxHH8UyjCU65P9"
    "KhzlJNG8QsAc8zUNT3dFOBu/BJgjZFMRpGayjikqeR2Nhkf33slIn7z6EbgzFAmZ+BGJAl"
    "46ZEYSmfaBgybIQcx3NYAodZ4XQbeNW+aG1MXJOP9ymsrRaRfpt3v0a0eDsVMcVvixSKGf"
    "lFP896b4Kzu0axZJ23dwmRH7PTFN8WS5cfvB2Uo2iShkP1kLVLBKxGYpkX3gy1JuF4wOjo"
    "fMOtDRCfsbvT2+994eTmBgIwipyEAQyQPVLJKmb/eUNRKW+lemSIvGX2WKtEYVz7yThjJC"
    "lBGijJCtGyHIdX3UsxZIcKrU/KB+I2Z/xFo/S9zWHEmtTgfNO7dN2EmVRZGT4kWRk2BRpH"
    "hifoSml7O69+vtzcd8qCOB9KiEdRf8lxl3dBen5hKYORSJoSeEd+/D2Z9p5C+ub87TYwq/"
    "wHm6/IRizDs2NbScMT9zGepjL58xX58snR4C/ph1vXjzJ31T5gfqI8R8wjeD41OwnEHOY4"
    "e7WyzgCkywyTls5vztLWfIAkHHe9Vno4k1R2I/UBM9IvP1kHPYaEocjHIyzZu8kYpBbrXR"
    "XTzBqUjYyJoYVrEmhsXWxDAn3cv2XB8jCYiTUh0Euv5sXCKeKCfnudhQi4ls31TrvZt4ls"
    "4fAIw9Nupii+7z+/3U64gBh6kWvn92cH8iuCgmqIKLZPL+iZNjLhdzWEHz7XGHb5qdSQcH"
    "h8eHJ8Ojw2gCjY6UzZuKmOq+99FyYurcgVbSKE6cqOR1jKOmKpNQWfFbteJbxAjWn83Grs"
    "wss5l0oZe0XOci0usvGWUi15Xb2Got0UU3qYqXVOwkqcouW63sQjUH6WSx4FutbeD0pISV"
    "46Mcn+07PrtSOc7m+czI2M5wUT9b9SwhJy3bC+Z5Qk4c9DfSN9lnLCPYuVmxkRRZxaQUo6"
    "+YlAaYlAt/WTJ3i5/oXL8Kn6LHW1dJezKhOyHOIlwZXf3or5WCA3DvDQ7eDsAg/GPYD5OP"
    "KJhBawqIFbQd5mY31XdlRfC0eqIqJnhs6CBrg3yZuFhDZkNXlRHnJdgXlAX+dgFNsxD6SK"
    "hLsdnDwfFRBDX/UQbu7Yez62tVe2u7EQe6nF0btu+cOdsIyaOIhpqIBky1R0wxf9PsfPYE"
    "UxYT3CJLFs5yO0uSKVesuHcrV6xBV6w0tDbbqC/jnEnG2kqtfH/pRXfx7efoXiqxsmWmer"
    "HflFJhdTWkBFWW36bOU+KrkVJBWlLpYFMdKLv1O+zWlkyn13jsQGd1abn57GbifKVJ1PQl"
    "NBSJVMlVGR0esX8P9QNRv2B4CqAFwgW5qKaSqK8U0pZkMuE7GKJH5KzWWxy6BOjEXgGmKs"
    "LbY0fkouSmrWzjnooabfVgVkKNtqiW0ItRh/IrlV/5TBPhJ+jARd4M6J+oNPXZUdMqU95Q"
    "H/D6gcdvxMTDOpPHhFaA2kgHMJ0RuQKQzul6GY7NNBNsmkysz4v68Gc2wNQhnp2fotnozd"
    "Qk1+pRVfmxbdPIWgPiK5JZWokEOre2Uv92BWpNsME1QeX97773/8mf4XPNnuBUNcMn1lii"
    "lvPe7affX+2DhwfbwTp6eGCmicF+UZfoc/aLeosFdDBFADMjBFn8rga4/e13CvZMskTUBU"
    "KwzwwU9hwZs6epG91bQpCbQpwdGEMmyHqmG5ZbRM4jaxxUi2ZHFqLsootssMTuLGAP2NUB"
    "pw+mSJlQ7Z+wi00oVejv2SiC5zReVQAbm4N4brA0+nEplXKwKfYudvOiXEp2MAoFOmjcHl"
    "SKyjooico6yInK8sbSIMdlOuifNZDKgRfMMpWBOBLoHL7NJJByuKQqGK0lVAGjBG1eRwGj"
    "R2wgqXTpSEB19yrdPf5kGZTv0NcCmyQl1gGsyxaFLv+8K+/Y0ZrQ9c3HX8Lm6d6e2nqFL3"
    "1IjTNrCTXO1D7OREFOUipJSim11K6WgBrifNkCU6kK0DmiSkH1K8hGutQnEwkoZdSuDM6p"
    "SikjElDKqF0ZEwfh6SxvU98Sricm1Jl1n63vacdGfTnUI5Eu5Yg+B+wac1g2gD4UU11+M+"
    "yJg6fYgqa2Qd/PyiotbBjdz9c4s+AXr2mF7TsDeH0FsKCZ54gVQxm2V1BmxmVoGMjQZBFN"
    "iylgMwtKcCpla4ftlaldvxPawnp5mdXsHrsL/5y2QxbXXy0PegbepGRbWq4DXPEWlvlUsG"
    "BdpgTxHJ8F3Cg7KVdcRWFsaiNjyt7ERO4mpXljgqosr6o4ojLDMplhauvGLms9xKilWzfe"
    "zr1eTlg8P9yvEhJPg4ZPhsPfWMhPw9PJYowtKBwbMgEwjF7fB7d+uDnNRJz/CB4e+P8+20"
    "UfHsCMmAYglm+Wx4Phm7nNvSUOAb7XI2/Brygy5v1r9sNLBb9/oEErx0COintvv6mzG/nx"
    "LzH4uq15By/A6ufDqCZ25JYOFYiJKeKsduJMZ9OxDJcTtu8ch1P/flVj6MiiGxPZHiu5q/"
    "iqZX611NweunLLWoj5FjITakpMTagNrESpGICaiPtlQfhcIZbL7oXO1VfoW2WNNb3tYFAF"
    "QX5dIyaoCqlXX9ZgQzHOT1sqNgBjImqMaFFZlTs47eVwx/xwvwp37AYN1ZbbHaXx1JbbFX"
    "L6K6X0l2T0qxiU5rZZUdZB89ZBSyazT1B0n5y6qNMnttWweSEBzQ7bVSgMZiCdCN0DLiWW"
    "Jy1AlqxDgL1kIW6Hrz6KMtuv+sAmTBtMSQC6ooKX4cCJK2p8mfgRAQfxzX2IlbcL4hbumL"
    "sJiLgFPztHokg65apXu3/sxBzd0o2Wu6qIGFsbfjRVraNIoINFj4aDCgbScFBc0XOQNpCC"
    "oagquEHzDkJb//KOGN4lsA3bd46uqr/I75y9lVS3Ddp3sN/WD64qM9fosCDMRi20FqVtil"
    "xxFc2/qXlhe2MT0xkyNtdI4SWUVjbVior3L1bIbkZ+q3j/l6j1lsf7czrrczBm9wroruh8"
    "/2nay4m3fZr6sgBeLDxxDUAtaNMZcYPwfM5LsV7hLZDlngbV4ynke9StWSf/aDD78BB+Yq"
    "Ecuqupu6jlplZPpiVR/Ezt8kbOWkjF729q1ljeYpxHZhWivhboUrxnbYtSigZosFhCODFk"
    "AS6OzozLbD80s0Gwt57VELgxYyl2NinVOR7x6LBCHz86LOzj/JTyM7vtcbR8x9FbBB199n"
    "M4TOYlGydblHodVLTV4qPu027HHzPoAl+S7/Dp8s2tuaHPY18o3xeUjdCxvbDHq1N2UOx1"
    "zZwGvu4dRKwBhyz7YI5s3oa7CazjZN2PRu92b91bV2Kv0jmyqL8MP0YUG3xTL56GDIHv9/"
    "BV/ZvPH9jFLIt5Pz4iYwT2IHh4cOkj0l3iPDz4e3VBwGw5ID67e4tY4JPf+27/ed3ngQLv"
    "725HwWXZSXYUu+hVHwQDAn86CGbsFV8vHey6yAILPHVE6vX3uk1tSr9VfpTKxt22KtQ2YK"
    "1RQGu3Aes+9CprVJXG3XnmZgeq4+4QmsqNLYR6R9zWnIWy7PqoyTxyGToobN+1Sgz1hzxx"
    "pDQbWyssVRc2JdY1nA8qAX1QgvRBAdTYwi6GplS944xg1+Cuv1uPCaE5U8J7k8AiCz2USI"
    "E74SJNDf8H+01lQZUA+vPN7+fXl+DT58uLq9urgMKPhntxkh9aJ+h8vjy7bk+Gjk8Tvoc6"
    "KmER/dP9ChTiJGpZIWPH5/HAHK2yBB606JJzfC455dQanJ6+44/208MDz6Z5eODbzZ2+iz"
    "adA9j46fSdKJDFmuQl6zR7s6fZuC+9CJsYj/aXim1oJSfXJor0JZIT0bdSdVZff1wdXJMf"
    "VbKfRiX200jM6a2ac65JbqGD9ckq841JqlU78EvY+stHweIMmwmWxDH6YMLG+BmbEIiz6g"
    "Me1Oa3Q/4CE1/yCQRFZwB7997R4YF+7x0bgwH7e/jmmP07On7zKjvtbO2uKoiu1QNb8UQT"
    "9AeZoS4msjXXZWtjXaWhrmSkG2WcF48iR3oejwmpBYYN53AHUfYWDFQvL/irEPq0mGJqd5"
    "6p3Wpf71a8USKhEjkLmYkibN81gqv+OYIjtQFvmxLrGs7DSuUBhyXlAYfZ8oACs01424xg"
    "1+Cuv1sH/oU2w4aBcnp2acGlrLDaamo3qi5dEOsRORS6BeloifP9Mi97gSiFUwYm6xcpmU"
    "oetzvjszEYI3eJEA+j5GFrfL8X7uP6v/j+MEEw28ODeBOeHBYvn/QD5UWVmDvsPPLtYtht"
    "5vmedmN34/GhxGaX3Auspz6wiDvjNZwoxMYrcO8NDt4OwBJiUdhJVH8Kb05tMkdcADBtWS"
    "5YITcSYADyWNM9aPkn7y2o68hmd4ia6CahyOAb7PBtOoE+g9YU8ew5c8VfmHjTGX8ndhbR"
    "/biWqAQ1HYsmDLYDVcR0O/mCZ/Fm22biv5xNcxSP0M4tjXNyl/gEsR1DsYENjfnkI92541"
    "Kqd2/Yu01IXc23s+SzqXOEVbGYTTXhWdx81JgRqPEJU4KyzJFUlX9L4BUDx2b4RqIK4N3m"
    "hFUSaj2ksCp21DWt58RwyxY7ilE+vnGQYz6fB5Lvf/uMzIjXSXWDgDH64F9lB/vAt7DXh0"
    "fjaDZFwIVw5XBvMSSr0G6LWPMKEZWcsUUGJ4lcEIjugzv01eUsl0h6Rl/ZJcwVgBRQv1oT"
    "1aHNSauABzMwtU24+oGCv8k4L5CykXvk1jlnwgZytLDaSvDTN3N1EwfOhyp83iJruiTLOa"
    "nMyq58UqyL0X21e/OJD0WCq4qLKTdyUzdyPTJJdPOE0EadvG3YN1xxR5XsanAAGRMjp15U"
    "cbmusL0q1VVDqS7lvnfFkavivsdXbOWrkGSFuxQtuYWJO+NT52smq5b3zAnCU+s3tBKquW"
    "LPD63c4hgFQRc7ppIiP5odduAy8rbyuiT7gyGA/ECZi7Pbi7OfL3vfnic0hldhRstejmMe"
    "nOmX+eWOaOPXZw7aNrnN5pdUOhmmsWCs2KCvYjXa6fK2O4mwoyN6whGee/JecCSjXODvwd"
    "1FX6USOOMynas4e1ApkvqgJJL6IBtJ3da6gV0d6FUQ3vMjT5xNmM24lApU+j7oXbTYFP+1"
    "aC1KeDEWZiylEvL48iz4twtomsUZlZFUl2zJ4eD4KAKb/yiD9/bD2fV1TvAdmWLqYp25dB"
    "shmyffIbOxDojZld3caK+SxZC1SOcswVElS3BUYgmOspYgXuSHeBQz9muJ7XP2vXcTz9I5"
    "jGDsYZN9N3Sf3++npjSwbSZ/BqlWpJLylLuEoEq3eyLdLpFWCqdSH0DYXnX/2rs/phq0iL"
    "VakLysjdIPIC2qPgGJTyBBD8uBrnJ8N0WcL+5t0MkDKYW2BNoOss2VtoE9mRFUVmUVq5LD"
    "hjcKSEhK1hCQ0DL3aEfiD3ICybMBCHwlU7pGU1JIpeJkeAU8R9KgJoUUqFkmYcF3J5PGNS"
    "OnoFWpYy819myjJKLgC/rOJCI/wubCv9YO9oTCVKL0yF8LTtfsQl0FyYVTzSHLWnC6g9Mu"
    "wdR88Fv4ARbGwMW+0KqhcJoek2kyJE5FurUy0q2tAREvINZqV9bXtpYOM6jEhQxKuJBBlg"
    "tRBnIx+t0ykJMMmJjcZAe2hJga2upKyFhH3X9nKsY61H/H1FA1CSPRAduXfiFcm0LzM3R8"
    "KtueZihQq+H5JYliaKyoagOtGSqUQdoiVShTSZlKylRSplJb1NARU4mzm4WWUkB9VjaUXC"
    "ixWVqwyxRgQoBMAAT+Rfr8L7IECOozQEmwrSav7cSLrIslNv5jvBKCrHutALbA7T+v80u2"
    "N3KXp605AWfalEun264bKQOvdQaeyq19ZjNP/J+Bvph0DNt3knGsRDhKbLitrCllTbVJDT"
    "tvTZ0x60Gf5ZlSwZlSOwqu27RmcfOl2BnfGeNUbEHwMjW5pX2K57CYSBensdGoyjw2GhVP"
    "ZPxcamcJ9lFJIBw07yC6jZSAKFz8LU58Kl78VeX6Tp/IcpIInqt/Mvv2PzBYkM4="
)
