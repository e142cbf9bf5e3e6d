from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "payments_offline_voucher" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "payment_id" BIGINT NOT NULL,
    "images" JSON NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reject_reason" VARCHAR(200) NOT NULL,
    "reviewed_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "reviewed_at" TIMESTAMP
) /* 转账凭证 (PAY-6): what the shopper shows for a transfer; staff accept it by confirming the */;
CREATE INDEX IF NOT EXISTS "idx_payments_of_payment_2bb42c" ON "payments_offline_voucher" ("payment_id");
        CREATE TABLE IF NOT EXISTS "finance_journal" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "payment_no" VARCHAR(32) NOT NULL,
    "memo" VARCHAR(200) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_finance_jou_kind_895f94" UNIQUE ("kind", "reference")
) /* One posting (凭证) for one business event; ``(kind, reference)`` is unique, so posting the same */;
CREATE INDEX IF NOT EXISTS "idx_finance_jou_payment_72cdd6" ON "finance_journal" ("payment_no");
CREATE INDEX IF NOT EXISTS "idx_finance_jou_created_bbb12c" ON "finance_journal" ("created_at");
        CREATE TABLE IF NOT EXISTS "finance_ledger_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "journal_id" BIGINT NOT NULL,
    "account_kind" VARCHAR(32) NOT NULL,
    "owner" VARCHAR(32) NOT NULL,
    "amount" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One side of a journal: ``amount`` > 0 debits the account, < 0 credits it. A journal's lines sum to 0. */;
