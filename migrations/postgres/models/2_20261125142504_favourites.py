from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "members_favourite" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "product_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_members_fav_user_id_a73899" UNIQUE ("user_id", "product_id")
);
CREATE INDEX IF NOT EXISTS "idx_members_fav_product_0435db" ON "members_favourite" ("product_id");
COMMENT ON TABLE "members_favourite" IS 'A product a member keeps for later (收藏); the product lives in catalog, referenced by id.';
        CREATE TABLE IF NOT EXISTS "members_shop_follow" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_members_sho_user_id_ccb638" UNIQUE ("user_id", "shop_id")
);
CREATE INDEX IF NOT EXISTS "idx_members_sho_shop_id_d63b7f" ON "members_shop_follow" ("shop_id");
COMMENT ON TABLE "members_shop_follow" IS 'A shop a member follows (关注店铺); the shop lives in shops, referenced by id.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "members_favourite";
        DROP TABLE IF EXISTS "members_shop_follow";"""


MODELS_STATE = (
    "eJztXWtv2zYX/iuEP6V43aLxLWk7DEiydsuWNkWTvhvWDiot0bYWmdREKqmx9b+PpCVZ94"
    "ie5MgKPyUmz9HlORR17vq7tyQWcuizn8m09xL83cNwifg/8eE+6EHX3QyKAQanjqQziYeM"
    "PwOqKWUeNBkfn0GHIj5kIWp6tstsggX1CfCxzQCZAX4guEIWuCPeTR/ceTZjCAMbA7ZAgP"
    "KLAPxQmPKjcVYAqRw3FxDP+cwCMoARsiiw2TNxZouY/NQ2njd5En7Uv3xkMDJHnM7jp/r0"
    "Bx+2sYW+Iip+fupRBpkvEbI4KWS9PwSJe2PMbORYCYRtS5DJcYOtXDl2as/PMXsjacUxpo"
    "ZJHH+JN/Tuii0IjhhszMToHGHkQYbEGZjnC+Sx7ziBkEJhrG9gQ7K+8hiPhWbQd4T8BPf6"
    "AjZjPcN4d3ltXL2+NoxeRrYhR0wSwZBJsFgX/FKpBGAuLuHpi8FgODwaPB9Ojsejo6Px8f"
    "NjTiuvNzt19G19MRu01oeSmJ3/eP7uWlwQ4YtvvSrFwDfJAxlcc0kBbdCXfzP4ny2gl49+"
    "SJ/Cn99YGv8Q7TIBhAMbCWwemF2IYAm/Gg7Cc7bgPw+fPy+B9/8nH85+OvlwwKmeJEF+F0"
    "wN1nMC7w2+Llw5BOYs8Z+vLt/lQxxjSaFs2SYD/wDHppnVXhfave9mPl7vA1PfdpiN6TNx"
    "2u97DcmgBHIBkTjyktK/nDjSB29PfksL4ezi8lRCRiibe/Io8gCnKYHcoJXKeg/It1ruwW"
    "7Sku0mudZfHFZZ6y8Oi9e6mEtCu9n0q6K74djdftJzEbYEUrsBelIF50kxzJM0ysELNYPy"
    "DxwnZi9RPtIbrvSeErA9C//Zw328BOLr87evr65P3r5PbCQ/nFy/FjMDObpKjR6kxREdBP"
    "x6fv0TED/B75fvXqf3m4ju+veeuCboM2JgcmdAK45JOBwOJcQLuW62dFnOY1SoEcVZ7teL"
    "6pLn82b1osHh6Gh0PJyMInUoGinTgkKNJ6bB88dxC1DTbLsD9nhPgHWIeYMsY6r0Pk0w1f"
    "JWbZUOORlV2O4no8LtXkzlouxjZjuqm36at4atv2Xod2nndyBlBvI84mXlfI2+FuxTSa4u"
    "PFFlMn3923W5RRCJ9OLy3Y8hedpMSD5hpocENlsoVUnODipWPX6D1iV2VsEq2ZPHLVjQpU"
    "/bzMY2XWwl9hSr3lXbtqsKX+PsJubvEgNTaN7cQc8yMjNkQIpos1PLwTI9AjGcSyEJNMV1"
    "Bk7jK27dogsy7+U4lKO5/r1eZWEkI8MJaO/1LV9iBDxyB1zkAcm6du7a0qdDZgDiFYBzDv"
    "Gcz72Url6xSh2b89EFucOAEeBT5FFOagHoWzYjHs36l5s8URUfc3RsiUv4w7At7WxuqbM5"
    "IbGqFkOCqYNu51EVr/Oo2Ok8yvicE8+C0nJPc+7O6O3I2t8IAd0inKNZFK/ziEGv8QprfO"
    "aR5frNqIJxkquDQA8HFYAeDgqBFlNJoLlqpQxznEeDXAFkrtDlWf0lL8WQYYdxk90ETOr3"
    "oGGitnpD+s5BO64U4B6XBLjH2QC39p4Uo98t70lLrOoTny2uyQ3CvRyzejPZL7OroWkSn0"
    "vJ4De54FZmyFAhcWuKoMcNXsnzChAuXWAzCq5+Onk6GE+ATbktzK12qw8oARAIW2gKKQIO"
    "gjdgJW8RYGH3imtZHyYvdaup01RK3vKnfyKTGTd8VPCEv7Vl3VrLWgrYWEC6UNPT4lz1vO"
    "9alORSvyqRfjIq57mk+DqoFNef6BLbdpR2liSfdmFs7cIwHVvRh7Hh6JzyXP/61przY9Gc"
    "E37Br67Nj7aF1JOcHZT6nki5UjKHh27JzVYPd5JTB5fbJuWWmMEfiLzdjAUsx/uVjF8vJL"
    "3P7C2W7f3mpDYYW2kwmnxdKGl2AX3njMT6Q1O6pKpBcKlJXCV0I4YOwlu/TeIib2lTyq8q"
    "J1e+pGQtydaOsjVxvs6UrQV3lfPKJPwtDnG+XGJcKZlMOVtTwohGdov76eXlRQL30/N09u"
    "/Ht6ev+RMhhcCJbFbk+dCm+SMxzRW0+USh42yW8ygGbG9++YAcKIHNroFN/uf6EHsm/m/h"
    "gg9Hw2XQaCLtkp4J/TMvjzaY6leyeOiSGqEm26jV86nncqGv9Q7f4+sU6dBZSy2hSFBVNc"
    "qNZLunUQ6qKOyDYoV9kG2AECx/FYA3LF2EuEpUclAclRxkopJiR1OO/SaYOghz/cFfXZld"
    "cwGxDoXcp2a1XauuFAoRt+Yvt7Omkqw6GNJqOWujWRvNO66v5DZ0fnHl2riuYhJGtFWSP/"
    "l1PyWzmW0iEBzhFVgiT/TKY7KKkfqu69jrisjZDEAPgSkns0StI1kXPrrgYLoCtvUkN++z"
    "/jPoGN2eWqaiNlY1mBTn0bE6Hat7SHBdSOkd4bu8qm2aYewg3INKxTiDkmKcQbYYR+z96v"
    "myG6atbNT7Vequbt171/pQdPi9RU3FRHXCrDYw6jEwMm2xHDK38RaCzzBrF0KbXQgiI1H5"
    "/RVj0sUeSm+wjB2flERWDG+Ih+w5/gWtpCjO+XVDbOZpxKls1D0TQVGUmw978C4ylONLj9"
    "87v2O0zij5wJ+ED+dnHOOH8Yx8pNLOzzhG5Hi/kl/ED0kruEUCN60HDj77o9kh/OyPR+Pj"
    "Jy+lL0K0hyIeOB2cgqm/Qt4zcEHmVHx9YLoCvyKuIbE+kDFV8D9w9fYKiMiU4AitgDw3yQ"
    "7OqN0mLd65+u0J6Le4y3sD0fyHNelbpnrtwKLHtnmj7KSK8XSuDrOBdmm3fCdR674TcXQO"
    "3kZ6xHDj1DFUV3GCqXM417+MORgWUlrGG44dwuvjG2794d2gfFwB5ONCjI/TEE9tjy0smN"
    "PwXnghClLwYzxlzof9e/uVYCucCZk9YB4kRFffAOb5KdT7//Q38qkpkyxdiFfKG22aT6Nd"
    "BW3t8d+Bx1/2hDa4JkDVto40X+eWdDPRQ+J7plpxZcSxQ4QX431dzjqAVQy9DmDpAFarRV"
    "0YwNqqhPAOmQsoepQhzGxmoxxNQqWc8Fd5uPP10VZ7+Pw/SF1hCrWcgEkW1wqhk6RsV5Wi"
    "KMVA5cQhPomrCMJOLsJhX04dmmh7aCISW2VFNmToYAZc/S6w4GFQwHfD0UGA6y+B4/dJFB"
    "GOsTQU8ulSg1ltIRRD310LQeRaKKc9xZh02lNdaU9h1st/THsK82z2TARV055iSy+R9nR2"
    "cnV28sPrh8p6uloQt5dXDibGS1V3kTVEDRrSVUh5YghDzF4CuCnOoshxOLqiDkumHVGRUg"
    "Q39VqWR9yndGFzlY5TzfhkyJrzcb1GzpBrSoQ9ySVo2o5ozS5VZkeo9p/XfecVvLS6Jmyj"
    "4FYx0SbFJtokG2NAzszgVtcakuwWUtbNLsOre9op9LTTActdRHgIZvwOtojBJ/k6F7Cs39"
    "kTQqac7pth7BzY9ef9OmROVDAO6TsHbSP5kfxUnhK8EYPGV3+jUHvVCrxqrrWl1JOcWupt"
    "kXpOCD6KEbegH9GJZfH7WEOX/i5lMNUv80It0XKKPCpuNiLWn+Z4dM6dtkYDuioJ7fnZTT"
    "cg3We50cpMj9zaWC19N86jQa4Ashmkc1V2NQT0GtwK4Fq2uABT6YOjcZ7O2cINQIwYtB0l"
    "gCOOTq7hBqoohD0DHUP1A2spts4t5iqu9mJPe8bRzuBcBd2AvHOoHlarbCspbMv4Iml0zV"
    "kDpCw6l2TUoTn9ualH7KnS/snHKPWW+yffwFvie+tdKOOh3Ez2q/goZwnyCglz3Na0fJPJ"
    "dDZxCHCDkEtlkprDF6bs5DUZDyef/eOxOXvyCrAFipgc+xbJBl4m5EoSmfeBh2bIQ9x2tY"
    "BsdZ6XQbeLU+am1MWdcevDGbpGp11Ov/1zv3Y0GTvlwwofFiX0k3za/70t/loP7ZpG0vYv"
    "uCyI+4Y4jryy3Lz9YLaSTiIb2c82DBW0EvmxlEg/WPNSoReMD4+GXDsw0TH/H704+uy/GM"
    "1goCNIrkhBkMUD1TSSpk93nzYStvrXqkiL9l+tirRGFA/8JQ2thGglRCshO1dCEGNr1LMa"
    "SDBVqn7QNRHXP2LUD5K3dYOUotMBeec+E3ZcJShyXBwUOQ6CIsUv5lvo+DnRvZ+vLt/lQx"
    "0xpHcl22TgH67c0X18NZfALKBIbD0hvAdvT35LI392cXma3lPEAU7T7Se0x7xjr4aWe8xP"
    "PYiTW2xiovS1EPiNjWlEqnN5O6q8Fr8oHjajtEXv5PrzSfmR+WtzoVxqmebrXE5I/UXbDl"
    "ds1VrLbzg6mDZ2WCXnpjjlRtdW7rS2khoeMslyKT52oNpxIMus85pUWg4QL0dTL3afBeS7"
    "c1s+b1b5GByOjkbHw8ko0jmikTJVY397N7iiogBZu9ku6u/e0NLPJz8Cd7t2+hYLZD8t+5"
    "Y7fc/4ApgTL7fpczTXr2Lfm3HqKolwDmQz4i1ByPgKOOgWOeAQfPYHhy8GYBD+M+yH6WgU"
    "LCCeA4ID2mFuvlt9R9YOh1ZvnCUfv4QewltkUMXZGnqNdVUYcTuZP0FZ4K+W0HEKoY+Yuh"
    "StHw6OJhHU4kcZuFdvTy4udDV2iao7rGIYD4vt4mHWLDbVvqgU0munQxWngzZ8azJ8bWrc"
    "2tQWd5p9n93juYkx7tBrE77l9tZpo02x4tWtTbEGTLH3a0Okl2OJhVP9KoaYGyNWKEg6uH"
    "r/8QmAVCZhiDwekWF7B2z2DFwvUFj+A2xKfQQ4oBRc/fKR9gFflIz/kZ8aBBBbYIksG5bV"
    "IdV8ps/4M/7yxfVsE335Ise/fKGMmDf8F/WXS+jZFMkEYnEYcOCQO0QZkAx9wAg/G5D0T7"
    "j1Z0rKFUBf+bVpE7D9VkexCahTVx/Mixn4XZTRTzFqA3xLAchcG2X041zahb8t9sxmeVp6"
    "SU+OkKGDBnszn5z2p8ogx3k6Z7s30r/HXnI1Vck1EjJ0Dt9GfCNS/1T0TocsXXKR7nh7Jp"
    "49tzF0jC3wz/J2xlO167IyYW+peAZD+s4AXl9ODHTyvppcDGVIr6HM9F2AloUsQxXRNJsG"
    "NqMTw3kOoMVlQiH97quEet/NfGwKvMDUtx1mY/pMnO/7pjSNXdcO7UkKHT+NeJ52o981kE"
    "GnA1/17Bw6ClMMdbeiMLrAsctSDzFqaYHjeyj3rWzgLXBpFEfdXE5BDTekqxBws5BJ5IID"
    "gguQGYAYkDssGvHJznth+iLxAMHrtjdP+sAlfAmI79lCBmxGgeXB2ToMJlriAA+JOD/BeY"
    "G3HZwxt+OOPIWYDSrsqQi26547LbLIWxY907EbsHloqurnEUMH4wfDQZWEv0Fxwt8grZk/"
    "ZG+QVkFbfyUyDdrgVjYsA/rOxQvq/2CF/tB5g+DqiG2j24JUG41QW1TWKXLZdXrCtuqF60"
    "9F2wduIm8tkcJDaKnouk/t8NBurscr9T1wc30I9uxegbsrmu/f7/by4rT3u74wsJdLXx4D"
    "UAxduiBMeqPWfim+KvwlwuwlQLfIWwEKb5EV8zqtR4O3D7Cp8FXluLuaOotOBG/1y7SsFn"
    "iOtqgEjph0Ivi2ag32RYN3hUDohqFLKW61RUO1G6DBmH34YsgCXJyoEufRLW3/Q1pKaMZM"
    "1b4rnODqnB9xMqqwxiej4g6Go8yHm7Wd2TGLo+VFrSfIs81FL8fWCGZKrQy4oWlN0+DHor"
    "T/R6WlpGk88kKbseo+H2PpoCozGI+rhDTG4+KYhphL7vTioVJAOCDvILqNlKDxMzJFVTHG"
    "ojVFRU3xQV9m3/4FvxdVTQ=="
)
