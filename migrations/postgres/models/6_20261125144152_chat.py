from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "messaging_conversation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "shop_id" BIGINT,
    "status" VARCHAR(16) NOT NULL,
    "agent_id" BIGINT,
    "last_message_id" BIGINT,
    "unread_for_user" INT NOT NULL,
    "unread_for_agent" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_messaging_c_user_id_ec900a" ON "messaging_conversation" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_messaging_c_shop_id_1d14a8" ON "messaging_conversation" ("shop_id");
CREATE INDEX IF NOT EXISTS "idx_messaging_c_agent_i_aa3e50" ON "messaging_conversation" ("agent_id");
CREATE INDEX IF NOT EXISTS "idx_messaging_c_shop_id_ed4a33" ON "messaging_conversation" ("shop_id", "status");
COMMENT ON TABLE "messaging_conversation" IS 'One thread between a shopper and a shop; ``shop_id`` null is the platform''s own service desk.';
        CREATE TABLE IF NOT EXISTS "messaging_message" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sender_kind" VARCHAR(16) NOT NULL,
    "sender_id" BIGINT,
    "client_id" VARCHAR(64),
    "kind" VARCHAR(16) NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "conversation_id" BIGINT NOT NULL REFERENCES "messaging_conversation" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_messaging_m_sender__e68b0f" UNIQUE ("sender_kind", "sender_id", "client_id")
);
COMMENT ON TABLE "messaging_message" IS 'A stored chat message. Text is kept exactly as sent: escaping is the display''s job.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "messaging_message";
        DROP TABLE IF EXISTS "messaging_conversation";"""


MODELS_STATE = (
    "eJztXVlz2zi2/isovYxdV3HFkrckU1Nlu5Npd5w4N3bf7pq4i4ZISEKLAjgEaEU1k/9+AX"
    "ARd5NqUaZovCQWeA6X74Dg2fGf3pxayGYHv9BR7y34T4/AORJ/xIf7oAcdZzUoBzgc2YrO"
    "pC4y/gyoRoy70ORifAxthsSQhZjpYodjSiT1OfAI5oCOgTgRXCILLKg764OFizlHBGAC+B"
    "QBJm4CiFMRJs4mWAFkatycQjIRR6aQA4KQxQDmB/LKFjXFpTGZNHkRcdZ/e8jgdIIEnSsu"
    "9e0PMYyJhb4jJn9+6zEOuacQsgQp5L0/JIkzM8YY2VYCYWxJMjVu8KWjxi7w5IrwD4pWnm"
    "NkmNT25mRF7yz5lJKIARMuRyeIIBdyJK/AXU8iTzzbDoQUCsN/gBWJf+cxHguNoWdL+Ulu"
    "/wZWYz3D+HxzZ9y+vzOMXka2IUdMEsGQSYmcF+JWmQJgIm/h1ZvBYDg8HbwenpwdH52eHp"
    "+9PhO06n6zh05/+DezQss/lcLs6p9Xn+/kDVEx+fxZKQd+KB7Ioc+lBLRCX/2fwf9yCt18"
    "9EP6FP7iwdL4h2iXCSAcWElg9cJsQwRz+N2wEZnwqfh5+Pp1Cbz/d/718ufzr3uCaj8J8u"
    "fg0MA/JvFe4evApU1hzhT/5fbmcz7EMZYUyhY2OfgvsDHLzPZNod37+9gj/jow8rDNMWEH"
    "8rL/6DUkgxLIJUTyzHPG/m3Hkd77dP57WgiX1zcXCjLK+MRVZ1EnuEgJZIaWdeZ7QL7WdA"
    "9Wk5YsN8m5/uawylx/c1g81+WxJLSrRb8quiuO7a0nPQcRSyK1HaBPquB8UgzzSRrl4IOa"
    "QfkngRPHc5SP9IorvaYEbAfhHzu4jpdAfHf16f3t3fmnL4mF5Kfzu/fyyECNLlOje2lxRC"
    "cBv13d/QzkT/Cvm8/v0+tNRHf3r568J+hxahC6MKAVxyQcDocS4oVCN5s7POc1KtSI4ixP"
    "60WbkufrZvWiweHR6dHZ8OQoUoeikTItKNR4Yhq8eB3XADXNtj1gz3YEWJuaM2QZo1rf0w"
    "TTRr6qrdIhT44qLPcnR4XLvTyUi7JHOLbrLvpp3g0s/S1Dv0srvw0ZN5DrUjcr5zv0vWCd"
    "SnJ14Y0qk+n73+/KLYJIpNc3n/8ZkqfNhOQbZrpIYrOGUpXk7KBi1RMPaN0QexnMkh153Y"
    "IJXfq2jTHBbLqW2FOselVt26oqfY3jWczfJQdG0JwtoGsZmSN0QItos4fmg3l6BBI4UUKS"
    "aMr7DJzGt8K6Rdd00stxKEfH+k96laWRjAw7oH3St3xDEHDpAjjIBYrVd+5i5dOhYwDJEs"
    "CJgHgijr1Vrl45S20s+NiULgjgFHgMuUyQWgB6FubUZVn/cpMXquJjjs6tcAl/GNjSzuaW"
    "OpsTEqtqMSSYOuh2PqridT4qdjofZXzOiXeh1nRPc27P6O3I3F8JAT0ikqNZFM/ziEHP8Q"
    "pzfOzSuf9lrINxkquDQA8HFYAeDgqBloeSQAvVqjbMcR4NcgWQhUKXZ/WXfBRDhi3GTbYT"
    "MNm8B43QerM3pO8ctMeVAtzHJQHu42yAW3tPitHvlvekJVb1ucend3SGSC/HrF4d7JfZ1d"
    "A0qSekZIiHnAorM2SokLg1QtAVBq/ieQeokC7AnIHbn89fDY5PAGbCFhZWu9UHjAIIpC00"
    "ggwBG8EZWKpHBETavfJe/NPkpW41dZlKyVve6E9kcmMmRiVP+Ftb1q21rJWAjSlk03p6Wp"
    "xrM9+7FiW5bF6VSL8ZlfNcUnwdVIo3n+gSW3ZqrSxJPu3CWNuFYdq4pg9jxdE55Xnz81tr"
    "zi9Fc074Bb87WJxtDaknOTso9R2RcqVkDhc90tlaL3eSUweX2ybllpjBX6l63IwFrMb7lY"
    "xfNyR9yuwtlu3T5qQ2GFtpMJpiXtTS7AL6zhmJmw9N6ZKqBsFlJnVqoRsxdBDezdskDnLn"
    "mDFxVzm58iUla0m2dpStyet1pmwteKqcTyYVX3FI8uUS40rJZCTYmhJGNLJd3C9ubq4TuF"
    "9cpbN/f/108V68EUoIggjzIs+HNs1fiGleQ5tPFDqOxzmvYsD24eNXZEMFbHYOrPI//VPs"
    "mPh/hBM+HA2nQaOJtHN2KfXPvDza4FC/ksXD5swINdlGrZ5vPUcI3dc7PFfMU6RDZy21hC"
    "JBVdUoV5LtnkY5qKKwD4oV9kG2AUIw/esAvGLpIsRVopKD4qjkIBOVlCta7dhvgqmDMG8+"
    "+KsrszdcQKxDIU+pWW3XqiuFQuSjefP1rKkkqw6GtFrO2mjWRvOW6yuFDZ1fXOkb11VMwo"
    "i2SvKnuO9XdDzGJgLBGd6BOXJlrzyuqhiZ5zg29isix2MAXQRGgsyStY7UL3x0wN5oCbC1"
    "n5v3ufkr6Bjdjlqmsja2bjApzqNjdTpW95zgOpCxBRWrfF3bNMPYQbgHlYpxBiXFOINsMY"
    "5c++vny66Y1rJRn1apu7p071zrQ9nh9xE1FRPVCbPawNiMgZFpi2XTCSZrCD7DrF0IbXYh"
    "yIzE2t+vGJMu9qj1BcvY8UlJZMXwgboIT8hHtFSiuBL3DYmZpxGnslF3TARFUW4x7MJFZC"
    "jHp554dvHEyM8o+SrehK9XlwLj5/GM/MqUnZ9xjKjxfiW/iBeSVnCLBG5aF+zde0fjQ3jv"
    "HR8dn+2/Vb4I2R6KuuBicAFG3hK5B+CaTpjcfWC0BL8hoSHxPlAxVfA/4PbTLZCRKckRWg"
    "F5bpItXFG7TVq8cvXbE9BvcZf3BqL5z2vSt0z12oJFT7A5q+2kivF0rg6zgXZpj2Ilqdd9"
    "J+LoHLyN9IgRxqlt1J3FCabO4bz5aSzAsFCtabzi2CK8HpkJ649sB+WzCiCfFWJ8loZ4hF"
    "0+tWBOw3vphShIwY/xlDkfdu/rV4KtdCZk1oBJkBBdfQGY5KdQ7/7b38hWUyadO5Asay+0"
    "aT6NdhW0tcd/Cx5/1RPaEJoAq7d0pPk6N6WbiR5SzzXrFVdGHFtEeHq8q9NZB7CKodcBLB"
    "3AarWoCwNYa5UQLpA5hbJHGSIcc4xyNIk65YS/qdNd+Wdb7uD7/yx1hSnUcgImWVwrhE6S"
    "sl1WiqIUA5UTh/gm7yIIOzmIhH05dWii7aGJSGyVFdmQoYMZcJt3gQUvQw18VxwdBHjzJX"
    "DiOWlNhGMsDYV8utRgVlsIxdB310KQuRa1055iTDrtaVNpT2HWy19MewrzbHZMBFXTnmJT"
    "L5H2dHl+e3n+0/vnynq6nVKnl1cOJsdLVXeZNcQMFtJVSHniiEDC3wK4Ks5iyLYFurIOS6"
    "UdMZlSBFf1WpZLnVdsioVKJ6jG4mDImrO5XiNXyDUlwp7kCjRtR7RmlSqzI+r2n9d952t4"
    "aXVN2ErBrWKinRSbaCfZGAOyx4awunxIsktIWTe7DK/uaVejp50OWG4jwkMJF0+wRgw+yd"
    "e5gOXmnT0hZLXTfTOMnQN783m/Np3QOhiH9J2DtpH8SHEptxa8EYPGV+9RqL1qBV41x1pT"
    "6klOLfW2SD0nBB/FiFvQj+jcssRz+NCl96UMDvXLvFBzNB8hl8mHjYj11hwvzrnT1mhAVy"
    "WhPT/b6Qak+yw3Wpnp0kdM6qXvxnk0yBVANoN0rsquhoBeg1sBXAvLGzBrbTga5+mcLdwA"
    "xIhDbNcCOOLo5BxuoIpC2jPQNupusJZi69xkruJqL/a0ZxztHE7qoBuQdw7Vw2qVbSWFbR"
    "lfJIvuOWuAlEXnkow6NKe3m3rBnirtn3yJUm+5f/IDfKSe669CGQ/l6mC/io9ynCCvkDAn"
    "bE3LM7lKZ5OnADOEHKaS1GwxMVUnr5Pj4cm9d3ZsjvffAT5FEZONH5Fq4GVCoSTRSR+4aI"
    "xcJGxXC6hW53kZdNu4ZG5KXdwZ55/O0DU67XL67Z77taPJ2CkfVviy1EI/yaf93+vir/XQ"
    "rmkkbd/BZUqdD9S21Z3l5u0HRyvpJKqR/XjFUEErUZulRPqBz8ukXnB8eDoU2oGJzsTf6M"
    "3pvffmaAwDHUFxRQqCKh6oppE0fbmntJGw1b9WRVq0/mpVpDWieOadNLQSopUQrYRsXQlB"
    "nPuoZzWQ4FCp+sF8IqF/xKifJW9rhmpFpwPyzm0TdlYlKHJWHBQ5C4IixR/mR2h7OdG9X2"
    "5vPudDHTGkVyVscvBfodyxXfw0l8AsoUgsPSG8e5/Of08jf3l9c5FeU+QJLtLtJ7THvGOf"
    "hpZ7zC9cSJJLbOJA6Wch8Bsbo4hU5/J2VHkt/lA8b0Zpi77Jm88nFWcWn81p7VLLNF/nck"
    "I2X7RtC8W2Xmv5FUcH08YOq+TcFKfc6NrKrdZWMsNFJp3P5WYHdTsOZJl1XlOdlgPUzdHU"
    "i91nAfn23Javm1U+BodHp0dnw5OjSOeIRspUjd3t3eDIigJkbWe52Hz3hpZun/wC3O3a6V"
    "sskN207Fvu9L0UE2BC3dymz9GxfhX73oxTV0mEsyEfU3cOQsZ3wEaPyAaH4N4bHL4ZgEH4"
    "x7AfpqMxMIVkAigJaIe5+W6bO7N2OLR64SzZ/BK6iKyRQRVna+gz1lVhxO1k8QZlgb+dQ9"
    "suhD5i6lK0fjg4PYmglj/KwL39dH59rauxS1TdYRXDeFhsFw+zZrFZb0elkF47Hao4HbTh"
    "uyHDFzPjETMsnzT7PXvCcxNj3KLXJvzK7azTRptixbNbm2INmGJffEOkl2OJhYf6VQwxJ0"
    "ZcoyBp7/bLr/sAMpWEIfN4ZIbtAmB+AO6mKCz/AZgxDwEBKAO3H39lfSAmJRf/qa0GASQW"
    "mCMLw7I6pA1f6Z7ck4cHx8UmenhQ4w8PjFNzJn4xbz6HLmZIJRDL04A9my4Q40Ax9AGn4m"
    "pA0e8L689UlEuAvot70yZg+62OYhNQp64+mxcz8LvURj/FqA3wNQWgcm1qox/n0i78dbHn"
    "mOdp6SU9OUKGDhrszWw57Y1qgxzn6Zzt3kj/HjwXamot10jI0Dl8G/GNKP2zpnc6ZOmSi3"
    "TLyzN18QQTaBtr4J/l7YynattlZdLequMZDOk7A/jmcmKgnbdrcjGUIb2GMtN3AVoWsoy6"
    "iKbZNLAZnRhOcgAtLhMK6bdfJdT7+9gjpsQLjDxsc0zYgbzeP5rSNLZdO7QjKXTiMvJ92o"
    "5+10AGnQ58bWbl0FGYYqi7FYXRBY5dlnqIUUsLHL9AtW5lA2+BS6M46uYICmY4IV2FgJuF"
    "TKomHJBcgI4BJIAuiGzEpzrvhemL1AWU+G1v9vvAoWIKyP1sIQeYM2C5cOyHwWRLHOAiGe"
    "enJC/wtoUr5nbcUZeQR4MKeyaD7brnToss8pZFz3TsBqxemqr6ecTQwfjBcFAl4W9QnPA3"
    "SGvmz9kbpFXQbr4SmQVtcCsblgF95+IFm9+wQm903iC4OmLb6LKg1EYj1BZr6xS57Do9YV"
    "31wvFGsu2DMJHXlkjhKbRUdN2ndnhoN9fLlfoOuLm+Bmt2r8DdFR3vP+32cuO0T7u+CMDz"
    "uafOARiBDptSrrxRvl9KzApvjgh/C9AjcpeAwUdkxbxO/mjw9QGYSV9VjrurqavoRPBWf0"
    "zLaoEnaI1K4IhJJ4Kvq9YQTzZ4rxEIXTF0KcVtY9FQ7QZoMGYffhiyABcnqsR5dEvbv5CW"
    "Epoxo3r7Cie4OudHPDmqMMdPjoo7GB5lNm7WdmbHLI6WF7XeIuia05/CZTK3t3yCotTqYI"
    "rWiK+6T5sdv00hBz4nGGObI5cpRV8mXYm/1AotQ+NBdepo+VYMmtRZSqNBxr3DglSXLvpg"
    "hhxJI80EMXGy5kejV5OlrleChtMZIswPw48QwxYSrHJTHAh8u0dG9W++fhInI0RYPz4iIw"
    "T2IHh44OwRmZy6Dw9ggflUMAldDqjX7p5QAr74s+/2f6/7MlHgw93tcXBacVCMYo72+yBY"
    "EOTdQdk7yXq1cDHniIA5noj3viQzoKrZ1KZ90LQd1dqC2pfgH9YVtbqi9oVCrwvldInWzn"
    "tudqBKa4fQ1GZsIdQ7YrbmBMqy8VFbWOR13EEhfVOOoMy3dmfzySRShoPJEtfqfphi6xrO"
    "h5WAPixB+rAAakwwx9CuVXeXYewa3JuZ1q1ydF3Tgv0Tw4P9Cu4tm1bbO7F3I2s1fFdT4M"
    "iZoeWCulYfjKkLpljoZO6yD2QA3KdDvjNK7absM6ppILdePjk6NO+9U2swEH8PX5+Kf49P"
    "X+9nPVxbu6oOuLfaVCh2FAXzoVakcsWytWVua7HK42rtY0q6x6Q/Ks+yI7Z2RoCe0G7FUw"
    "hQvbxAcSH0aTZt1e28VbfVud6t2GSi+AK58zofipC+a8rw5r8REqk1bLwUW9dwHlbq5TYs"
    "6eU2zPZyU5itY+NlGLsG9+andWBfGFNsWShnZpe2w88y640Mn+iJ3xL7+pKSR+QyyAtS1x"
    "PH+2VW9hwxBicCTDEvUjyVLG4+lV9jMEJ8gZBMuZAhbge5ysb1f72TLcj9wPfDg3oSmUge"
    "b7XwNyYbMAhz2H3EJpIJGrN8S7uxq8lcEuqIU+4F2lMfEMqnst8Dg9jaD7fIWkCsmkCoTh"
    "HhxZlDZ0gyACEtwsES8YhBACjzUvYg8Q/eE2iayBFXiEhMmzJkHYBb1VoKmHLrLSQz7e2l"
    "fGDqTaaqibu4LXYQlxJ7eKjoGvgWzzwIWlj9of0FrfQXPIs12zYV/3mCvLrLx3NF13ejDZ"
    "/ja0m7mM+vPj61J3ecS8/uNWe3DRk3fD2rfuVVDrMuLF9XEh6R6qMhlEBDfjBruCxzOHV7"
    "yhJ41cKxHr4RqwZ4t33CumBlM05h3Riha1LfQGOEmMvHVw5y1OeLgPPDx6/Ijvw6qWkQeI"
    "w++WfZwTnwI5z14WgczaYccCFcOb63GJJV3G7zGHmFfqnSY4ss6STiIGA9AHfoO5deLlUg"
    "hb6LU9hLuaUg8zs7MBM60mkV+MEszBwbLv/GwJ90lNchtZFr5PZEFcwWco2wMjv46au5po"
    "0D40M3SW2RNl1SEZUUZmVTPsmmq/OrdNSPvyg1fFVxNm1Grl1/Fq1MNaZ5gmmtSd427Buu"
    "ztftPRpcQEbUyuktUdzaI6TXbT020NZDm+9dMeSqmO/xiG39iuUsc5eyJbfw4c7Y1PmSyY"
    "rlgzCC8IR8REslmitx/5DkFtIWJF3smEiK7Ggx7MJFZG3lTUnxh0AA+Ykyl+e3l+c/ve/9"
    "eJ7UmHPkYnPayzHMgyP9MrscrmieMsaLgd1wqcZLMV//opu82DCV0zX3FS9WJmMsHdQnB8"
    "fHVYrNjo+Lq83ksVSEWbxUNRAOyDuIbiPbfIsr8prt+GIsWm2vqbY/a57nj/8HSZNh0A=="
)