CREATE INDEX IF NOT EXISTS "idx_finance_led_journal_d173d0" ON "finance_ledger_line" ("journal_id");
CREATE INDEX IF NOT EXISTS "idx_finance_led_account_7d0da0" ON "finance_ledger_line" ("account_kind", "owner");
        CREATE TABLE IF NOT EXISTS "finance_wallet_adjustment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL UNIQUE,
    "user_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "key" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL
) /* An audited change of a shopper's balance by platform staff (调账: a top-up at the counter, a */;
CREATE INDEX IF NOT EXISTS "idx_finance_wal_user_id_f20a10" ON "finance_wallet_adjustment" ("user_id");
        CREATE TABLE IF NOT EXISTS "finance_wallet_balance" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" BIGINT NOT NULL UNIQUE,
    "balance" BIGINT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* 余额: a cache of ``-sum(lines)`` of one ``customer_wallet`` account, moved only in the transaction */;
        ALTER TABLE "payments_payment_order" ADD "open_order_id" BIGINT;
        CREATE UNIQUE INDEX "uid_payments_pa_open_or_98fd4e" ON "payments_payment_order" ("open_order_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_payments_pa_open_or_98fd4e";
        ALTER TABLE "payments_payment_order" DROP COLUMN "open_order_id";
        DROP TABLE IF EXISTS "payments_offline_voucher";
        DROP TABLE IF EXISTS "finance_wallet_balance";
        DROP TABLE IF EXISTS "finance_journal";
        DROP TABLE IF EXISTS "finance_wallet_adjustment";
        DROP TABLE IF EXISTS "finance_ledger_line";"""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B+UvbtUoqkq9JeqfKSSczmU46vbF7Z3bjKQkiIYltimATpB298/Z/Xx"
    "zwIt5NMKRMwfiSWCQeQjoHBM79/PtgTU1is+d/p/ODV+jfBw5eE/5H+vIIHWDX3V6ECz6e"
    "22KcQT0y/T0aNWe+hw2fX19gmxF+ySTM8CzXt6gDoy9R4Fg+ogvEH4Q3xET31LsdoXvP8n"
    "3iIMtB/oogxr8E4o9yGH8ahyLMxHVjhZ0lv7PCPnIIMRmy/Ocws0kNPrXlLPuchD/1j4BM"
    "fbokfJzHp/r6L37ZckzyjTD4+PWA+dgPBIVMPhT7B/+CIe7tdGER28xQ2DJhmLg+9TeuuP"
    "bGWn5w/PdiLDxjPjWoHayd7Xh346+okwAsx4erS+IQD/sEZvC9ACjvBLYdMSlmRvgDtkPC"
    "b57CmGSBAxv4B+jwC2yvHUynv3y+nl69u55ODwq8jREpTkSXDOrAuuBflQkCLOErPHs5mR"
    "wfn09eHJ9dnJ6cn59evLjgY8X3Ld46/zP8MltqhY8SNPvw1w+/XMMXonzxhasSLvwpMNjH"
    "IUowaEt98X+B/m9X2Cunfjw+R3/+w/L0j6ldx4D4wpYD2xdmFyxY429TmzhLf8U/jl+8qC"
    "Hvf19+efu3yy+HfNRRlsi/RLcm4T2g95a+Lt7YFJcs8b9fff6lnMQpSI7KpmX46P8j22KF"
    "1d4VtQ9+XAROuA/MA8v2LYc9h2n/ctATD2pIDiSCJ68Z+8NOU/rw0+U/80x4+/HzG0Eyyv"
    "ylJ54iHvAmx5BbspFZ79HwVss92k0Gst1k1/rLcZO1/nJcvdbhXpa0202/KXW3iN3tJwcu"
    "cUyg1G4IfdaEzmfVZD7LUzk6UAtU/onTybfWpJzSW1R+T4lgz+M/9nAfryHx9YdP766uLz"
    "/9mtlIfrq8fgd3JuLqJnf1MM+O5CHoHx+u/4bgI/rfz7+8y+83ybjr/z2A74QDn04dej/F"
    "Zpom8eX4Uoa9mMtma9cveY0qJaI05GG5qCt+vuhXLpqMT85PLo7PThJxKLlSJwXFEk9Kgu"
    "evYwui5mG7I+zFnhDWpsYtMadzqfM0A+rkVB2UDHl20mC7Pzup3O7hVimVA8e3bNlNP4/t"
    "YOsfGPVV2vltzPwp8TzqFfl8Tb5V7FNZlApvVB1P3/3zul4jSFj68fMvf42H59WE7BtmeA"
    "Ro00KoyiIVFKwO+A80Pzv2Jlole/K6RQu69m1bWI7FVq3YnoPqXXVouyrYGhe3KXsXXJhj"
    "4/Yee+a0cIdOaNXY4q31ZJ2/gh28FEwCasL3jIzGV1y7JR/p8qDEoJzcGz1oVQYlmUztaO"
    "yDtuXPDkEevUcu8ZCAhsZdS9h06AJhZ4PwkpN4ye+9EqZeWKW2xXFsRe8d5FMUMOIxPtRE"
    "ODAtn3qsaF/uc6ImNubk2YIu8YepZWpj80CNzRmONdUYMiAFzc4nTazOJ9VG55OCzTnzLk"
    "gt9zxyd0qvImt/ywRyR5wSyaJ6nScAvcYbrPGFR9fhyShD4yxKQUIfTxoQ+nhSSWi4lSU0"
    "F62kyZzGaCI3IDIX6Mq0/ppDMQbs0G+yG4dJ9xY0h8qt3ni8cqQ9beTgPq1xcJ8WHdzael"
    "JNfbWsJwPRqi8Df3VNb4lzUKJWb2+O6vRqbBg04Fya8h+54lpmDGgQuDUn2OMKr8C8RpRz"
    "F1k+Q1d/u3w2OT1DFuO6MNfazRFiFGEEutAcM4Jsgm/RRvxE5IDeC98lfExZ6FZf0zQK3g"
    "rmvxPDn97yq4CJP2vNerCatWDwdIXZSk5OS6O6Oe8GFOTSvSiRfzMax7nkcAoKxd0HuqS2"
    "HamdJYvTJozWJgzDtiRtGFuEcsJz9+tbS85PRXLO2AW/uRZ/WguuZ5EKcn1PuNwomMMjd/"
    "S21cudRWrn8tC4PBA1+AsVP7egAYvro0bKrxcPfUjtrebtw+qkVhgHqTAafF1ISXbReOWU"
    "xO5dUzqlqkfiMoO6UtRNAAqSt3udxCXe2mKMf6uSWPmalLUsbBhpazCfMmlr0a8qOTIpP8"
    "WxU86XFCrHkzmH9cWM5Mpu6f7m8+ePGbq/+ZCP/v3t05t3/I0QTOCDLL/K8qFV8yeimktI"
    "85lEx8Wi5FWMYO9//kJsLAhbXAPb+M/wEXvG/j/jBR9fjZdBr4G0a/YW5M+yONro1qiRxs"
    "PWbBpLsr1qPV8PXM70UO4IPL5OiXadDVQTShjVVKLcclY9iXLSRGCfVAvsk2IBhGj5yxB4"
    "C1GRxE28kpNqr+Sk4JWEHU3a95sBKUjm7p2/OjO74wRi7Qp5SMwaulTdyBUCPy1Yt9Omsl"
    "DtDBk0n7XSrJXmHedXch26PLkyVK6bqITJ2CbBn/x7P6OLhWUQFD3hNVoTD2rl+SKLkQWu"
    "a1thRuRigbBH0JwPMyHXkYaJjy46nG+QZR6Vxn12P4P20e2pZgq5sbLOpDRG++q0r+4xie"
    "tixu4p3+VlddMCUEFyTxol40xqknEmxWQc2Pvl42W3oFY66sMitapb996VPoQKv3ekL5+o"
    "DpjVCkY3CkahLJZNl5bTgvEFsDYhDNmEABGJ0udXCqSTPaROsIIen+VEkQ3vqUespfMz2Q"
    "hWfODfGztGmUSci0bdMxZUebn5ZQ/fJ4pyeunx385/MQkjSr7wN+HLh7ecxo9jGfmNCT2/"
    "YBgR10eN7CJBPLSBWSQy03ro8CY4WYzxTXB6cnpx9ErYIqA8FPXQm8kbNA82xHuOPtIlg+"
    "4D8w36B+ESkj9CwqeK/gNdfbpC4JkCRKwFlJlJdjCjNpsMeOcaDcehP+Aq7z148x9XpR+Y"
    "6LUDjd6xjFtpI1UKo1weZg/l0u74TiJXfSdBKEfeXmrEcOXUnsqu4gxIOTp3v4w5MUwitY"
    "y3iB2SN3Buufbn7IbKFw2IfFFJ44s8ieeW569MXFLwHqwQFSH4KUyd8WH/Tr8a2oIxobAH"
    "LKOA6OYbwLI8hHr/3/5eWk0ZdO1iZyO90eZxmtpNqK0t/juw+Iua0FMuCTC5rSOPU25J9+"
    "M9pIFnyCVXJogdUnh1uq/L2cWbNXH86ZpwYplyGZZFqM6yzLg1usiy1B7G6ndDexi1h3HQ"
    "rK70MLbK8bwnxgpDETm+61q+RUp2a5l8z3+Ix30In7bZw/f/URI/c1Qr8WgV6drAt5Xl7a"
    "aRm6uaUCWOoq/wLSK/oEucuHCq9h0N3XeUsK2xphEDFAxR7N5GGb0MEvTdIhQkcPc5ivx3"
    "UkkKpyA9+eRUqgCsNYRq0qurIUAwjHRcWgqk49K6ikuLw5K+My4tDoTaMxY0jUtLLb1MXN"
    "rby6u3lz+9e6ywtKsVdQ/K8vXgeq3oDmFdbMricQ1i0nziYMd/hfA2e44R2+bUhUQ5ERfG"
    "IOYLbxPqTI+6z9jK4iIdH7XgN2NoSffDXmYoVSXiovGCaFqPGMwuVadHyDYI0I0BJMzoOm"
    "lvK+A2UdHOqlW0s6ITiNiLKde6QpIUt5C6coMFrC46KFF0UHuUd5FDRh2f/4IWQRJZnHIe"
    "5e6NPTHJpOOxC0DliN19YLZNl1SGxvF45UjbSwArn8qTIm8C0PTVTSS1Va3CquaaLbmeRW"
    "quD4XrJS74xEc8gIJRl6bJf0dIunzj0OjWqM4KtSbrOfEY/NhksO6d8uSMO0P1BqjKCW35"
    "2U25Jl0Iu9fUWY/eWY5cfHUao4ncgMhGFM7V2NQQjdfEbUBc04IvYEh1hE1jlNOFeyAx8b"
    "FlSxE4QSi5hntIcwF9BttT2Q54OZhyi7mJqb3a0l4wtPt4KUPdaLhyVB03Sz2syTws2CJZ"
    "8p2LCkiddy4L1K453Q/sCVuqtH3yKXJ94PbJ9/iOBl64CxUslNuboyY2ykVmeIOAOa5rmo"
    "Hhi3A2eAS6JcRlIkjN5gtTlFo7Oz0+uwkuTo3F0Wvkr0gCsq07IiqsGZgLSXQ5Qh5ZEI9w"
    "3dVEohZ9WQTdLqYsDalLG+PCx011js6wjH77Z35VNBg7Z8OKXxYp6mdx2v7dlv5aDlVNIh"
    "l6i50Vdd9T2xbfrDRuP7rbSCYRnQYWW0ADqUR0s0nkgxDLQC44HZ8fc+nAIBf8b/Ly/CZ4"
    "ebLAkYwgUImAIJIHmkkkfU/3kDQS92LQosiA9l8tigyGFY/c6kQLIVoI0ULIzoUQ4vsh1Y"
    "sSSHSrVvxg4SAuf6RGP0rc1i2R8k5Hw5Xr43bRxClyUe0UuYicItUH8x22gxLvXnV9tQSw"
    "+6pqPZK9hsy91E/TFnPVjoaBW8wvfU71eVBuMd/erD0eIvsxX3rp4Q/qplwPNE4J1wlfTM"
    "5fofsVBjt23H5kjTdoYdlgw+bK3+H9ijgoWnhHI76bOLdENGy1yR2xnx2DDZssqWeRkkzz"
    "PifSMciDFrqrDzgdCZtIE8dNpInjamniuCTdyw38kEYSJM6iFCR099m4VHwjqUK4KYgugN"
    "u5AGexafz7i5v7A8FFKaAOLpLJ+6deibhcbcOKhu/Odvii35N0Mj45P7k4PjtJDtDkSt25"
    "qQ1T6msfAzdMvfGwkxWKMzcaaR3zZKjOJNRS/E6l+AFZBLvPZuNP5pLZSrrQSx6nXER69y"
    "WjbOL7cp3HtggV1aQmWlK1kqQru+y0sgubesSg6zX0wmuh9OTAWvHRis/uFZ99qRznQj4z"
    "MXezXXRvrXqUkJOB9YJ5nJATj/xOjDaN4ApA5U7FXlJktSWlmvraktKDJeVt6JYsbfGT3B"
    "s1sacY6dFN0p5s7C+ot449o5vXoa8UjdFNMBm/nKBJ/MfxKE4+YmiFnSWiTjT2uDS7qbsn"
    "awPPoA+qagOPiz3o2iidL5OG9SQ2qMqMtF2Cv0FFwl+tsW1Xkj4BqRSbfTw5P0tIDR/qiH"
    "v16fLjR117a7cRB4acXBuPV06c7cXIow0NHRkaLDa9s5gFv7R4nj1gKUsBd2gli0+5vTWS"
    "aVWsenVrVaxHVaw2tLY4aCSjnEnG2kp5vr8eJLOE8nMyl06sHJioXq035VjYnA05oM7ya6"
    "s8Zd4aKRbkkZoHbXmg5dbvkFsHcpx+tOYe9jbvHL/cupm53+gQtUPElCSQJrkqpydn/N8T"
    "YyzqFxy/QthBsUMuqakk6ivFZku6WEAHQ3JHvM22xaFPkUHdDeKsojDe8kQuSmnayi7m1K"
    "bRQW9mNabRAdUSejLs0Hql1isf6SD8FXt4XXYChjcaHX1uMrTJkXdsTKB+4PkLcfDwxRRw"
    "0AYxlxgI5zMiNwizW7Z1w/GTZmHZNoeNoKgPfGcTLT0auOUpmr1Opg+5Qe+qWo8dGke2HB"
    "BvkYxrJQEo51vpvl2B9gn26BPU2v/+a/+/hid8qdgT3Wom+KQGS9RyPrz69bej52g2cz3L"
    "ILMZF01M/on51Ljln1iwXmPPYgRZXAghDsxqoquff2Po0Kb3hPlIAEdcQOHfoyD29DXRjS"
    "OAIAqBdWCOOZCvTD8ut0i8Oz44qhbNr6xF2UWfuOje8leR9YA/HYH5YEm0CDX8A7tahNKF"
    "/h7NRPCYwqsOYONnEOQGS1M/jdIpB21p71t+WZRLTQejGKCgcDtuFJU1ronKGpdEZQVzaS"
    "KnMQrqZz2kclhrLpnKkDgBKEfffhJIgVxSFYy2CF3AKGM276KA0Z1lEql06QSgl3uT5Z7+"
    "ZgUqX5NvFTJJDqYAreucQu/+eV2/sBOf0MfPv/w1Hp5f7bnWK+D6kNpntgi9z3S+zyRBTl"
    "IsyaI0WzpnS2QaAnvZ2mJSFaBLoJpB3TPIJYbUK5MANDM6ZwbYVKWYkQA0MzpnxsIj1nJV"
    "1tS3xtaTAinj99l5IxnLdfnXmvpkDXGI8gHPVU/Qxre2PBHOIDkmJBCV8nYfg+xTrkS2IH"
    "0M09tQO9pTz1paDranLdZ+Eau50PIwAL9zkfjVW388XhmCd1eUDNtlynE1KePxmpSFfRmb"
    "JjGnshTNwzRhC04+vJTSf+LxWv3p3jAwwBqGhQiDAz4LvE67MeB3X8EQB6bVpoxeHqeA/X"
    "4HrlcdwNmVKEEDL7TMtsoYK4Vr5bytjGwx/kts4rcpl5wC6lLJugqMztYrZOvpdpoqcz2m"
    "0UDbaV7dBgclqQpwedQkTYFFAx9MUfjskDA10qDrueVgodjQBcJxRsFzdBWmALBCFsBrNJ"
    "vB/6G1i81maEVtE1EnFMvTCQr9THPjiEsI+m/CCHiiqGIQPnMUPyr6/AOLRnkm8XQuwvBF"
    "nf2oWfAUA+KHmgvyBKR+2Eanoku6dPhGCqYNZ50bzgx+HMvYcuLxytlwuu8hNseeLHVTkN"
    "1ZJfeVvtrNr13NwzFX7pgLKd1C5kDNwfSB2oMnSscAdGS4v68Iaayk5b164YzdFV/XmXx9"
    "t4KMKlPI+zVSQF3cvrlbg2/FVnkqWbUAmILoPWJApW6EIfUTvSMHZRbk5OaokR0Zhk/X8f"
    "gmxf7Iy2P+7/z04iY4M0/G/F/j+OQVmGuh5CxxzGfUsTdcMnJCw21YYQamWBPHD43CVz//"
    "NirYgUur/fU3241z48xmnDI+ns3ALu2QJfatO4LuV8SJHsT3ojvC0CF2Qqsy8vEt/2z5R6"
    "LwTviOxBDLB/M3vw18fg5P98iCPxtYxPgQ7IsvZvKBI0SeL5+LbxQ+1wnWc2203gfFoqaA"
    "zm0gbzNNMNpY3VbBE++wxMmWjFfJtNGZ9Num9+vuw9X6JGjPtRz5oSBH3YU2cjYxcurQnW"
    "rS72cQx8ALbV/jZZkIDpcbCd9+NLDTrkxaVByOiFItKj5uPd/HZUCu4Fmjemc15c50MHh/"
    "PSi1ma5/M91ADrNf8bLUoPRrZNquPs5cqLI2deNxDaomm8SggvcIUMJI4yB6zxcEOsx2Kf"
    "KEpQcCi45GyKWcG5xJCPuivLHp4YUv7DA22GA8Ap1PqVPWIn4HM5Z2SBRTwN1bIjpIMWC9"
    "bo24F2f0o8TA6Wq8aPvSNJWOEoCC9ofjSQMB6XhS3e5gkheQoq2oKXGj4QqStnsThNjeJW"
    "gbj1fOb9y91eyW/yqpZRuNV3Dddk9cXYO7121BiI3TWFqUlilK4Tqttq144QZz22IrYrbn"
    "SOUjNFfackVb76sZopb1Xifeqsz1gSfegjnrS7RnH1SYu5L7o4fNXl567MOmLwdZ63Ugno"
    "GYg122olGQkrBL8VURQNzSq6i1FsMQLrS1OoVXo9MHYpaoQ0rMXX3Not1Ngz5Ma9JpOdvl"
    "hZwtSMcmtRVrwrg+CX/UFqCjk0roqc0APVYtiw+GIoGr06TSmN3nSPVI7J2nF0dqzFzKOp"
    "tFKWdHPDtpsMbPTirXONzSeqbaGsfAo8SuCPaM1U/xNlmWs5EdUat1MDF2mt51H1Y7/gGp"
    "ByESLSzbJx4Tgj7EvvC/xA4NrvGox/B884pfNKi7AaUB/N5RxBry6P0I3RIXxoCawBdOUf"
    "3odTbI2vjAx/j0ljgsdMPPCbNM6HgMSR4YhXoPePU/f/nEH+Y4XPsJKTIn6BCj2cxnd8Tw"
    "qTebhY2MMeKyHBKv3Y1DHfRruPqu/uvjCAIF3l9fnUaP5Tf5VcsnRyMUbQjw7TBa8Z/47N"
    "6zfJ84aG0tPVED6XvVpiHVwdF6lC6Ls2tW6B7Jg2HAYHskq096Xb5F96jYe8vNHrSp2CNq"
    "ajW2ktR7oraWOMqK/lGba+Qy5qB4vGrZgt2HPAGlpq7lbCypXNccTDU6jxsRelxD6XEFqS"
    "3H8i1sSzUeKQBVI3f3y3pOKSs5Et7bFFdJ6DEiR9wFQPra/sfP+8qCqiHoT59/e/PxHfr1"
    "y7u3H64+RCb8ZLsXN+HSNkHny7vLj8PJ0AnNhO+xQWqsiOHtUQMT4iIZ2SBjJ7TjoVuyKR"
    "rwsMPuwcbn01dgWsPLVz/CV/vLbAbZNLMZ9OJ+9WPSkRtZ5l9e/Sgq1fIhZck6/U72sDXu"
    "60FCm5Qd7V86tmGQNrkhmUifonEieVeanurbl0tBn/xpI/nptEZ+OhVn+qDOnI+0tNDB9m"
    "aT88amzaodhL0kQvdR5JzhJ8E99cwRWvA9fsUPBOptRgiC2sJxJHQwgcsnAorFgA5vgrOT"
    "sXETnJuTCf/7+MU5//f0/MVR8djZ2aw6iG7QG1v1QROtB5mtLgXZmeqys72u0VZXs9OdFp"
    "SXgBFP+hxPgbSDoeUZ7hHGfwUnalAW/FVJ+jxMW2r33lK707WuVrxRJqGSeGuZgyIer5qB"
    "q/szAijVwm6bg6lG5+NGdbqPa+p0HxfrdAuatbHbFoCqkbv7ZR3pF9OVZZqkZGXXFlwqgn"
    "XP1/2ouvSWOnfEY9ivSEfL3B/VadlrwhhecmLydZHDNNK4/RWcxmhO/HtCIIwSwtagojbo"
    "uOEnaNQYBbNBVWv+SyA5LF0+6QcGRZW4OuzdQd9GPs1tuabd22wQH0pd/sjDSHoaIYf6K6"
    "jhxLBlHqGbYDJ+OUH32BKFnUT1p3hy5tJbAgDEueX4aEP8BMAJCLGmUAlc3LxxsGEQl8+Q"
    "DDFsyogJnS6xHzBkrLCzJJA9Z2/gB9NguYLfxO8S9jzNJSZhmk5FEzIxjzZMD9Re8Cja7N"
    "BE/KfTvVLbEZIdSUJU3CJ2mLsEB8RuBMXuc/TE4SO9uNMovbpbrm4bM38aylny2dQlYF0s"
    "pi0nAgfExykXAqdwYEqYLEuQuvJvDXnFxtGOvglUE3i/bcI6CbUbo7AudqQa10tiuGWLHa"
    "VMPqFwUCI+v4mQ73/+QuzErpNbBpHF6FP4lD1cA3/Gqz6+mqZmXwa4mFwltrcUJZuY3dap"
    "4Q0iKsFiS0wwEvkogj5H1+SbD1YukfRMvvFH2BuEGWJhtSZmYBeMVpEdzLSYa+PNDwz9Tu"
    "dlgZS9zFFa55yDTeJN42or0cdQzDVsK1I+dOHzAUnTNVnOWWY2VuWzMBWj+zrX5jMvioSt"
    "Kg3TamRbNXK7M0ks8wyo1SIfGu17rrijS3b1uIHMqVlSL6q6XFc8Xpfq6qBUl1bfVVHkmq"
    "jvaY+tfBWSIlilaMkdHNwFnbqcM0W2vOdKkLV0fiYbwZoP/Ptjp7Q4RkXQxZ6xpEqP5pc9"
    "fJ9oW2VLkv/BKUDCQJm3l1dvL396d/Dn44TGQBVmcn9QophHd0Z1erknxoT1maOxfbbZ/J"
    "pLJ7NYKhgrtenrWI1hqrzDTiJUdEfPKMK3gbwWnGC0Cvw9dPfJN6kEzjRGuYqz40aR1OOa"
    "SOpxMZJ6qHUDVd3odRDe41Oeem0sm2mUDlT6PtL7ZN2W/ltoJ0x4MhJmKqUSQ3x5kfhXa2"
    "zb1RmVCUolWfJ4cn6WEBs+1JH36tPlx48lwXd0aTHfMrhK14qyZXiFxMYuSMyf7JdGe9U4"
    "Q7YQ5STB00aS4GmNJHhalAStdXmIR7XFfovYvc3+4MdF4BhARjQPLJu/N+w5zPeXvjiwa0"
    "v+CrNpFUvqU+4yQJ1u90C6XSatFC+lXoB4vF7+nS9/i02xQ53NmpZlbdS+AHmofgUkXoGM"
    "eViO6DrHty3FwbnXYpFHKE1tCWp7xLU30xbyZAGopcomUiWQzWoVkJBFdhCQMDD1aE/iD0"
    "oCyYsBCODJlK7RlAXpVJyCXcG6JdJEzYI0UYuWhDV0J5OmawGnSatTx55q7FmrJKLoDfrO"
    "JKIwwuZt+Kw9XAmVqUT5nb8TOn3kD1KVSD5eTj163wmdrvFSJTL1H/wWv4CVMXCpN7RpKN"
    "zUSGH6DInTkW6DjHQbakDEE4i12hf/2s7SYSaNbCGTGlvIpGgL0QJyNfXVEpCzFjBxuMlu"
    "bBmY3tq6SsjYRt1/ZyrGNtR/z9jQNAkjswCHl34hVJtK8TNWfBrLnnYM6FTw/JqlYiys6G"
    "oDg9kqtEA6IFZoUUmLSlpU0qLSUNigiKgE1s1KSSkyfTYWlHws0Swt6jKFOAjRBcIofMgI"
    "/qL3iGBjhRiN2mpCbScosi5cbPBhvhFAvrw2yHLQ1X99LC/Z3sssD0tzgpx5US6fbrsdpA"
    "W8wQl4Orf2kcU88X+B9NVGx3i8khbHRgZHiYbbWprS0tSQ2LD30tRb7PkfLafU7JTcq5Wl"
    "DD5qasfDGolQVz//BmIJ5X9yRvrwd9KT5geG4InQ1/XCnJg3wfnk7CX/e3F2dvQcXaI1Wc"
    "/FKJgShnoWYWg2i2wUsxkXkUolqr4nvXGWAWH+D3DdJNAjR9x5LQp78slHqa7qppiYP+2O"
    "wPcw+GFu02Vyg424uLcgHuEvjQnCnGVWy28p48y2RAP8wgPO+K8HyVcpG6BtdkPZZetEuo"
    "E2alX0vEuLG5mXp6lAlwHpkpUPl6x8hGo0Q5MjHmd5a13xsesBDbRSzRMgvRCACnSvr2oQ"
    "Y5SJk++ijsEfAXZ8yy+pi1tJxzREpSXcWdoB4+qhAb++uDHUJVCmYTvMoIwl8r1NoMSmSc"
    "yp61lGieWuttFbFqjSWtbO8cEwRF3nuO7RpBrXYxp9R4+mXs2dK2Lc0sD/QgzqZW1c5SNG"
    "daZPUb6NTY0IMvW2mAftoFfBfG2J1kCWSdYu9UVDIIzmwUZYGm/JBq2xy5BP0T20FPLhHx"
    "aioj0PHVo+Q9hh98Q7KvqR+5niISMkf6o2LA7pkB2YYXFwG+2jyDvwlhTIXtOlhZQpSyr4"
    "iLs3Jy745MTjQrlc8k8OpkndgNThuVCkcnV5sS1C98TRPXG04NxlXYI+BefPIOqWycvhjS"
    "ZiMk1GNgoSADM3F1Jd8MuLCMhYzAYv/dnZOb4JLl4sTP73xDi7CU6PT0+PXgv3vos3kHPN"
    "ZdsNMugd8RAj/F9so/CblEdc9jjfjXPjXK4hOJOL0h4REQHCaIT41mw5hE/7R8DFc7SgHr"
    "/JBXYBjOIN2AhiBBbEeXXjzGZ8MqAr+s//REtKTcYFcZ/P9Ax6h4r4z+jCf6AFBOGsos+z"
    "WZXwrkX14ciH1aJ6WCncKSmpVy3RpDHdiDOPy4iMMHM8aSDMHE8qhRm4pZsXDEMZGqobVH"
    "3KR0eX5MaSRfWlKam0twjiSFA4Hr/DgpwO9dbYPtgJgbvvzGqssOMQW4bGKcgOybw63Q2J"
    "LxpQ+KKSwBeFGC0f+2VVq2v6ViUI9TaI7hMbUrK83DGYA2qTbPtgz4wCJceFIlaZGKEdcy"
    "GjtcoxoQDVPGgpFVKYf8p1mxKZvDoqNItShvidRXVFphu5RZ0C6b299YrGpukRJtUIJQXR"
    "rorvcFV4xCDWHfGmLqehlBJURO5MktxRe4Lu5UiTQFKZJ+VcTmN2qAmRb278gu1A42zWZ7"
    "amzWwxFXmNvVu59RwjlOuz0UttSez72FhVFNiu2bizMN3IqvMt3XLuaGmsdE1fvS3kuxgy"
    "sNS4XVPeIcSELklmWfJKbW5ADqkbLEk1WILsfel0jDRM01uC3gZUi7CnHsGMljRtqzHp5o"
    "H6oG1y0Abesl0Qfgqnm1kNJ+K+mGjh4g0nEDbjOh0yXM5jNaeHzWmrzaucgmn+Dpm/bGW5"
    "bqvdOovUXB4ylyPTV7sekxmo5vOQ+WzQtQuVwFpFcuewmtOD5rRQTex2nM5hNaeHzGlxk/"
    "++heWtWzC7BK75PWR+71cuzk6DpnQqTl+pOFU1O7c3R01TciSKd16iOQ2WK18U08QMWT66"
    "5/9hP0mW4dSzfJtDmUsMUdBSFNuErBfmYJetqM9eozV1yAYS00Wyiy1SYA5yS6rXyW4cto"
    "JhdIEgVWeDsPl7wHyRxsOvQYKOyMgZQZF1LJKCLGxDVc6Az3LLVwULU+ZFIXYxq8EXmM6x"
    "GX5QyEM5NrI8SKN0IkLrFBBdA1LXgHyKC1+cYDI+rgSgYIWCcSPv1rjGuzUueresNZejZC"
    "icAJTzHp42ou9pDX1Pi/QF4Wvqk29S1TYyIOXo3Ms6Lq9Y+nSKlXYWhw2Umcq2acmAFFyw"
    "XYdHLrgiSUtKw1RnbySA3a3Y8Z6sWF1jt6ddoEXN1yxOJdLuWPIVmYtytE8gmuzfneYoR/"
    "k0ShmJ4nFSG+UInwJpurcucqHz7h4r7y42q0vm3mVgOoUj4xXrIpEgDgZrIVmWQZXZmjoT"
    "L3XOQP85AwNxyP6VM+Meb95CzEZpV+rsgFGdYzYqrcSmyxATRoI0bE99iSLUDwwx4kMraP"
    "4HviMmVBAEpyb8YEQXC6g9CGUNTyeLm+CEmBc3wcV8Tm6C88UZOXrN0YZHfHgKtok5Qg54"
    "SaMy4NCSkD+mWEVx99NrV+ug5YBqV6vBV76M9S0er1wZw+4rYREHfrbsuZNC6c5BzTPV7r"
    "AdECnRdosYhlQL06oj1YbnRpEf1+RblTS7hShg1a+LsHv3z+t6gicBdh8///LXeHieCzkj"
    "atSGZy5VcCKLUoDsfdfZ132Sqkm/nzGmJZHFQ+qT9HmxgEDJ/6aBsaqo+54d0UypoSFoep"
    "dCPajViD7shujMDnXXx8QEbcEYo8NfL//n2dnRq7h5EYnbucP/90xUU8ecrFxvWBCPaxU+"
    "XiwQNgzi+hBNOody7SLOni8wwBc0mt1NfeNERBohDvXI78QQA+8tf8WfFGa0ixDX9GSBa1"
    "NsQn8mCvqP1on2WSeKqypLR+JlcDoSr62tWoR9ScnyW8QwZHmlLNR8S5MyEcTjlRMneyn5"
    "McR6ziUUDpsRRi2N99EaE57kLUrZFIB6XTdZ17H/RFIjzcGUo3X3Kul+ZT1qlfRhlbRJw+"
    "bkPWlTlyID1TnNw7E8hHweiOnh11CdOSixOcS3Ro2MDW5qdKOOc3Eft7SGvca30ICN05dZ"
    "c3sjFPtsdzd0iNGaLyTrGWCS3NSSfsw9zaEV/kErmA8r/I/ffGlADlHd123fF3wq+m8tH2"
    "i8xeiwy9aE52ozaI9S6v0WomJi6aRJPyw+qlq1n+xFT6wSDdMljgmU2g2hO7eguB69s8yy"
    "LuM1Z2QKo5wu/4Sb5+0rgbHvk7Ur3cYgwWj3QufuhYi804pcqGr5JI/Toe956cPGDAzXDL"
    "6kxJaSg+lt5cFthU9lEkn1MY1RjsTdm7l1OW2prXovDJ3ajdHs1VLXjaHjKVXj+sDjKSPP"
    "xS/UtxaWgSOmVDk4MsNGjZwdTh7SIFnsjngcQ8w4bQulHzJCzKeQbEUdg7xCls+QSczAJe"
    "g2rKYpIh+F6wLiFPlXtDdibFleWI8zae/HoG2SNd6PvbHr7HEyWPgiTfmLJEPmLEo5F9P4"
    "5bgJnV+OqwkN9wpFJgbizGvgadqROta9L4/TCyLeZexoKcgwzGhKZdwNqlHN4Hb3/ZSlB1"
    "7/PhKSRaX7GiE6vN9Meo63YZpgHhSfr0UAT1RDHqfierisyj8wLqGSMHrn9fY2FEYADEOc"
    "0ihwkU+FvBs6vYuSc1+TlAjNX3N5JElZ839pcXovxGmdPfSoIRe6ecBj015O8k5jFFQlux"
    "e9IfJUvkXDFqTDuXQc3b4R3iM2waxFEbctTBdxkyinQ13iTFuepHloq2Wf97Q+EcFyIJrd"
    "F9Fe66BEp4vujBppc9528INq3CfRHIyBViWK00HuRaJUcUXLgxZkIltjq11FToyRcEIgyO"
    "CwTLJ2qU8cYwNOi6Ii19802v8x4PdqVKOwhatUUmrNgJQzzPdiL9Za8aNrZlor1lrDk9Ia"
    "5Is96CoPClYv2fPMG8moAWXDBfrIHYvLe7eSAkvByu0c3QdziwwD4nllfckeyEtIUMqRuZ"
    "eekDqsupr6agUFZBocWY7FVq3YnoPqpInhxFEPKvjjLfY8qzzuI741qjMSLgJ7Ydm2UO6N"
    "FODhcGkHkW8uJyJDBl272NlAB4vzydnLm+DMPBlDeVgoFXt6vLg4QtAjRxgjkYEdNCeh6Q"
    "+Kub5Gsxl0M5jNILSZBh4bIfJ8+RzdHFy9vzkoiZ7e4cTamDhoFVP302igbjbSNmuUzbwo"
    "I9soePc9gndG3JMmxD2pJu5JgbguJ5EUdROAcnJ49yv3nsyZJVdENwVRkMB9WKKoJ1M9IB"
    "6uiwYUqm+zabvORVmgbl7UPNpCK+nVq1tdJV3nPqvG9YHnPl9FKulBic6e3Bs1VdpZGtGw"
    "rKtnEFtkUDhRwM1h8tcab4TODB0qo5qrR69FIE5437buIO04Gs5V5vkGWWZVbdd+JtJa+Z"
    "5q5UMNmVaVEzruZDi019kYvRpOItv1VNrwl8MpSOzuDSkx0WRNgXmcgsTufmWDRHfLv4B8"
    "Xbs0TJO6Aaktn6zlGp7FgN1XUngc12yfNRO8qTBmT31sSZXerYArZ69tEv5THf1TCP7Zk5"
    "hBi08DbUMtfzdU7j5sMIyXuiNlscfVW0sW9V37y/5EfvSyvQhKihYxrax8JXAdjTMcy17R"
    "oKvN+NVb3X4adAdegAeMti4n+zVZuzYW3qVSw25mzEjGwAvIqZ+GNuoSbr6AVt3HEBiFJ2"
    "P+7/n54hXCotHWDwwtPGItVz7yAps8R1/4oxmC2jqz2b8Xlsd3Pb5sfTZC4YcF4bOQb3za"
    "+Hr4gV//czYrGIB3PP+NYznItbgoyKBh+NLDaybagy+IA5FeHllywrDZTMzgiblE2SCPcK"
    "IaRFieo/dNZKPyz5aHRIFFhz+0oeH5a9pcabHkDf6Xtkhri/RgT4VHMYvqOLIeLRlrSTPo"
    "Wl3zZ5NkpepUpUKiUvRtpx4uiySr1ufyOG0x+i6LkTjNZeifggyj7KlS3YO4KEem9K6sen"
    "XdSZqBdVKg5rG3nkc5Ssk3ww5Mrrgm4qrMm1GO1i9J5y9JSh8oviUPhHSmgLqClo7p1MYg"
    "HdP5pLg+8JjOy4VPPIZt8sEn64MS+192wKjO+IfjoWxqxYMfNPdd0TVBwi4G8ZbbUmq25Z"
    "BXkTErqZwtGsiAwQvuIujNNkIGdaEhDWRGJregcraDXbaiJbW4dzKjDvUctAhaV82Nk4LJ"
    "FxrL4nTQoQ743D/aw0YmTfoUSBuVW5P+jwA7vuWX1GmqJHwaohLlO8tE1HXzHnMfabGiCz"
    "iVeNDZsubEsaV8JAlAQSfJuFEu+LgmF3xczAW31lxZkqFwAlAudrOXomLMJcbUJ9+kuspn"
    "QMrRuZd1DEru1PUso2Qx1x2CWZxKm/DTKcGf2G0q26vlRowamnYkWqtBLq1H70XJ+9DGIm"
    "wmkarMXoXWE2rcIsij3cQ3wO6yzaf1Rb/gOVlQj0DbYDADsoJRp7+pbhxhA7IYssnCH4nY"
    "LICsRScAw8bWmpiQ5AuJv8mEI+TARHyUByFa2ElNA1YkbSQa+ns8qjESDcVI8WRYkW4EIN"
    "8CQFsnvpPo0S4nR/cUSJkqSTsvQA91oWUJn0ZpyrejPD+7mVVW+7+S6imEMkT/LpvF0ATh"
    "L6FoVisKx2OaCsNeavzDlWfRPNhw+Q+zWyZC9UMRUvSROrwJTohxehO8fPHixU1wNj8mR5"
    "AP4FMuUvqB56AlpWYI45LpYTzwwpycZ0AldWd3Nm1pN+KAJUKPYVuQGAL9BXQz4gFtew97"
    "Q2WbW6VRypWm7b67VeodkbDSMO3y/O5zfqh5NOpTfig69NOl/fAqO6m0pwviSNA3Hq+ik6"
    "7z0hRDrAGiUq38/eh8t8cETn8tCSrnYMq5QXtxNwvvvFx5rAShs4ngyR3nQArtEHIVWgRo"
    "laG1Zb+1JKhj5B6J8FENETnKp0DK2Jh1oO3eRyTer6hNtoEhEgmiOaTOEJXIEPXI78Twp2"
    "1E9RxQOTGylw5BoUNk2rZgcwVcQdp3r4xmKCdbf6cCrhzhuy/GE1GuZSHncrQmewOyi27g"
    "2IfCeX6J4vpA5EcGqYyc2Jm0EhEp6nLffDWnUTuzIe5ti/akpb1ksaM0ShtfOje+hNWZPY"
    "+WSOrViz+LUm4L78XqmAp2kaB0FtWK0kOrLNXzRrNfhXJ26iTaz4opuk7OU+R6TKN8nZyM"
    "sdqFSm+t2J6D6kL4w2Fz8e2ONEdRQLwVt0sfoHm+BzyPeuJ8B9NzT9BcHzbXw1SVVuzOQD"
    "Wfh8xn0pLJRHN4Tzgc7b5mQNpv3Vuw5vWweS2O2NbMzqM1t4fG7aHl7l35xD2oS9wTA0YN"
    "s/ZYPPjBlL3rFUGwAsPaoPcrikzLFEVBR/xf4sC/m1FYa+J+ZRkr5K6oTxk6JJh/gKBjgo"
    "wVdpZEFI6AoqMmgU6PrCRTr/fZdMGJQUcp6aqkw+JHSn4t74JZbcevaoCpRDR8Exv+pNqG"
    "PynY8BceXU/F9iVD4yxKOa9U94E0/JCXJnIao+Ja7pzIXJ6Qc64mAAXJ20NcAZUrfhmPV5"
    "C442YlA2sqBuaJ61C5zSEer9zeq/OQ1A+FAWFbhhnx+GGwAqZVhhX7FcOh3fkPW5YG3vn6"
    "7zTwHGwflJiU4luj2j7XloMdg0x/Tw1uVA4VSMjZDZWUTsfEvAku5sb4SNRXgk4084BZDm"
    "EMCf0R+j8f3vKFN0IeWRCP8CmPZjOoRRouzxFiNHkkFBhlUXB7oTbqDua9cQQY4SVfvIhT"
    "yGTinuiCjSJKIb53+XxFQ+HVNXTtW0blqPx7yyDVVaTg28DN5PvoClJDspRUW65ixjUVKe"
    "PxCsrr3dcY2b4NMhpRGqQgmbvXOV28WUNUrlz+SxalWsZA94t5TdZS9I3HK6d89pK9uA9m"
    "qb1Ndtkv/UXHoO+7+vKRmEvifeQi+0GJBpO620iJscX4qR0DGikyzDJFg0wcS/avuNIQVg"
    "bhmsJf0Atkkjk4oEEFwIYBN0boR36dL3kTblj+c3QZo39goo0mQyxYQ/XZF0Xv+M5mfdhL"
    "/vUgevY0FlfpPX8rQ51EKyGDU0Iidku7z7M47T5v6z7Pvy3NZZAsTkFtpXs5OtyKJKicAJ"
    "ST9Lonrq6X9VgtSPZKxNYugr2Xsf+BbZv4l+bvAfPBjlMmaRfGNJK37wWKUyEDe7h9hINw"
    "wGVYYsYxnkIQhmLkLvG4KDvHNjwfepG5NvYX1FtDTOhiAVb/C+PFsejbcPaKg3zqPgtcFP"
    "W2F4cs8UYIF4TuXUx64xh07RKHYfip/AK/53lEODyPonBXQIQFq0RkaxwbC9L8By7Vx96F"
    "sMgP2zZo02Gvw9/kq+X27SsiaXstAHUTigdFG92E4tHUIy1UPlZ/NV3mXDse9to3KVlfqN"
    "P6ZQM6Dp+6T0crnIoonG9CfeqgUtuMB4wkVM15CvOgnnkTnCxOX94ELy9emqC2GdhYCbVv"
    "NnvGgvWh8JhAOBi/BLFjs5nBZW265oJgOB2/lbhe1lB0hw+zN8gKe2Dz2bmmZ8QtLDLa5u"
    "6mvnF86OoNqwe0RcpI6AkagSKL0TLg7OTosFoUEmPDht58EnAioSVFc2LTe/T/iEefoy+E"
    "vyOGZVtCh0Wi2BC7cfhA8kfA6Rz2HxeONq2SDl9ErFZJh6ElPRlGbAmf2sOaEz4FUqYQ7o"
    "7prkvtqSYHxTTKl9obiBx0STzLWJUJQNGdWskHb8c8JOlU87nj0/mpHM3fWaK7+tCt7MZe"
    "rehWt2NXwY4wOT1tYqk5Pa221MC9nKXGdaXsNOFwBak7bmQHG9fYwcYl9aCp45cWkajOOE"
    "xBdp902CO1d5Fe+KiH2Z//B+Sqo8I="
)
