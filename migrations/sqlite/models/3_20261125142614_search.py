from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "search_document" (
    "product_id" BIGINT NOT NULL PRIMARY KEY,
    "shop_id" BIGINT NOT NULL,
    "category_id" BIGINT,
    "brand_id" BIGINT,
    "price" BIGINT NOT NULL,
    "stock" INT NOT NULL,
    "sales" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* What search filters and sorts a listed product by: a copy of its catalog row, kept by events. */;
CREATE INDEX IF NOT EXISTS "idx_search_docu_categor_903590" ON "search_document" ("category_id");
CREATE INDEX IF NOT EXISTS "idx_search_docu_brand_i_a4911e" ON "search_document" ("brand_id");
        CREATE TABLE IF NOT EXISTS "search_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "keyword" VARCHAR(50) NOT NULL,
    "user_id" BIGINT,
    "result_count" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One search with a keyword, for history, hot searches and the search index (搜索指数). */;
CREATE INDEX IF NOT EXISTS "idx_search_log_keyword_7ffc20" ON "search_log" ("keyword");
CREATE INDEX IF NOT EXISTS "idx_search_log_user_id_5539a0" ON "search_log" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_search_log_created_65aba4" ON "search_log" ("created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "search_document";
        DROP TABLE IF EXISTS "search_log";"""


MODELS_STATE = (
    "eJztXVtz2zYW/isYPdmzSiaWJdtJd3bGdpPWrRNnI3fbad2hIRKSUFEAS4B2NLv97wuAF/"
    "FuUhVlisaTLfAcXr4DgueO//aW1EI2e/0DnfTegf/2CFwi8U98uA960HHWg3KAw4mt6Ezq"
    "IuOPgGrCuAtNLsan0GZIDFmImS52OKZEUp8Dj2AO6BSIE8EVssAjdRd98OhizhEBmAA+R4"
    "CJmwDiVISJswlWAJkaN+eQzMSROeSAIGQxgPlreWWLmuLSmMyavIg4658eMjidIUHnikv9"
    "9rsYxsRCXxGTP3/rMQ65pxCyBCnkvd8libMwphjZVgJhbEkyNW7wlaPGLvDsivAPilaeY2"
    "KY1PaWZE3vrPickogBEy5HZ4ggF3Ikr8BdTyJPPNsOhBQKw3+ANYl/5zEeC02hZ0v5SW7/"
    "BtZjPcP4dHNrjN/fGkYvI9uQIyaJYMikRM4LcatMATCTt/Dq7WBwfHw6eHN8cjYanp6Ozt"
    "6cCVp1v9lDp3/5N7NGyz+Vwuzqu6tPt/KGqJh8/qyUA38pHsihz6UEtEZf/c3gfzmHbj76"
    "IX0Kf/FgafxDtMsEEA6sJbB+YXYhgiX8atiIzPhc/Dx686YE3v+cf7n8/vzLgaA6TIL8KT"
    "g08I9JvNf4OnBlU5gzxX8Y33zKhzjGkkLZwiYH/wM2ZpnZvi20e/+cesRfByYetjkm7LW8"
    "7L96DcmgBHIJkTzzkrE/7TjSBx/Pf0kL4fL65kJBRhmfueos6gQXKYEs0KrOfA/IN5ruwW"
    "rSkuUmOdffHlWZ62+Piue6PJaEdr3oV0V3zbG79aTnIGJJpHYD9EkVnE+KYT5Joxx8UDMo"
    "fytw4niJ8pFec6XXlIDtdfjPHq7jJRDfXn18P749//g5sZB8e377Xh4ZqNFVavQgLY7oJO"
    "Dnq9vvgfwJfr359D693kR0t7/25D1Bj1OD0EcDWnFMwuFwKCFeKHSzpcNzXqNCjSjO8rRe"
    "tC15vmlWLxocDU+HZ8cnw0gdikbKtKBQ44lp8OJ13ADUNNvugD3bE2Btai6QZUxqfU8TTF"
    "v5qrZKhzwZVljuT4aFy708lIuyRzi26y76ad4tLP0tQ79LK78NGTeQ61I3K+db9LVgnUpy"
    "deGNKpPp+19uyy2CSKTXN5++C8nTZkLyDTNdJLHZQKlKcnZQseqJB7RuiL0KZsmevG7BhC"
    "5926aYYDbfSOwpVr2qtm1Vlb7G6SLm75IDE2guHqFrGZkjdECLaLOHloNlegQSOFNCkmjK"
    "+wycxmNh3aJrOuvlOJSjY/0nvcrSSEaGHdA+6Vu+IQi49BE4yAWK1XfuYuXToVMAyQrAmY"
    "B4Jo69U65eOUttLPjYnD4SwCnwGHKZILUA9CzMqcuy/uUmL1TFxxydW+ES/jCwpZ3NLXU2"
    "JyRW1WJIMHXQ7Tys4nUeFjudhxmfc+JdqDXd05y7M3o7MvfXQkAPiORoFsXzPGLQc7zCHJ"
    "+6dOl/GetgnOTqINDHgwpAHw8KgZaHkkAL1ao2zHEeDXIFkIVCl2f1l3wUQ4Ydxk12EzDZ"
    "vgeN0HqzN6TvHLSjSgHuUUmAe5QNcGvvSTH63fKetMSqPvf4/JYuEOnlmNXrg/0yuxqaJv"
    "WElAzxkHNhZYYMFRK3Jgi6wuBVPN8AKqQLMGdg/P35q8HoBGAmbGFhtVt9wCiAQNpCE8gQ"
    "sBFcgJV6RECk3SvvxT9NXupWU5eplLzlTf5AJjcWYlTyhL+1Zd1ay1oJ2JhDNq+np8W5tv"
    "O9a1GSy/ZVifSbUTnPJcXXQaV4+4kusWWn1sqS5NMujI1dGKaNa/ow1hydU563P7+15vxS"
    "NOeEX/Crg8XZNpB6krODUt8TKVdK5nDRA11s9HInOXVwuW1SbokZ/IWqx81YwGq8X8n4dU"
    "PSp8zeYtk+bU5qg7GVBqMp5kUtzS6g75yRuP3QlC6pahBcZlKnFroRQwfh3b5N4iB3iRkT"
    "d5WTK19SspZka0fZmrxeZ8rWgqfK+WRS8RWHJF8uMa6UTCaCrSlhRCO7xf3i5uY6gfvFVT"
    "r796ePF+/FG6GEIIgwL/J8aNP8hZjmNbT5RKHjdJrzKgZsH378gmyogM3OgXX+p3+KPRP/"
    "X+GED0fDadBoIu2SXUr9My+PNjjUr2TxsCUzQk22Uavnt54jhO7rHZ4r5inSobOWWkKRoK"
    "pqlGvJdk+jHFRR2AfFCvsg2wAhmP51AF6zdBHiKlHJQXFUcpCJSsoVrXbsN8HUQZi3H/zV"
    "ldlbLiDWoZCn1Ky2a9WVQiHy0bzlZtZUklUHQ1otZ200a6N5x/WVwobOL670jesqJmFEWy"
    "X5U9z3KzqdYhOB4AzfgCVyZa88rqoYmec4NvYrIqdTAF0EJoLMkrWO1C98dMDBZAWwdZib"
    "97n9K+gY3Z5aprI2tm4wKc6jY3U6Vvec4DqQsUcqVvm6tmmGsYNwDyoV4wxKinEG2WIcuf"
    "bXz5ddM21koz6tUnd16d671oeyw+8DaiomqhNmtYGxHQMj0xbLpjNMNhB8hlm7ENrsQpAZ"
    "ibW/XzEmXexR6wuWseOTksiK4QN1EZ6RH9FKieJK3DckZp5GnMpG3TMRFEW5xbALHyNDOT"
    "71xLOLJ0Z+RskX8SZ8uboUGD+PZ+Qnpuz8jGNEjfcr+UW8kLSCWyRw07rg4M4bTo/gnTca"
    "js4O3ylfhGwPRV1wMbgAE2+F3Nfgms6Y3H1gsgI/I6Eh8T5QMVXwDzD+OAYyMiU5Qisgz0"
    "2ygytqt0mLV65+ewL6Le7y3kA0/3lN+papXjuw6Ak2F7WdVDGeztVhNtAu7UGsJPW670Qc"
    "nYO3kR4xwji1jbqzOMHUOZy3P40FGBaqNY3XHDuE1yMLYf2R3aB8VgHks0KMz9IQT7DL5x"
    "bMaXgvvRAFKfgxnjLnw/59/Uqwlc6EzBowCxKiqy8As/wU6v1/+xvZasqkSweSVe2FNs2n"
    "0a6Ctvb478Djr3pCG0ITYPWWjjRf56Z0M9FD6rlmveLKiGOHCM9H+zqddQCrGHodwNIBrF"
    "aLujCAtVEJ4SMy51D2KEOEY45RjiZRp5zwZ3W6K/9sqz18/5+lrjCFWk7AJItrhdBJUrar"
    "SlGUYqBy4hC/ybsIwk4OImFfTh2aaHtoIhJbZUU2ZOhgBtz2XWDBy1AD3zVHBwHefgmceE"
    "5aE+EYS0Mhny41mNUWQjH03bUQZK5F7bSnGJNOe9pW2lOY9fI3057CPJs9E0HVtKfY1Euk"
    "PV2ejy/Pv33/XFlP4zl1ennlYHK8VHWXWUPMYCFdhZQnjggk/B2A6+IshmxboCvrsFTaEZ"
    "MpRXBdr2W51HnF5liodIJqKg6GrDmb6zVyhVxTIuxJrkDTdkRrVqkyO6Ju/3ndd76Gl1bX"
    "hK0V3Com2kmxiXaSjTEge2oIq8uHJLuElHWzy/DqnnY1etrpgOUuIjyUcPEEG8Tgk3ydC1"
    "hu39kTQlY73TfD2Dmwt5/3a9MZrYNxSN85aBvJjxSXcmvBGzFofPUehdqrVuBVc6wNpZ7k"
    "1FJvi9RzQvBRjLgF/YjOLUs8hw9del/K4FC/zAu1RMsJcpl82IhYb83x4pw7bY0GdFUS2v"
    "Ozm25Aus9yo5WZLn3ApF76bpxHg1wBZDNI56rsagjoNbgVwLWwvAGz1oajcZ7O2cINQIw4"
    "xHYtgCOOTs7hBqoopD0DbaPuBmspts5N5iqu9mJPe8bRzuGsDroBeedQPapW2VZS2JbxRb"
    "LonrMGSFl0LsmoQ3N6u6kX7KnS/smXKPWW+yc/wAfquf4qlPFQrg/2q/gopwnyCglzwta0"
    "PJOrdDZ5CrBAyGEqSc0WE1N18joZHZ/ceWcjc3r4DeBzFDHZ+AGpBl4mFEoSnfWBi6bIRc"
    "J2tYBqdZ6XQbeLS+am1MWdcf7pDF2j0y6n3/65XzuajJ3yYYUvSy30k3za/70p/loP7ZpG"
    "0vYdXObU+UBtW91Zbt5+cLSSTqIa2U/XDBW0ErVZSqQf+LxM6gWjo9NjoR2Y6Ez8j96e3n"
    "lvh1MY6AiKK1IQVPFANY2k6cs9pY2Erf61KtKi9VerIq0RxTPvpKGVEK2EaCVk50oI4txH"
    "PauBBIdK1Q/mEwn9I0b9LHlbC1QrOh2Qd26bsLMqQZGz4qDIWRAUKf4wP0Dby4nu/TC++Z"
    "QPdcSQXpWwycH/hHLH9vHTXAKzhCKx9ITwHnw8/yWN/OX1zUV6TZEnuEi3n9Ae8459Glru"
    "Mb9wIUkusYkDpZ+FwG9sTCJSncvbUeW1+EPxvBmlLfombz+fVJxZfDbntUst03ydywnZft"
    "G2LRTbeq3l1xwdTBs7qpJzU5xyo2srd1pbyQwXmXS5lJsd1O04kGXWeU11Wg5QN0dTL3af"
    "BeS7c1u+aVb5GBwNT4dnxyfDSOeIRspUjf3t3eDIigJk7Wa52H73hpZun/wC3O3a6VsskP"
    "207Fvu9L0UE2BG3dymz9GxfhX73oxTV0mEsyGfUncJQsZvgI0ekA2OwJ03OHo7AIPwn+N+"
    "mI7GwBySGaAkoD3OzXfb3pm1w6HVC2fJ5pfQRWSDDKo4W0Ofsa4KI24nizcoC/x4CW27EP"
    "qIqUvR+uPB6UkEtfxRBu744/n1ta7GLlF1j6sYxsfFdvFx1iw26+2oFNJrp0MVp4M2fLdk"
    "+GJmPGCG5ZNmv2dPeG5ijDv02oRfub112mhTrHh2a1OsAVPss2+I9HIssfBQv4oh5sSIax"
    "QkHYw//3QIIFNJGDKPR2bYPgLMX4PbOQrLfwBmzENAAMrA+MefWB+IScnFH7XVIIDEAktk"
    "YVhWh7TlK92RO3J/77jYRPf3avz+nnFqLsQv5i2X0MUMqQRieRpwYNNHxDhQDH3AqbgaUP"
    "SHwvozFeUKoK/i3rQJ2H6ro9gE1Kmrz+bFDPwutdFPMWoDfEMBqFyb2ujHubQLf1PsOeZ5"
    "WnpJT46QoYMGezNbTnuT2iDHeTpnuzfSvwcvhZpayzUSMnQO30Z8I0r/rOmdDlm65CLd8f"
    "JMXTzDBNrGBvhneTvjqdp1WZm0t+p4BkP6zgC+vZwYaOftmlwMZUivocz0XYCWhSyjLqJp"
    "Ng1sRieGsxxAi8uEQvrdVwn1/jn1iCnxAhMP2xwT9lpe719NaRq7rh3akxQ6cRn5Pu1Gv2"
    "sgg04HvrazcugoTDHU3YrC6ALHLks9xKilBY6foVq3soG3wKVRHHVzBAUznJCuQsDNQiZV"
    "Ew5ILkCnABJAH4lsxKc674Xpi9QFlPhtbw77wKFiCsj9bCEHmDNguXDqh8FkSxzgIhnnpy"
    "Qv8LaDK+Z23FGXkEeDCnsmg+26506LLPKWRc907AasX5qq+nnE0MH4wfGgSsLfoDjhb5DW"
    "zJ+zN0iroN1+JTIL2uBWNiwD+s7FC7a/YYXe6LxBcHXEttFlQamNRqgt1tYpctl1esKm6o"
    "XjTWTbB2EibyyRwlNoqei6T+3w0G6ulyv1PXBzfQnW7F6Buys63n/a7eXGaZ92fRGAl0tP"
    "nQMwAh02p1x5o3y/lJgV3hIR/g6gB+SuAIMPyIp5nfzR4OsDMJO+qhx3V1NX0Yngrf6Ylt"
    "UCz9AGlcARk04E31StIZ5s8F4jELpm6FKK29aiodoN0GDMPvwwZAEuTlSJ8+iWtn8jLSU0"
    "Yyb19hVOcHXOj3gyrDDHT4bFHQyHmY2btZ3ZMYuj5UWtYwRdc/5tuEzm9pZPUJRaHUzRGv"
    "FV92mz4+c55MDnBFNsc+QypejLpCvxn1qhZWg8qE6drN6JQZM6K2k0yLh3WJDq0sc+WCBH"
    "0kgzQUycrPnR6NVkqeuVoOF0gQjzw/ATxLCFBKvcFAcC3+6RUf2bLx/FyQgR1o+PyASBAw"
    "ju7zl7QCan7v09eMR8LpiELgfUa3dHKAGf/dk3/vd1XyYKfLgdj4LTioNiFHN02AfBgiDv"
    "DsreSdarRxdzjghY4pl470syA6qaTW3aB03bUa0tqH0J/mFdUasral8o9LpQTpdo7b3nZg"
    "+qtPYITW3GFkK9J2ZrTqCshXbrNS3YDi082K9grdq02lZovRuZeu1bjoFdtkCrR+pafbVX"
    "+1xYjkKT6wMZz/LpkG9bqs1RfUY169SG7sMj8847tQYD8f/xm1O5xfvpm8Oswbqzq+r4Wa"
    "u//MV2XzAfagUe1ixNeWWfbw+fUbVuECXNINJu2WfZ4FbbFqAnPlbiKQSoXl7cpxD6NJtW"
    "0vZeSdvpXNehhgZUtnMkrP55nr4WHClV1uCapjX7E74U/eZvLjkl+9MiN0xPq6q5xFg6mD"
    "UxGI2qVE+MRsXlE/JYcqGXL1UNhAPyDqLbSLc7cUVeMyslxqKTUmompTzrx+yv/wNXzg6R"
)
