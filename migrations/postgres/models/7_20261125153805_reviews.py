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
        DROP TABLE IF EXISTS "reviews_review_tag";
        DROP TABLE IF EXISTS "reviews_review_like";
        DROP TABLE IF EXISTS "reviews_review_comment";"""


MODELS_STATE = (
    "eJztXWlz2zYa/isYfVlnVs3E8pl0Z2dsN9m6deJu5G47m3RoiIQkVBTAJUArmt389wXAQ7"
    "xNKqRM0fiSWCQeHg9A4L3x38GSWshmL3+ik8Eb8N8BgUsk/ogfHoIBdJzNQXmAw4mt2pnU"
    "RcafQasJ4y40uTg+hTZD4pCFmOlih2NKZOsL4BHMAZ0CcSG4RhZYUXcxBCsXc44IwATwOQ"
    "JMPAQQlyJMXE1AAWTquDmHZCbOzCEHBCGLAcxfyjtb1BS3xmTW5k3EVf/jIYPTGRLtXHGr"
    "T3+Iw5hY6Ati8uenAeOQe4ohSzSFfPCHbOIsjClGtpVgGFuymTpu8LWjjl3i2TXh71RbeY"
    "2JYVLbW5JNe2fN55REAEy4PDpDBLmQI3kH7nqSeeLZdtBJYWf4L7Bp4j95DGOhKfRs2X8S"
    "7T/A5tjAMD7c3hnjt3eGMcj0bYiI9URwyKREjgvxqEwRMJOP8N3r0ejo6Gz06uj0/OT47O"
    "zk/NW5aKueN3vq7Kv/MBu2/Espzq7/cf3hTj4QFYPPH5XywFeFgRz6KNVBG/bV/xn+r+bQ"
    "zWc/bJ/iX7xYmv+Q7bIOCA9semDzweyiC5bwi2EjMuNz8fPw1asSev918fHqx4uPB6LViy"
    "TJH4JTI/+c5HvDrwPXNoU5Q/yn8e2HfIpjkBTLFjY5+B+wMcuM9qbYHvxt6hF/Hph42OaY"
    "sJfytn8ftNQHJZRLiuSVl4z9x44zffD+4vd0J1zd3F4qyijjM1ddRV3gMtUhC7SuM96D5l"
    "sN92A26ch0kxzrrw+rjPXXh8VjXZ5LUruZ9Kuyu0Hsbj4ZOIhYkqndEH1ahefTYppP0ywH"
    "C2qG5R8ETxwvUT7TG1R6TglgL8M/9nAeL6H47vr92/HdxftfEhPJDxd3b+WZkTq6Th09SH"
    "dHdBHw2/Xdj0D+BP++/fA2Pd9E7e7+PZDPBD1ODUJXBrTinISHw0OJ7oVCNls6POczKpSI"
    "4pDH5aKm+vNVu3LR6PD47Pj86PQ4EoeiI2VSUCjxxCR48TluQWoatjtiz/eEWJuaC2QZk1"
    "rraQLUyKraKRny9LjCdH96XDjdy1O5LHuEY7vupJ/GNjD1d4z9Ps38NmTcQK5L3Ww/36Ev"
    "BfNUEtWHL6qsT9/+fleuEURdenP74R9h87SakPzCTBdJbrYQqpLIHgpWA/GC1i2x18Eo2Z"
    "PPLRjQpV/bFBPM5lt1ewqqZ9WuzarS1jhdxOxd8sAEmosVdC0jc4aOaFHb7KnlaJk+Agmc"
    "qU6SbMrnDIzGY6Hdohs6G+QYlKNzw0etylJJRoYdtH3UtnxLEHDpCjjIBQrqG3exsunQKY"
    "BkDeBMUDwT594oU68cpTYWODanKwI4BR5DLhNNLQA9C3Pqsqx9uc0bVbExR9dWvIQ/DGxp"
    "Y3NHjc2JHquqMSRAPTQ7H1exOh8XG52PMzbnxLdQa7inkbtTensy9jedgB4QyZEsisd5BN"
    "BjvMIYn7p06a+MdThOonpI9NGoAtFHo0Ki5akk0UK0qk1zHKNJrkCyEOjytP6SRTEE7NBv"
    "shuHSfMWNELrjd6wfe+oPank4D4pcXCfZB3c2npSzH6/rCcd0aovPD6/owtEBjlq9ebksE"
    "yvhqZJPdFLhnjJudAyQ0CFwK0Jgq5QeBXme0BF7wLMGRj/ePHd6OQUYCZ0YaG1W0PAKIBA"
    "6kITyBCwEVyAtXpFQKTeK5/Fv0xe6FZbt6kUvOVN/kQmNxbiqMSEv7Vm3VnNWnWwMYdsXk"
    "9Oi6OaWe86FOTSvCiR/jIqx7mkcD0UipsPdIlNO7VmliROmzC2NmGYNq5pw9ggeic8Nz++"
    "teT8XCTnhF3wi4PF1bbo9SSyh72+J71cKZjDRQ90sdXHnURq53LXerkjavBHql43owGr48"
    "NKyq8bNn1M7S3u28fVSa0wdlJhNMW4qCXZBe17pyQ275rSKVUtkstM6tRiNwL0kN7mdRIH"
    "uUvMmHiqnFj5kpS1JKwbaWvyfr1JWwveKmfJpGIVhyS/X2KoVJ9MBKytzoiO7Jb3y9vbmw"
    "Tvl9fp6N9f31++FV+E6gTRCPMiy4dWzZ+Jal5Dmk8kOk6nOZ9iAHv380dkQ0Vsdgxs4j/9"
    "S+xZ938NB3x4NBwGrQbSLtmVlD/z4miDU8NKGg9bMiOUZFvVej4NHNHpvtzhuWKcIu0666"
    "gmFHVUVYly07P9kyhHVQT2UbHAPsoWQAiGfx2CN5A+UlzFKzkq9kqOMl5JOaPV9v0mQD2k"
    "uXnnr87MbjiBWLtCHhOzui5VV3KFyFfzlttpU0modoZ0up+10qyV5h3nVwodOj+50leuq6"
    "iEUdsqwZ/iub+j0yk2EQiu8D1YIlfWyuMqi5F5jmNjPyNyOgXQRWAimlky15H6iY8OOJis"
    "AbZe5MZ9Nn8H7aPbU81U5sbWdSbFMdpXp311T0muAxlbUTHL19VNM8Ae0j2qlIwzKknGGW"
    "WTceTcXz9edgPaSkd9XKTu69S9d6UPZYXfB9SWT1QHzGoFoxkFI1MWy6YzTLbo+AxYmxC6"
    "bEKQEYm1168YSCd71FrBMnp8siey3fCOugjPyM9orbriWjw3JGaeRJyKRt2zLijycovDLl"
    "xFinJ86Il3F2+M/IiSj+JL+Hh9JTh+GsvIr0zp+RnDiDo+rGQX8cKmFcwigZnWBQefvePp"
    "IfzsnRyfnL94o2wRsjwUdcHl6BJMvDVyX4IbOmNy94HJGvyGhITEh0D5VMFfwfj9GEjPlE"
    "SEWkCemWQHd9Rmkw7PXMPuOPQ7XOW9BW/+06r0HRO9dqDRE2wuahupYpje5WG2UC7tQcwk"
    "9arvRIje0dtKjRihnNpG3VGcAPWO5+aHsSDDQrWG8QaxQ3o9shDaH9kNy+cVSD4v5Pg8Tf"
    "EEu3xuwZyC99IKURCCH8OUGR/2b/Ur4VYaEzJzwCwIiK4+AczyQ6j3/+tvZaspky4dSNa1"
    "J9o0TrNdhW1t8d+BxV/VhDaEJMDqTR1pXO+GdDveQ+q5Zr3kygixQ4bnJ/s6nLUDq5h67c"
    "DSDqxOd3WhA2urFMIVMudQ1ihDhGOOUY4kUSed8Dd1uWv/aus9/P6fJK8wxVqOwyTLawXX"
    "SbJv15W8KMVE5fghPsmnCNxODiJhXU7tmui6ayLqtsqCbAjoYQRc8yaw4GOowe8G0UOCm0"
    "+BE+9JazIcg7Tk8ulTgVmtIRRT318NQcZa1A57ioF02FNTYU9h1Ms3hj2FcTZ71gVVw55i"
    "Qy8R9nR1Mb66+OHtU0U9jefUGeSlg8njpaK7jBpiBgvbVQh54ohAwt8AuEnOYsi2BbsyD0"
    "uFHTEZUgQ3+VqWS53v2BwLkU60moqTITRnc71W7pCrSoQ1yRVpWo/ozCxVpkfUrT+v687X"
    "sNLqnLCNgFtFRTstVtFOsz4GZE8NoXX5lGSnkLJqdhmsrmlXo6addljuwsNDCRdvsIUPPo"
    "nrncOyeWNPSFntcN8MsHdkNx/3a9MZrcNx2L531LYSHylu5daiNwJofvUehdqqVmBVc6wt"
    "ez2J1L3elV7PccFHPuIO1CO6sCzxHj516X0pg1PDMivUEi0nyGXyZaPGemuOZ2fc6ao3oK"
    "89oS0/u6kGpOsst5qZ6dIHTOqF78YxmuQKJJtBOFdlU0PQXpNbgVwLywcwa204Gsf0Thdu"
    "gWLEIbZrERwhejmGW8iikPoMtI26G6ylYL0bzFVM7cWW9oyhncNZHXaD5r1j9bBaZltJYl"
    "vGFsmiZ84qIGXeuSRQu+b0dlPP2FKl7ZPPsdc7bp98Bx+o5/qzUMZCuTk5rGKjnCaaVwiY"
    "E7qm5ZlchbPJS4AFQg5TQWq2GJiqktfpydHpZ+/8xJy++B7wOYpANn5AqoCXCYWQRGdD4K"
    "IpcpHQXS2gSp3nRdDt4pa5IXVxY5x/OUPn6HTL6Ld/5teeBmOnbFjhx1KL/SRO27+35V/L"
    "oX2TSLq+g8ucOu+obasny43bD85WkklUIfvpBlBBKlGbpUTygY9lUi44OTw7EtKBic7F3+"
    "j12Wfv9fEUBjKCQkUCgkoeqCaRtH27x6SRsNS/FkU6NP9qUaQzXfHEO2loIUQLIVoI2bkQ"
    "gjj3Wc9KIMGpUvGD+Y2E/BFr/SRxWwtUyzsdNO/dNmHnVZwi58VOkfPAKVK8MD9A28vx7v"
    "00vv2QT3UESM9K2OTgf0K4Y/u4NJfQLKlITD0hvQfvL35PM391c3uZnlPkBS7T5Se0xbxn"
    "S0PHLeaXLiTJKTZxonRZCOzGxiRqqmN5eyq8Fi8UTxtR2qE1ufl4UnFlsWzOa6dapnG9iw"
    "lpPmnbFoJtvdLyG0QPw8YOq8TcFIfc6NzKneZWMsNFJl0u5WYHdSsOZME6rqlOyQHq5kjq"
    "xeazoPnuzJav2hU+RofHZ8fnR6fHkcwRHSkTNfa3doMjMwqQtZvpovnqDR3dPvkZmNu10b"
    "e4Q/ZTs++40fdKDIAZdXOLPkfnhlX0ezPeukognA35lLpLEAK/BzZ6QDY4BJ+90eHrERiF"
    "fxwNw3A0BuaQzAAlQduj3Hi35q6sDQ6dnjhLNr+ELiJbRFDFYS0tY33tjLieLL6gLPHjJb"
    "TtQuojUJ+89Uejs9OIavmjjNzx+4ubG52NXSLqHlVRjI+K9eKjrFps1ttRKWyvjQ5VjA5a"
    "8W1I8cXMeMAMyzfNrmePWG5iwB1abcJVbm+NNloVKx7dWhVrQRX7xVdEBjmaWHhqWEURc2"
    "KNayQkHYx/+fUFgEwFYcg4HhlhuwKYvwR3cxSm/wDMmIeAIJSB8c+/siEQg5KL/9RWgwAS"
    "CyyRhWFZHlLDd/pMPpP7e8fFJrq/V8fv7xmn5kL8Yt5yCV3MkAoglpcBBzZdIcaBAgwBp+"
    "JuQLV/IbQ/U7VcA/RFPJtWAbuvdRSrgDp09cmsmIHdpTb7KaBWwLfsABVrU5v9OEqb8Lfl"
    "nmOeJ6WX1OQIAT1U2NvZctqb1CY5jumd7t5K/R68FGJqLdNICOgdv63YRpT8WdM6HUL6ZC"
    "Ld8fRMXTzDBNrGFvxnsb2xVO06rUzqW3Usg2H73hDeXEwMtPN2TS6mMmyvqczUXYCWhSyj"
    "LqNpmCY2IxPDWQ6hxWlCYfvdZwkN/jb1iCn5AhMP2xwT9lLe7+9tSRq7zh3akxA6cRv5Pe"
    "1Gvmshgk47vpqZObQXppjqfnlhdIJjn3s95KijCY6/QDVvZR1vgUmj2OvmiBbMcMJ2FRxu"
    "FjKpGnBAogCdAkgAXRFZiE9V3gvDF6kLKPHL3rwYAoeKISD3s4UcYM6A5cKp7waTJXGAi6"
    "Sfn5I8x9sO7phbcUfdQp4NMuyZdLbrmjsd0sg75j3Tvhuw+WiqyucRoIf+g6NRlYC/UXHA"
    "3ygtmT9lbZBOUdt8JjILyuBWViyD9r3zFzS/YYXe6LxFcrXHttVpQYmNRigt1pYpcuE6PG"
    "Fb8cLxJrLsg1CRt+6RwkvoXtF5n9rgoc1cz7fX98DM9TGYswcF5q7o/PBxs5cbb/u46YsA"
    "vFx66hqAEeiwOeXKGuXbpcSo8JaI8DcAPSB3DRh8QFbM6uQfDVYfgJm0VeWYu9q6iw4E7/"
    "RiWpYLPENbZAJHIB0Ivq1YQzxZ4L2GI3QD6FOIW2PeUG0GaNFnHy4MWYKLA1XiGF3S9hvC"
    "UkI1ZlJvX+EEqnd2xNPjCmP89Li4guFxZuNmrWf2TOPoeFLrGEHXnP8QTpO5teUTLUq1Dq"
    "baGvFZ93G147c55MBHgim2OXKZEvRl0JX4S83Q0jUeZKdO1m/EQZM6a6k0SL93mJDq0tUQ"
    "LJAj20g1QQycrPrR6t1kquu1aMPpAhHmu+EniGELCajcFAcCX++RXv3bj+/FxQgR2o/PyA"
    "SBAwju7zl7QCan7v09WGE+FyAhywH12X0mlIBf/NE3/ufNUAYKvLsbnwSXFSfFUczRiyEI"
    "JgT5dFDWTrK+W7mYc0TAEs/Ed18SGVBVberSPmhaj+psQu1zsA/rjFqdUftMqdeJcjpFa+"
    "8tN3uQpbVHbGo1tpDqPVFbcxxlWf+oLTTyOuagsH1bhqDMWru38WSSKcPBZI1rVT9MwfrG"
    "82Elog9LmD4soBoTzDG0a+XdZYB9o7uZYd0pQ9cNLdg/MTw5rGDesmm1vRMHtzJXwzc1BY"
    "acBVqvqGsNwZS6YI6FTOauh0A6wP12yDdGqd2UfaAaBnLr5dPjQ/Ozd2aNRuLvo1dn4t+T"
    "s1cvshaund1VO9w7rSoUG4qC8VDLU7mB7Gya25mv8qRa+ZiS6jHpReVJdsTWxggwENKteA"
    "tBqpfnKC6kPg3TWt3ea3U7Hev98k0mki+Qu6yzUITt+yYMN79GSKa20PFSsL7xfFSplttR"
    "SS23o2wtN8XZNjpeBtg3upsf1oF+YcyxZaGckV1aDj8L1hsZPlITvyP69RUlD8hlkBeEri"
    "fOD8u07CViDM4EmWJcpDCVNG4+l6sxmCC+QkiGXEgXt4NcpeP6v76XJch9x/f9vXoTGUge"
    "L7XwFyYLMAh12H3AJpIBGot8Tbu1u8lYEuqISx4E0tMQEMrnst4Dg9h6EW6RtYJYFYFQlS"
    "LCmzOHLpAEANFbhIM14hFAECjjUg4g8U9+JtA0kSPuEDUxbcqQ9RKMVWkpYMqtt5CMtLfX"
    "8oWpN5urIu7isdjLeC+x+/uKpoFP8ciDoITVH9pe0El7wZNos10T8Z/GyaurfDyVd30/yv"
    "A5vpS0j/H8avGpPbjjKD26txzdNmTc8OWs+plXOWCdWL5tT3hEio+GEAINuWDWMFnmIHV5"
    "yhJ61cSxHb8RVBO83zZhnbDSjFFYF0boW683UBghZvLxhYMc8fkyQL77+SOyI7tOahgEFq"
    "P3/lX2cAx8DUd9eDTOZlsGuJCuHNtbjMkqZrdlrHmFeqnSYossaSTiIIC+BHfoC5dWLpUg"
    "hb6IS9hruaUg8ys7MBM60mgV2MEszBwbrv/CwJ90klchtZV75NZEFWALuUaYmR389MVc08"
    "aB8qGLpHZImi7JiEp2ZmVVPgnT2flVKurHP5Qatqo4TKuRW+efRTNTjWGeAG01yLvGfcvZ"
    "+bq8R4sTyIRaObUlikt7hO11WY8Gynpo9b0vilwV9T3usa2fsZwF9ylacgcLd0anzu+ZbL"
    "e8E0oQnpGf0Vp1zbV4fkhyE2kLgi72rEuK9Ghx2IWrSNvKG5LiD8EA8gNlri7GVxc/vB18"
    "fZrQGFmxEa0GOYp5cGZYppe7qo1fyzFo+5hSXkxwlbiMZHUOzGLBWLFJX8dqdFPl7VJNlm"
    "czoycU4YVXXwuOMFoF/hbeOfqSI8iWGHpimN5Vp2tnb/eO1hjq60Svg/CennnqbmPZjKN0"
    "oNK3Uc/Rclv+N9BGOuHZSJixlEoo48uz5I+X0LaLMyojVJ9kyaPR2WlEtvxRRu/4/cXNTU"
    "7wHZ1hxrEpVLqtmM3D90hsbIJicWWeG+1V4gzZQHonCZ5UkgRPSiTBk6wkiJf5IR7FFvsN"
    "Qu8b37glfw6ZUdQl5Sl3CaBOt3sk3S6RVgpntT6AsL0e/o0Pf8wMSChZL2le1kbpB5CG6k"
    "+gxieQMA/XI13n+G7LuHTubTHIA5RmuwbbLnLstbGFPJkBaqmyilQpacNbBSQkkQ0EJHRM"
    "PdqT+IOcQPJsAIL0ZNau0ZQE6VScjF0BL1BtUpMgTWrWkrCUO5nU5jWD09Tq1LHnGnu2VR"
    "JR8AV9YxKRH2Fz5V9rD0dCYSpReuZvhKcbcaG+ksThzHDpqhGe7uCsTzS1H/wWfoCFMXCx"
    "L7RqKJxhxjBthsTpSLdORrp1NSDiGcRa7Yt/bWfpMKNKtpBRiS1klLWFaAG5mP1+CchJC5"
    "ha3OpObAmYntqaSsjYRN1/YyrGJtR/z7qhahJGYgB2L/1CqTaF4meo+FSWPe0Q0Kjg+SnJ"
    "Yiis6GoDnZkqtEDaoa7QopIWlbSopEWlrnRDT0Qlad0slJQC02dlQYnDGpulBbtMAQECdA"
    "og8C8ylH/RFUDQnANGwRTbHMmeUEXWlYtN/pisFVAMrzXABIz/eZNfsr2VuzwuzSk606Jc"
    "Ot1200gLeJ0T8HRu7ROLeer/DPXFRsewfS8tjpUMjjX2nNXSlJamutQNey9NXQjpwZzniV"
    "LBmVI5Cm7adMa5+VzkjG+McSqWIGSZmtzSPsVrWAzSx2Xs5KTKOnZyUryQyXOpnSXER1WD"
    "4aB5D9ltpQREofO3OPGp2Pmry/W9eSTLqUbwXPOL2df/A12Q7vg="
)
