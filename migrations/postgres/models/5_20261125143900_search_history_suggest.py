from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "search_document" ADD "lead_initials" VARCHAR(20) NOT NULL DEFAULT '';
        ALTER TABLE "search_document" ADD "lead" VARCHAR(20) NOT NULL DEFAULT '';
        ALTER TABLE "search_document" ADD "lead_pinyin" VARCHAR(120) NOT NULL DEFAULT '';
        ALTER TABLE "search_log" ADD "term" VARCHAR(50) NOT NULL DEFAULT '';
        ALTER TABLE "search_log" ADD "history_hidden" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "search_log" ADD "term_initials" VARCHAR(50) NOT NULL DEFAULT '';
        ALTER TABLE "search_log" ADD "term_pinyin" VARCHAR(300) NOT NULL DEFAULT '';
        CREATE INDEX IF NOT EXISTS "idx_search_docu_lead_in_72b9d1" ON "search_document" ("lead_initials");
        CREATE INDEX IF NOT EXISTS "idx_search_docu_lead_201123" ON "search_document" ("lead");
        CREATE INDEX IF NOT EXISTS "idx_search_docu_lead_pi_0555bd" ON "search_document" ("lead_pinyin");
        CREATE INDEX IF NOT EXISTS "idx_search_log_term_1e283c" ON "search_log" ("term");
        CREATE INDEX IF NOT EXISTS "idx_search_log_term_in_cacbb0" ON "search_log" ("term_initials");
        CREATE INDEX IF NOT EXISTS "idx_search_log_term_pi_7803b1" ON "search_log" ("term_pinyin");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_search_log_term_pi_7803b1";
        DROP INDEX IF EXISTS "idx_search_log_term_in_cacbb0";
        DROP INDEX IF EXISTS "idx_search_log_term_1e283c";
        DROP INDEX IF EXISTS "idx_search_docu_lead_pi_0555bd";
        DROP INDEX IF EXISTS "idx_search_docu_lead_201123";
        DROP INDEX IF EXISTS "idx_search_docu_lead_in_72b9d1";
        ALTER TABLE "search_document" DROP COLUMN "lead_initials";
        ALTER TABLE "search_document" DROP COLUMN "lead";
        ALTER TABLE "search_document" DROP COLUMN "lead_pinyin";
        ALTER TABLE "search_log" DROP COLUMN "term";
        ALTER TABLE "search_log" DROP COLUMN "history_hidden";
        ALTER TABLE "search_log" DROP COLUMN "term_initials";
        ALTER TABLE "search_log" DROP COLUMN "term_pinyin";"""


MODELS_STATE = (
    "eJztXVtz2zYW/isYPdmzSibWxXbSnZ2x3aR168TZ2N12WndoiIQkVBTAEqAdzW7/+wLgRb"
    "ybVEWZovGSWOA5vHwHBM8d/+0tqYVs9voHOum9A//tEbhE4o/4cB/0oOOsB+UAhxNb0ZnU"
    "RcYfAdWEcReaXIxPoc2QGLIQM13scEyJpD4DHsEc0CkQJ4IrZIFH6i764NHFnCMCMAF8jg"
    "ATNwHEqQgTZxOsADI1bs4hmYkjc8gBQchiAPPX8soWNcWlMZk1eRFx1j89ZHA6Q4LOFZf6"
    "7XcxjImFviImf/7WYxxyTyFkCVLIe79LEmdhTDGyrQTC2JJkatzgK0eNnePZJeEfFK08x8"
    "Qwqe0tyZreWfE5JREDJlyOzhBBLuRIXoG7nkSeeLYdCCkUhv8AaxL/zmM8FppCz5byk9z+"
    "DazHeobx6frWuHl/axi9jGxDjpgkgiGTEjkvxK0yBcBM3sKrt4PBcHgyeDM8Ph2PTk7Gp2"
    "9OBa263+yhk7/8m1mj5Z9KYXb53eWnW3lDVEw+f1bKgb8UD+TQ51ICWqOv/s/gfzGHbj76"
    "IX0Kf/FgafxDtMsEEA6sJbB+YXYhgiX8atiIzPhc/Dx686YE3v+cfbn4/uzLgaA6TIL8KT"
    "g08I9JvNf4OnBlU5gzxX+4uf6UD3GMJYWyhU0O/gdszDKzfVto9/459Yi/Dkw8bHNM2Gt5"
    "2X/1GpJBCeQSInnmJWN/2nGkDz6e/ZIWwsXV9bmCjDI+c9VZ1AnOUwJZoFWd+R6QbzTdg9"
    "WkJctNcq6/Paoy198eFc91eSwJ7XrRr4rummN360nPQcSSSO0G6OMqOB8Xw3ycRjn4oGZQ"
    "/lbgxPES5SO95kqvKQHb6/CPPVzHSyC+vfz4/ub27OPnxELy7dnte3lkoEZXqdGDtDiik4"
    "CfL2+/B/In+PX60/v0ehPR3f7ak/cEPU4NQh8NaMUxCYfDoYR4odDNlg7PeY0KNaI4y9N6"
    "0bbk+aZZvWhwNDoZnQ6PR5E6FI2UaUGhxhPT4MXruAGoabbdAXu6J8Da1Fwgy5jU+p4mmL"
    "byVW2VDnk8qrDcH48Kl3t5KBdlj3Bs113007xbWPpbhn6XVn4bMm4g16VuVs636GvBOpXk"
    "6sIbVSbT97/cllsEkUivrj99F5KnzYTkG2a6SGKzgVKV5OygYtUTD2hdE3sVzJI9ed2CCV"
    "36tk0xwWy+kdhTrHpVbduqKn2N00XM3yUHJtBcPELXMjJH6IAW0WYPLQfL9AgkcKaEJNGU"
    "9xk4jW+EdYuu6KyX41COjvWf9CpLIxkZdkD7pG/5miDg0kfgIBcoVt+5i5VPh04BJCsAZw"
    "LimTj2Trl65Sy1seBjc/pIAKfAY8hlgtQC0LMwpy7L+pebvFAVH3N0boVL+MPAlnY2t9TZ"
    "nJBYVYshwdRBt/Ooitd5VOx0HmV8zol3odZ0T3PuzujtyNxfCwE9IJKjWRTP84hBz/EKc3"
    "zq0qX/ZayDcZKrg0APBxWAHg4KgZaHkkAL1ao2zHEeDXIFkIVCl2f1l3wUQ4Ydxk12EzDZ"
    "vgeN0HqzN6TvHLTjSgHucUmAe5wNcGvvSTH63fKetMSqPvP4/JYuEOnlmNXrg/0yuxqaJv"
    "WElAzxkHNhZYYMFRK3Jgi6wuBVPN8AKqQLMGfg5vuzV4PxMcBM2MLCarf6gFEAgbSFJpAh"
    "YCO4ACv1iIBIu1fei3+avNStpi5TKXnLm/yBTG4sxKjkCX9ry7q1lrUSsDGHbF5PT4tzbe"
    "d716Ikl+2rEuk3o3KeS4qvg0rx9hNdYstOrZUlyaddGBu7MEwb1/RhrDk6pzxvf35rzfml"
    "aM4Jv+BXB4uzbSD1JGcHpb4nUq6UzOGiB7rY6OVOcurgctuk3BIz+AtVj5uxgNV4v5Lx64"
    "akT5m9xbJ92pzUBmMrDUZTzItaml1A3zkjcfuhKV1S1SC4zKROLXQjhg7Cu32bxEHuEjMm"
    "7ionV76kZC3J1o6yNXm9zpStBU+V88mk4isOSb5cYlwpmUwEW1PCiEZ2i/v59fVVAvfzy3"
    "T2708fz9+LN0IJQRBhXuT50Kb5CzHNa2jziULH6TTnVQzYPvz4BdlQAZudA+v8T/8Ueyb+"
    "v8IJH46G06DRRNolu5D6Z14ebXCoX8niYUtmhJpso1bPbz1HCN3XOzxXzFOkQ2cttYQiQV"
    "XVKNeS7Z5GOaiisA+KFfZBtgFCMP3rALxm6SLEVaKSg+Ko5CATlZQrWu3Yb4KpgzBvP/ir"
    "K7O3XECsQyFPqVlt16orhULko3nLzaypJKsOhrRaztpo1kbzjusrhQ2dX1zpG9dVTMKItk"
    "ryp7jvV3Q6xSYCwRm+AUvkyl55XFUxMs9xbOxXRE6nALoITASZJWsdqV/46ICDyQpg6zA3"
    "73P7V9Axuj21TGVtbN1gUpxHx+p0rO45wXUgY49UrPJ1bdMMYwfhHlQqxhmUFOMMssU4cu"
    "2vny+7ZtrIRn1ape7q0r13rQ9lh98H1FRMVCfMagNjOwZGpi2WTWeYbCD4DLN2IbTZhSAz"
    "Emt/v2JMutij1hcsY8cnJZEVwwfqIjwjP6KVEsWluG9IzDyNOJWNumciKIpyi2EXPkaGcn"
    "zqiWcXT4z8jJIv4k34cnkhMH4ez8hPTNn5GceIGu9X8ot4IWkFt0jgpnXBwZ03mh7BO288"
    "Gp8evlO+CNkeirrgfHAOJt4Kua/BFZ0xufvAZAV+RkJD4n2gYqrgH+Dm4w2QkSnJEVoBeW"
    "6SHVxRu01avHL12xPQb3GX9wai+c9r0rdM9dqBRU+wuajtpIrxdK4Os4F2aQ9iJanXfSfi"
    "6By8jfSIEcapbdSdxQmmzuG8/WkswLBQrWm85tghvB5ZCOuP7Abl0wognxZifJqGeIJdPr"
    "dgTsN76YUoSMGP8ZQ5H/bv61eCrXQmZNaAWZAQXX0BmOWnUO//29/IVlMmXTqQrGovtGk+"
    "jXYVtLXHfwcef9UT2hCaAKu3dKT5Ojelm4keUs816xVXRhw7RHg+3tfprANYxdDrAJYOYL"
    "Va1IUBrI1KCB+ROYeyRxkiHHOMcjSJOuWEP6vTXfpnW+3h+/8sdYUp1HICJllcK4ROkrJd"
    "VYqiFAOVE4f4Td5FEHZyEAn7curQRNtDE5HYKiuyIUMHM+C27wILXoYa+K45Ogjw9kvgxH"
    "PSmgjHWBoK+XSpway2EIqh766FIHMtaqc9xZh02tO20p7CrJe/mfYU5tnsmQiqpj3Fpl4i"
    "7eni7Obi7Nv3z5X1dDOnTi+vHEyOl6ruMmuIGSykq5DyxBGBhL8DcF2cxZBtC3RlHZZKO2"
    "IypQiu67Uslzqv2BwLlU5QTcXBkDVnc71GrpBrSoQ9yRVo2o5ozSpVZkfU7T+v+87X8NLq"
    "mrC1glvFRDsuNtGOszEGZE8NYXX5kGSXkLJudhle3dOuRk87HbDcRYSHEi6eYIMYfJKvcw"
    "HL7Tt7Qshqp/tmGDsH9vbzfm06o3UwDuk7B20j+ZHiUm4teCMGja/eo1B71Qq8ao61odST"
    "nFrqbZF6Tgg+ihG3oB/RmWWJ5/ChS+9LGRzql3mhlmg5QS6TDxsR6605Xpxzp63RgK5KQn"
    "t+dtMNSPdZbrQy06UPmNRL343zaJArgGwG6VyVXQ0BvQa3ArgWljdg1tpwNM7TOVu4AYgR"
    "h9iuBXDE0ck53EAVhbRnoG3U3WAtxda5yVzF1V7sac842jmc1UE3IO8cqkfVKttKCtsyvk"
    "gW3XPWACmLziUZdWhObzf1gj1V2j/5EqXecv/kB/hAPddfhTIeyvXBfhUf5TRBXiFhTtia"
    "lmdylc4mTwEWCDlMJanZYmKqTl7H4+HxnXc6NqeH3wA+RxGTjR+QauBlQqEk0VkfuGiKXC"
    "RsVwuoVud5GXS7uGRuSl3cGeefztA1Ou1y+u2f+7WjydgpH1b4stRCP8mn/d+b4q/10K5p"
    "JG3fwWVOnQ/UttWd5ebtB0cr6SSqkf10zVBBK1GbpUT6gc/LpF4wPjoZCu3ARKfib/T25M"
    "57O5rCQEdQXJGCoIoHqmkkTV/uKW0kbPWvVZEWrb9aFWmNKJ55Jw2thGglRCshO1dCEOc+"
    "6lkNJDhUqn4wn0joHzHqZ8nbWqBa0emAvHPbhJ1WCYqcFgdFToOgSPGH+QHaXk5074eb60"
    "/5UEcM6VUJmxz8Tyh3bB8/zSUwSygSS08I78HHs1/SyF9cXZ+n1xR5gvN0+wntMe/Yp6Hl"
    "HvNzF5LkEps4UPpZCPzGxiQi1bm8HVVeiz8Uz5tR2qJv8vbzScWZxWdzXrvUMs3XuZyQ7R"
    "dt20Kxrddafs3RwbSxoyo5N8UpN7q2cqe1lcxwkUmXS7nZQd2OA1lmnddUp+UAdXM09WL3"
    "WUC+O7flm2aVj8HR6GR0OjweRTpHNFKmauxv7wZHVhQgazfLxfa7N7R0++QX4G7XTt9ige"
    "ynZd9yp++FmAAz6uY2fY6O9avY92acukoinA35lLpLEDJ+A2z0gGxwBO68wdHbARiEfwz7"
    "YToaA3NIZoCSgHaYm++2vTNrh0OrF86SzS+hi8gGGVRxtoY+Y10VRtxOFm9QFvibJbTtQu"
    "gjpi5F64eDk+MIavmjDNybj2dXV7oau0TVHVYxjIfFdvEwaxab9XZUCum106GK00Ebvlsy"
    "fDEzHjDD8kmz37MnPDcxxh16bcKv3N46bbQpVjy7tSnWgCn22TdEejmWWHioX8UQc2LENQ"
    "qSDm4+/3QIIFNJGDKPR2bYPgLMX4PbOQrLfwBmzENAAMrAzY8/sT4Qk5KL/9RWgwASCyyR"
    "hWFZHdKWr3RH7sj9veNiE93fq/H7e8apuRC/mLdcQhczpBKI5WnAgU0fEeNAMfQBp+JqQN"
    "EfCuvPVJQrgL6Ke9MmYPutjmITUKeuPpsXM/C71EY/xagN8A0FoHJtaqMf59Iu/E2x55jn"
    "aeklPTlChg4a7M1sOe1NaoMc5+mc7d5I/x68FGpqLddIyNA5fBvxjSj9s6Z3OmTpkot0x8"
    "szdfEME2gbG+Cf5e2Mp2rXZWXS3qrjGQzpOwP49nJioJ23a3IxlCG9hjLTdwFaFrKMuoim"
    "2TSwGZ0YznIALS4TCul3XyXU++fUI6bEC0w8bHNM2Gt5vX81pWnsunZoT1LoxGXk+7Qb/a"
    "6BDDod+NrOyqGjMMVQdysKowscuyz1EKOWFjh+hmrdygbeApdGcdTNERTMcEK6CgE3C5lU"
    "TTgguQCdAkgAfSSyEZ/qvBemL1IXUOK3vTnsA4eKKSD3s4UcYM6A5cKpHwaTLXGAi2Scn5"
    "K8wNsOrpjbcUddQh4NKuyZDLbrnjstsshbFj3TsRuwfmmq6ucRQwfjB8NBlYS/QXHC3yCt"
    "mT9nb5BWQbv9SmQWtMGtbFgG9J2LF2x/wwq90XmD4OqIbaPLglIbjVBbrK1T5LLr9IRN1Q"
    "vHm8i2D8JE3lgihafQUtF1n9rhod1cL1fqe+Dm+hKs2b0Cd1d0vP+028uN0z7t+iIAL5ee"
    "OgdgBDpsTrnyRvl+KTErvCUi/B1AD8hdAQYfkBXzOvmjwdcHYCZ9VTnurqauohPBW/0xLa"
    "sFnqENKoEjJp0IvqlaQzzZ4L1GIHTN0KUUt61FQ7UboMGYffhhyAJcnKgS59Etbf9GWkpo"
    "xkzq7Suc4OqcH/F4VGGOH4+KOxiOMhs3azuzYxZHy4tabxB0zfm34TKZ21s+QVFqdTBFa8"
    "RX3afNjp/nkAOfE0yxzZHLlKIvk67EX2qFlqHxoDp1snonBk3qrKTRIOPeYUGqSx/7YIEc"
    "SSPNBDFxsuZHo1eTpa6XgobTBSLMD8NPEMMWEqxyUxwIfLtHRvWvv3wUJyNEWD8+IhMEDi"
    "C4v+fsAZmcuvf34BHzuWASuhxQr90doQR89mffzb+v+jJR4MPtzTg4rTgoRjFHh30QLAjy"
    "7qDsnWS9enQx54iAJZ6J974kM6Cq2dSmfdC0HdXagtqX4B/WFbW6ovaFQq8L5XSJ1t57bv"
    "agSmuP0NRmbCHUe2K25gTKsvFRW1jkddxBIX1TjqDMt3Zv88kkUoaDyQrX6n6YYusazkeV"
    "gD4qQfqoAGpMMMfQrlV3l2HsGtzbmdatcnRd0YL9E8OD/QruLZtW2zuxdy1rNXxXU+DIWa"
    "DVI3WtPphSF8yx0MncVR/IALhPh3xnlNpN2WdU00BuvXw8OjLvvBNrMBB/D9+ciH/HJ28O"
    "sx6unV1VB9xbbSoUO4qC+VArUrlm2dkyt7NY5bha+5iS7jHpj8qz7IitnRGgJ7Rb8RQCVC"
    "8vUFwIfZpNW3V7b9XtdK53KzaZKL5A7rLOhyKk75oyvP1vhERqAxsvxdY1nIeVerkNS3q5"
    "DbO93BRmm9h4Gcauwb39aR3YF8YcWxbKmdml7fCzzHojwyd64rfEvj5DLjbnvRzjOjjSL7"
    "Os4ZqmNbtPvxRj9G/qh8Vm5gNyw+KDquttjKWDObGD8biKR208LnapyWPJ9Va+VDUQDsg7"
    "iG4jvYzFFXnNnOMYi045rply/Kwfs7/+D9+fL+k="
)
