from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_brand" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(40) NOT NULL UNIQUE,
    "english_name" VARCHAR(60) NOT NULL,
    "letter" VARCHAR(1) NOT NULL,
    "logo" VARCHAR(500) NOT NULL,
    "is_recommended" INT NOT NULL,
    "sort" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "shop_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL
);
        CREATE TABLE IF NOT EXISTS "catalog_category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "parent_id" BIGINT,
    "level" SMALLINT NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "icon" VARCHAR(500) NOT NULL,
    "sort" INT NOT NULL,
    "is_visible" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A platform category; level 1 → 2 → 3, products hang on level 3. */;
CREATE INDEX IF NOT EXISTS "idx_catalog_cat_parent__ec63f9" ON "catalog_category" ("parent_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "catalog_brand";
        DROP TABLE IF EXISTS "catalog_category";"""


MODELS_STATE = (
    "eJztXWlz2zYa/isYfUpmlUxMW7aS7OyM7DitWx87trvpNOlwIBKSWFEAS4B2NG3++wIU78"
    "uESsoUg0+2ADw8nhcE3gvAX4MVMZFNX/9EpoN34K8BhivE/0kWD8EAOk5cKAoYnNp+O4O4"
    "SP8jaDWlzIUG4+UzaFPEi0xEDddymEWwaD0BHrYYIDPALwTXyASPxF0OwaNrMYYwsDBgCw"
    "QofwjAL4UpvxqHAkj9cmMB8ZzXLCADGCGTAou9Fnc2icFvbeF5mzfhV/3TQzojc8TbufxW"
    "n3/nxRY20VdExc/PA8og83yGTN4UssHvoomz1GcWss0Uw5YpmvnlOls7ftmpNb/A7KPfVl"
    "xjqhvE9lY4bu+s2YLgCGBhJkrnCCMXMiTuwFxPMI892w6EFApj8wJxk82TJzAmmkHPFvIT"
    "6M0DxGUDXb++udfvzu91fZCTbYhISCIoMggW/YI/KvUJmItHePVW0w4PT7Q3h8fj0dHJyW"
    "j8Zszb+s+brzr5tnmYmK3NpXzOLn64uL4XD0R459v0SlHwzcdABjcoX0Ax+/7fHP9nC+gW"
    "sx+2z/DPXyzLf8h2lQDCglgC8QezCxGs4FfdRnjOFvznwZs3FfT+b3J79uPk9gVv9TJN8n"
    "VQpW3qBN8xvw5c2wQWdPGf7m6uiylOQDIsm5bBwN/AtmiutzfF9uDfMw9vxoGpZ9nMwvS1"
    "uO1/Bi3JoIJyQZG48orSP+0k0y+uJr9mhXB2eXPqU0Yom7v+VfwLnGYEskRrmf4eNN+quw"
    "ejSUeGm3Rff3tQp6+/PSjv66IuTW086NdlN0bsbjwZOAibgqndEH1ch+fjcpqPsywHE2qO"
    "5Q+cJ2atUDHTMSo7pgSw1+E/eziOV1B8f3F1fnc/ufpvaiD5MLk/FzWaX7rOlL7IiiO6CP"
    "h0cf8jED/BbzfX59nxJmp3/9tAPBP0GNExedShmeQkLA6LUuKFXDdbOazgMyrViJKQp/Wi"
    "puT5pl29SDs4OjkaHx4fRepQVFKlBYUaT0KD55/jFqRmYbsjdrwnxNrEWCJTn0rNpylQI7"
    "Nqp3TI46Maw/3xUelwL6oKWfYws2zZQT+LbWDo7xj7fRr5bUiZjlyXuHk536OvJeNUGtWH"
    "L6pKpue/3ldbBJFIL2+ufwibZ82E9BdmuEhws4VSlUb2ULEa8Bc0b7C9DnrJnnxuQYeu/N"
    "pmFrboYiuxZ6BqVO3aqCp8jbNlwt8lCqbQWD5C19RzNUQjZW3zVSttlS2BGM59IQk2xXMG"
    "TuM7bt2iSzIfFDiUo7rhk15lYSQj3Q7aPulbvsEIuOQROMgFPnTj3LV8nw6ZAYjXAM45xX"
    "Ne98539YpealscRxfkEQNGgEeRS3lTE0DPtBhxad6/3OaN6viYo2v7vIQ/dMtUzuaOOptT"
    "EqtrMaRAPXQ7H9XxOh+VO52Pcj7n1Lcg1d2zyN0ZvT3p+7EQ0APCBZpFeT+PAKqP1+jjM5"
    "esNjOjDMdpVA+JPtRqEH2olRItqtJEc9VKmuYkRpFcg2Su0BVZ/RWTYgjYYdxkNwGT5j1o"
    "mMj13rB976gd1QpwjyoC3KN8gFt5T8rZ75f3pCNW9cRji3uyRHhQYFbHlcMquxoaBvG4lH"
    "T+kgtuZYaAGolbUwRdbvD6mPeAcOkCi1Fw9+PklTY6BhbltjC32s0hoARAIGyhKaQI2Agu"
    "wdp/RYCF3SueZXOZotSttm5TK3nLm/6BDKYveanAhL+VZd1Zy9oXsL6AdCGnpyVRzcx3HU"
    "pyaV6VyH4ZtfNcMrgeKsXNJ7okhh2pkSWNUy6MrV0Yhm1J+jBiRO+U5+b7t9KcvxfNOeUX"
    "/OpY/GpbSD2N7KHU90TKtZI5XPRAllt93GmkCi53TcodMYNvif+6OQvYLx/WMn7dsOlTZm"
    "+5bJ82J5XB2EmD0eD9QkqzC9r3zkhsPjSlllS1SC41iCPFbgToIb3N2yQOclcWpfypCnLl"
    "K5aspWHdWLYm7tebZWvBWxVMmYTP4hAXyyWByshkymFtCSMq2S3vpzc3lyneTy+y2b+/XJ"
    "2e8y/CFwJvZLEyz4cyzb8T01xCm08tdJzNCj7FAPbx51tkQ5/YfB+I8z83l9gz8X8LO3xY"
    "GnaDVhNpV/RM6J9FebRB1bCWxUNXVA812Vatns8Dhwt9o3d4Lu+nSIXOOmoJRYKqq1HGku"
    "2fRqnVUdi1coVdy2+AEHR/GYJjSB8prhOV1MqjklouKilGNOnYbwrUQ5qbD/6qldkNLyBW"
    "oZCn1Kyua9W1QiHi1bzVdtZUGqqCIZ2WszKaldG84/WV3IYuXly5Ma7rmIRR2zrJn/y5X5"
    "HZzDIQCK7wHqyQK/bKY/4qRuo5jm1tVkTOZgC6CEx5M1OsdSSbhY8OeDFdA8t8WZj32fwd"
    "VIxuTy1TsTZWNpiUxKhYnYrVPSe5DqT0kfBRXtY2zQF7SLdWazGOVrEYR8svxhFjv3y+bA"
    "zaykZ9WqXu69C9d1sfih1+H1BbMVGVMKsMjGYMjNy2WDaZW3gLwefAyoXQZReCyEiUnr8S"
    "ILXYQ2oGy9nxaUnkxfCRuMia45/R2hfFBX9uiI0ijTiTjbpnIiiLcvNiFz5GhnKy6/F352"
    "+MNhklt/xLuL044xw/j2fkF+rb+TnHiF8+rOUX8cKmNdwigZvWBS++eEezA/jFGx2Nxi/f"
    "+b4IsT0UccGpdgqm3hq5r8ElmVNx+sB0DT4hriGxIfBjquBf4O7qDojIlECEVkCRm2QHd1"
    "Rukw6PXMPuBPQ7vMt7C9H85zXpO6Z67cCix5axlHZSJTC9W4fZwnZpD3wkkdt9J0L0jt5W"
    "9ojhxqmty/biFKh3PDffjTkZJpLqxjFih/R6eMmtP7wblsc1SB6XcjzOUjy1XLYwYcGG98"
    "ILUZKCn8BUOR/2b/ar4FY4E3JjwDxIiK4/AMyLU6j3/+tv5agpg6wciNfSA20Wp9iuw7by"
    "+O/A4+/vCa1zTYDKDR1ZXO+6dDvRQ+K5htziygixQ4YXo33tziqAVU69CmCpAFanRV0awN"
    "pqCeEjMhZQ7FGGMLOYhQo0CZnlhJ/8y11srrbew+//WdYVZlgrCJjkea0ROknLdl0rilJO"
    "VEEc4rN4iiDs5CAc7supQhNdD01EYqutyIaAHmbANe8CCz4GCX5jRA8Jbn4JHH9PIslwAt"
    "JSyKdPG8wqC6Gc+v5aCCLXQjrtKQFSaU9NpT2FWS//MO0pzLPZMxHUTXtKdL1U2tPZ5O5s"
    "8uH8ubKe7hbEGRQtBxPllaq7yBqiOg3b1Uh5YghDzN4BGC/Oosi2ObtiHZafdkRFShGM12"
    "uZLnFe0YXFVTreasYrQ2jB4Xqt3KHQlAj3JPdJU3ZEZ0apKjtCdv95te+8hJdWrQmLFdw6"
    "JtpxuYl2nI8xIHumc6trQ0l+CKnazS6HVXvaSexppwKWu4jwEMz4G2wRg0/jehewbN7ZE1"
    "Imne6bA/aO7Obzfm0yJzIch+17R20r+ZH8Vq4UvRFA8avOKFRetRKvmmNuKfU0Ukm9K1Iv"
    "CMFHMeIO7Ec0MU3+HhvqsudSBlXDKi/UCq2myKXiZaPG6miO786509VoQF8loTw/u9kNSO"
    "2z3OrKTJc8WFgufTeJUSTXINkI0rlquxqC9orcGuSalngAQ+rA0SSmd7ZwCxQjBi1biuAI"
    "0cs+3MIqCmHPQFuXPWAtA+tdZ67jai/3tOcc7QzOZdgNmveO1YN6K9sqFrblfJE0eua8AV"
    "IVnUsDVWhOHTf1HXuqlH/ye5R6x/2Td4ixDev5FLmgaliZJbdpRHWaaP0sDsolkjLDgua9"
    "2w97XGf2H5fP/uNg9i/3RT5A2ytQY8tPAo0Auz8DtP3E2CKaWzntU00NamrY6dRw6kKcHm"
    "JTFZXTgsEHD5vM9WnUVAWtehoqKZ8onjd00qE5ufnACb8ynzYX0jmFWVzvnB/NZyfbXLGV"
    "20MtRvTQP3pQx7lU7ltSSYQ7TSKkuosMslqJXf1kU+vzYOXAk8mtJ26Bpl5+4krQXB0Juq"
    "+LFBwROkfmboaL5pcpdPScoN1Odc+SYqRc/eUC2U/LvuOHZJ7xDjAnbuHuRlHdsI59byRb"
    "11gi7diQzYi7AiHwPbDRA7LBAfjiaQdvNaCF/xwOAR9QTc9gFCwgngOCg7aHRUujG7yycj"
    "h0euCsOOUBuggz6UksBVPH3W05i/lfUJ74uxW07VLqI1Cftis51E6OI6rFjypy764ml5cq"
    "7bhC1T2sYxgfltvFh3mz2JDbOjhsr5wOdZwOyvBtyPC1qP5gUUu8aX4+e8JzkwDu0GsTzn"
    "J767RRplh571amWAum2AS5lrEYFC0P3NQMK7eXjdt0Jr76vdg6/3CYr8ivQS6VPBYlAemh"
    "AqiNRnVS8kej8pR8UZc5RsJxZBgOmveQ3ZbOncEM4YJJtDxLLAFReWKSeWLPOpl9+z863F"
    "v+"
)
