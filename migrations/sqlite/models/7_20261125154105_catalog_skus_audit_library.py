from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_attribute" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "input_type" VARCHAR(16) NOT NULL,
    "options" JSON NOT NULL,
    "is_indexed" INT NOT NULL,
    "sort" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* 属性: what a shopper may filter by (when indexed), linked to level-3 categories. */;
        CREATE TABLE IF NOT EXISTS "catalog_category_attribute" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "category_id" BIGINT NOT NULL,
    "attribute_id" BIGINT NOT NULL,
    "sort" INT NOT NULL,
    CONSTRAINT "uid_catalog_cat_categor_2b8ebb" UNIQUE ("category_id", "attribute_id")
);
CREATE INDEX IF NOT EXISTS "idx_catalog_cat_categor_63fced" ON "catalog_category_attribute" ("category_id");
CREATE INDEX IF NOT EXISTS "idx_catalog_cat_attribu_e8fa71" ON "catalog_category_attribute" ("attribute_id");
        CREATE TABLE IF NOT EXISTS "catalog_library_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" BIGINT NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL
) /* 商品库: an approved product the platform offers every merchant to copy into their shop. */;
        CREATE TABLE IF NOT EXISTS "catalog_param" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "category_id" BIGINT NOT NULL,
    "group" VARCHAR(20) NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "sort" INT NOT NULL
) /* 参数: an industry spec a level-3 category asks products to fill in, in named groups. */;
CREATE INDEX IF NOT EXISTS "idx_catalog_par_categor_f4f537" ON "catalog_param" ("category_id");
        CREATE TABLE IF NOT EXISTS "catalog_sku" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" BIGINT NOT NULL,
    "shop_id" BIGINT NOT NULL,
    "spec_values" JSON NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "barcode" VARCHAR(40) NOT NULL,
    "price" BIGINT NOT NULL,
    "original_price" BIGINT NOT NULL,
    "unit_prices" JSON NOT NULL,
    "stock" INT NOT NULL,
    "weight" INT NOT NULL,
    "image" VARCHAR(500) NOT NULL,
    "is_enabled" INT NOT NULL,
    "position" INT NOT NULL
) /* One spec combination of a product. Stock is in the base unit; ``unit_prices`` hold one */;
CREATE INDEX IF NOT EXISTS "idx_catalog_sku_product_15a6ea" ON "catalog_sku" ("product_id");
CREATE INDEX IF NOT EXISTS "idx_catalog_sku_barcode_89c628" ON "catalog_sku" ("barcode");
        CREATE TABLE IF NOT EXISTS "catalog_tag" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(10) NOT NULL UNIQUE,
    "sort" INT NOT NULL,
    "is_enabled" INT NOT NULL
);
        CREATE TABLE IF NOT EXISTS "search_facet" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" BIGINT NOT NULL,
    "facet" VARCHAR(150) NOT NULL
) /* A filter key a listed product answers to: ``tag:<name>`` or ``attr:<attribute id>:<value>``. */;
CREATE INDEX IF NOT EXISTS "idx_search_face_product_0e32f5" ON "search_facet" ("product_id");
CREATE INDEX IF NOT EXISTS "idx_search_face_facet_fac9d4" ON "search_facet" ("facet", "product_id");
        ALTER TABLE "catalog_brand" ADD "reject_reason" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "catalog_product" ADD "params" JSON NOT NULL;
        ALTER TABLE "catalog_product" ADD "service_promise" JSON NOT NULL;
        ALTER TABLE "catalog_product" ADD "description" TEXT NOT NULL;
        ALTER TABLE "catalog_product" ADD "source_product_id" BIGINT;
        ALTER TABLE "catalog_product" ADD "specs" JSON NOT NULL;
        ALTER TABLE "catalog_product" ADD "is_deleted" INT NOT NULL DEFAULT 0;
        ALTER TABLE "catalog_product" ADD "freight" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "catalog_product" ADD "units" JSON NOT NULL;
        ALTER TABLE "catalog_product" ADD "images" JSON NOT NULL;
        ALTER TABLE "catalog_product" ADD "audit_reason" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "catalog_product" ADD "attributes" JSON NOT NULL;
        ALTER TABLE "catalog_product" ADD "price_max" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "catalog_product" ADD "video" VARCHAR(500) NOT NULL DEFAULT '';
        ALTER TABLE "search_document" ADD "boost" REAL NOT NULL DEFAULT 1;
        CREATE INDEX "idx_catalog_pro_status_438e58" ON "catalog_product" ("status");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_catalog_pro_status_438e58";
        ALTER TABLE "catalog_brand" DROP COLUMN "reject_reason";
        ALTER TABLE "catalog_product" DROP COLUMN "params";
        ALTER TABLE "catalog_product" DROP COLUMN "service_promise";
        ALTER TABLE "catalog_product" DROP COLUMN "description";
        ALTER TABLE "catalog_product" DROP COLUMN "source_product_id";
        ALTER TABLE "catalog_product" DROP COLUMN "specs";
        ALTER TABLE "catalog_product" DROP COLUMN "is_deleted";
        ALTER TABLE "catalog_product" DROP COLUMN "freight";
        ALTER TABLE "catalog_product" DROP COLUMN "units";
        ALTER TABLE "catalog_product" DROP COLUMN "images";
        ALTER TABLE "catalog_product" DROP COLUMN "audit_reason";
        ALTER TABLE "catalog_product" DROP COLUMN "attributes";
        ALTER TABLE "catalog_product" DROP COLUMN "price_max";
        ALTER TABLE "catalog_product" DROP COLUMN "video";
        ALTER TABLE "search_document" DROP COLUMN "boost";
        DROP TABLE IF EXISTS "search_facet";
        DROP TABLE IF EXISTS "catalog_library_entry";
        DROP TABLE IF EXISTS "catalog_sku";
        DROP TABLE IF EXISTS "catalog_attribute";
        DROP TABLE IF EXISTS "catalog_tag";
        DROP TABLE IF EXISTS "catalog_category_attribute";
        DROP TABLE IF EXISTS "catalog_param";"""


MODELS_STATE = (
    "eJztXVtz27a2/isYvdSZo2QiybIdt9MZ23Vat06cE7unnR13aIiEJFYUwE2AVjR7578fgD"
    "fxbkIlZYrGS2KBWAT5LRBYd/yntyQGsuibX8mkdwr+08Nwifgf8eY+6EHb3jSKBgYnltdP"
    "Jw7S/g56TShzoM54+xRaFPEmA1HdMW1mEix6nwEXmwyQKeA3gmtkgBVxFn2wckzGEAYmBm"
    "yOAOUPAfitMOV346QAUq9dn0M841fmkAGMkEGByd6IkQ2i86FNPGtyEH7Xf7tIY2SGeD+H"
    "D/XlL95sYgN9RVT8/NKjDDLXQ8jgXSHr/SW62AttaiLLSCBsGqKb166xte21nZuzK8zee3"
    "3FPSaaTix3iTf97TWbExwRmJiJ1hnCyIEMiRGY4wrksWtZAZNCZvgvsOniP3mMxkBT6FqC"
    "f4Laf4BNW0/TPt7cabeXd5rWy/A2pIhxImjSCRbzgj8q9QCYiUd4/W44HI2Oh29HRyfjw+"
    "Pj8cnbE97Xe97speNv/sNs0PJv5WF29fPVxzvxQIRPPn9WioZvHg1k0KfyGLRB3/s/g//F"
    "HDr56If9U/jzF0vjH6JdxoCwYcOBzQezCxYs4VfNQnjG5vzn4O3bEnj/7+zzxS9nnw94r1"
    "dJkD8Gl4b+NYH3Bl8bri0Cc6b4r7c3H/MhjpGkUDZMnYH/AsukmdleF9q9H6Yu9teBiWta"
    "zMT0jRj2x15DPCiBXEAk7ryk9N9WHOmDD2d/pplwcX1z7kFGKJs53l28G5ynGLJAa5n5Hn"
    "TfaroHq0lLlpvkXH83qDLX3w2K57q4loR2s+hXRXdDsbv1pGcjbAikdgP0URWcj4phPkqj"
    "HGyoGZR/4jgxc4nykd5QpdeUgOxN+MceruMlEN9dfbi8vTv78CmxkPx0dncprgy91nWq9S"
    "DNjugm4I+ru1+A+An+dfPxMr3eRP3u/tUTzwRdRjRMVho04piEzWFTgr2Qy2ZLm+V8RoUS"
    "UZzkabmoLn6+bVYuGg4Ojw9PRkeHkTgUtZRJQaHEE5Pg+ee4Bahpst0Be7InwFpEXyBDm0"
    "jtpwmiWnbVVsmQR4cVlvujw8LlXlzKRdnFzLRkF/00bQ1Lf8vQ79LKb0HKNOQ4xMny+Q59"
    "LVinklRd+KLKeHr55125RhCx9Prm489h97SakPzCdAcJbLYQqpKUHRSsevwFjRtsrYNZsi"
    "efWzChS7+2qYlNOt+K7SlStaq2bVUVtsbpImbvEg0TqC9W0DG0zBUyJEV9s5eWw2W6BWI4"
    "85gk0BTPGRiNb7l2i67JrJdjUI6u9Z+0KgslGWlW0PdJ2/INRsAhK2AjB3ikvnHX9Gw6ZA"
    "ogXgM44xDP+LVTz9QrZqllcjo6JysMGAEuRQ7lXQ0AXcNkxKFZ+3KTA1WxMUf39nAJf2im"
    "oYzNLTU2JzhWVWNIEHXQ7HxYxep8WGx0PszYnBPfgtR0T1PuTuntyNzfMAE9IpwjWRTP84"
    "hAzfEKc3zqkKW/M8pgnKTqINCjYQWgR8NCoMWlJNBctJKGOU6jQK4AMhfo8rT+kk0xJNih"
    "32Q3DpP6LWiYyM3esH/noB1XcnCPSxzc46yDW1lPitHvlvWkJVr1mcvmd2SBcC9Hrd5c7J"
    "fp1VDXicu5pPGXnHMtMySoELg1QdDhCq9H8z0gnLvAZBTc/nL2ejg+AiblujDX2o0+oARA"
    "IHShCaQIWAguwNp7RYCF3iuexb9NXuhWU8NUCt5yJ38jnWkL3ipowt9Ks26tZu0xWJtDOp"
    "eT0+JU9ex3LQpyqV+USH8ZleNcUnQdFIrrD3SJLTtSK0uSTpkwtjZh6JYpacPYUHROeK5/"
    "fivJ+aVIzgm74Ffb5HfbgutJyg5yfU+4XCmYw0GPZLHVx52kVM7ltnG5JWrwZ+K9bkYD9t"
    "r7lZRfJ+z6lNpbzNun1UmlMLZSYdT5vJCS7IL+nVMS63dNqZSqBsGlOrGl0I0IOghv/TqJ"
    "jZylSSl/qpxY+ZKUtSRZO9LWxHidSVsL3ipnyyR8F4c4ny8xqhRPJpysKWZELbvF/fzm5j"
    "qB+/lVOvr39w/nl/yL8JjAO5msyPKhVPMXoppLSPOJRMfpNOdTDMje//YZWdADNjsHNvGf"
    "/i32jP3fwgkftobToNFA2iW9EPJnXhxtcKlfSeOhS6qFkmyjWs+Xns2Z7ssdrsPnKVKus5"
    "ZqQhGjqkqUG852T6IcVhHYh8UC+zBbACGY/jIAb0i6CHEVr+Sw2Cs5zHglxYom7ftNEHUQ"
    "5vqdvyozu+YEYuUKeUrMartUXckVIl7NXW6nTSVJlTOk1XxWSrNSmnecX8l16PzkSl+5rq"
    "ISRn2rBH/y535NplNTRyC4w/dgiRxRK495WYzUtW3L9DMip1MAHQQmvJshch2Jn/hog4PJ"
    "GpjGq9y4z/pHUD66PdVMRW6srDMpTqN8dcpX95zg2pDSFeGrvKxumiHsINzDSsk4w5JknG"
    "E2GUes/fLxshuirXTUp0Xqri7de1f6UFT4fURN+URVwKxSMOpRMDJlsSwyM/EWjM8QKxNC"
    "m00IIiJRev+KEalkD6kdLKPHJzmRZcN74iBzhn9Da48VV/y5IdbzJOJUNOqesaDIy82bHb"
    "iKFOX41OPvzt8Y+REln/mX8PnqgmP8PJaR36mn52cMI157v5JdxA27VjCLBGZaBxzcu4fT"
    "Abx3x4fjk1enni1ClIciDjgfnoOJu0bOG3BNZlScPjBZgz8Ql5BYH3g+VfA/4PbDLRCeKU"
    "ERagF5ZpIdjKjMJi1eufrtcei3uMp7A97851XpWyZ67UCjx6a+kDZSxWg6l4fZQLm0R76S"
    "yFXfiSg6B28jNWK4cmppsrM4QdQ5nOufxhwMA0lN4w3FDuF18YJrf3g3KJ9UAPmkEOOTNM"
    "QT02FzA+YUvBdWiIIQ/BhNmfFh/3a/EmyFMSGzBsyCgOjqC8AsP4R6/7/+Ro6a0snShngt"
    "vdCm6RTaVdBWFv8dWPy9mtAalwSo3NKRpuvclG7Ge0hcR5dLrowodojwfLyv01k5sIqhVw"
    "4s5cBqNasLHVhbpRCukD6HokYZwsxkJsqRJGTSCf/wbnfl3229h9//s+QVplDLcZhkca3g"
    "Oknydl3Ji1IMVI4f4ot4isDtZCMc1uVUrom2uyYitlUWZEOCDkbA1W8CCz4GCXw3FB0EuP"
    "4UOP6eRBLhGElDLp8uFZhVGkIx9N3VEESshXTYU4xIhT3VFfYURr38w7CnMM5mz1hQNewp"
    "NvUSYU8XZ7cXZz9dPlfU0+2c2L28dDDRXiq6i6ghqtGwX4WQJ4YwxOwUwE1yFkWWxdEVeV"
    "he2BEVIUVwk69lOMR+TecmF+l4rym/GJLmHK7XyAi5qkRYk9wDTekRrVmlyvQI2frzqu68"
    "hJVW5YRtBNwqKtpRsYp2lPUxIGuqca3LhyS7hJRVs8vQqpp2EjXtlMNyFx4eghl/gy188E"
    "m6zjks6zf2hJBJh/tmCDsHdv1xvxaZERmMw/6dg7aR+Eg+lCMFb0Sg8FVnFCqrWoFVzTa2"
    "5HqSUnG9LVzPccFHPuIW1CM6Mwz+Hj506XMpg0v9MivUEi0nyKHiZaPO6miOF2fcaas3oK"
    "ucUJaf3VQDUnWWG83MdMijieXCd+M0CuQKIOtBOFdlU0PQX4FbAVzDFA+gSx04GqfpnC7c"
    "AMSIQdOSAjii6OQcbiCLQugz0NJkD1hLkXVuMlcxtRdb2jOGdgZnMugG3TuH6qBaZltJYl"
    "vGFkmjZ84qIGXeuSShcs2p46ZesKVK2SdfItdbbp98Dx+J6/irUMZCubnYr2KjnCa6VwiY"
    "47qm4erMC2cTtwALhGzqBalZfGJ6lbyOxqOje/dkrE9ffQ/YHEVElvmIvAJeOuRCEpn1gY"
    "OmyEFcdzWAV+o8L4JuF0PmhtTFjXH+7TSVo9Muo9/+mV87GoydsmGFH4sU+kk6Zf/eFn8l"
    "h3ZNImn7CS5zYr8nluU9WW7cfnC1kkziFbKfbggqSCXeYSmRfODTUiEXjAfHIy4d6OiE/4"
    "3eHd+77w6nMJARPKpIQPCSB6pJJE0P95Q0Epb6V6JIi9ZfJYq0hhXPfJKGEkKUEKKEkJ0L"
    "IYgxH/WsBBJcKhU/qN+Jyx+x3s8St7VAUt7poHvnjgk7qeIUOSl2ipwETpHijfkRWm6Od+"
    "/X25uP+VBHBOlVydQZ+C8X7ug+bs0lMAsoEktPCO/Bh7M/08hfXN+cp9cUcYPzdPkJZTHv"
    "2NbQcov5GeOoT9x8i/nmYun2ENiP+dSLd39SN+V6oD5GXCd8Ozw+Bas5FHbs8HSLJVyDqW"
    "kJGzZX/g5Wc4RBMPFe9flqghfIOw/UQo/Iej0SNmw0I46JcjLNmxxIxSC3Wugu3uBUJGwk"
    "TYyqSBOjYmlilJPuZbvMx0gC4iRVB4GuPxuXeE+Uk/NcLKjFSHYvqvV+mLpYFw8AJi5fdU"
    "1M34jxfux1RIAzqRa+f3ZxfyK4KEaogotk8v6JkyMuF9uwgu67sx2+bXYnHQ4Ojw9PRkeH"
    "0QYatZTtm8ow1X3to+WGqXMH4qRQnLhQSeuYRF1VJqGS4ncqxbfIIlh/Nhu/M5fM5tKFXt"
    "J0nYtIr79klIUYkzvYakPRRTWpipZUrCSpyi47rexCNQfpZLkUR61tofSkiJXioxSf3Ss+"
    "+1I5zhb5zMjYzXJRv7XqWUJOWnYWzPOEnDjob6Rvc85YhrBzu2IjKbLKklKMvrKkNGBJuf"
    "DdkrlH/ETX+lXsKXq8d5W0JwuyKXGWoWd0/b3vKwUDcO8OB++GYBj+MeqHyUcUzCGeAYKD"
    "vqPc7Kb67qwMPK3eqIoNPDZ0EN4iXyZO1pDY0FVmxO0S/AvKAn+7hJZVCH1E1KXY7NHw+C"
    "iCWvwoA/f2w9n1taq9tduIA11Org37d06cbcTIowwNNRkaTKo9mtQUb5rdz56wlMUId2gl"
    "C3e5vTWSKVWseHYrVaxBVaw0tDbbqS+jnEnG2kp5vr/0olF8+TkaSyVWtkxUL9abUiyszo"
    "YUocry21Z5Snw1UixIUyoebMsDJbf+A7m1JdvptTlxoLO+xCzfupm4XmkTtXwKDUUkVXJV"
    "xodH/N9DfeDVLxidAohB6JCLaip59ZVCsyWZTsUJhugROevNEYeMAJ3Ya8BZRUR/0/FyUX"
    "LTVnYxpjKNtnoxKzGNtqiW0Ithh9IrlV75TBvhJ+jAZd4O6F+otPXZUdcqW95IH4r6gcdv"
    "vY2HTyaXE60BtZEOYDojcg0gXdCNG47vNFPTsjhZXxT1Ec9sgJlDXDs/RbPRwdQm1+pVVe"
    "mxbePIhgPeVyTjWokIOudbqf+4AuUTbNAnqLT//df+P/k7fK7YE1yqJvjEOkvUcj64/fT7"
    "qzfg4cF2TB09PHDRxOC/KCP6gv+i7nIJHZMiYHIhBGExqgFuf/udggOLrBBlwCPscwGFP0"
    "dG7GlqoHvsEQpRSFgHJpAT8pnJwnKLyHnknYNq0bxl6ZVdZMgGK5PNA+sBvzsQ5oMZUiJU"
    "+zfsYhFKFfp7NhPBcwqvKoCN70EiN1ga/TiVSjnYFntmsrwol5ITjEKCDgq3g0pRWYOSqK"
    "xBTlSWO5EGOU7TQf2sgVQOc8klUxmII4LO4dtMAqmAS6qC0YZCFTBKmM3rKGD0aBpIKl06"
    "IlDTvcp0jz9ZBuU79LVAJkmRdQDrMqfQ5Z935RM78gld33z8Oeyenu2po1eE60NqndlQqH"
    "Wm9nUmCnKSYkmSSrGldrYEpiFhL1uaVKoCdA6pYlD9DLKRLvXJRASKGbUzQ9hUpZgREShm"
    "1M6MqYPM2TzvUN8SW0+MqDN+n52facdXfTnUI5Iu5Yg+B+waV1i2gD4kU1N+O+yJY85MDC"
    "1ti7mfpVVc2DK6X/g4s+AX+7TC/p0BvL4CWNDKU8SKoQz7Kygz6zI0DGRosoimyRSwGYcS"
    "nEnJ2mF/JWrXr4S2sF5expvd46OIz2k3xuL6q+VB1zC3KdmWpuuArXgHbj4VLFiXKEFcx7"
    "cCbpWdlEuuojC2lZFNyt/EQmyb0rwxQlWWV1UcUZlhmcwwdXRjl7keYtTSoxtvF24vJyxe"
    "NPerhMTToOOT4fA3GPlpeDpZTkwMPcWGTAEMo9ffgFs/3JxmIs6/Bw8P4n/f2kUfHsCcWA"
    "Yg2BfL48HwzQxzj70mIM56FD3EHb2Mef+e/fBWwe/vaNDLMZCj4t7bL+rsR378Swy+bmve"
    "wQuQ+sUyqnknckuHCsTIlOGsdsOZzrdjGVtO2L9zNpz6z6uaQEcW3RjJ7qyS+4qvcvMrV3"
    "N7zJU75kJMt5DZUFNkakNtwBOlYgBqMtyvCsLnCrFcdS90rr5C3yprrOljB4MqCPJ+jRih"
    "KqRe3a3Bl2IzP22pWACMkag1okVlVe7grJdjOxbN/Sq2YxZ0VEdud9SMp47crpDTXymlvy"
    "SjX8WgNHfMipIOmpcOWrKZfYLe9Mmpizp74lgNWxQS0OywX4XCYAbSicd7IKg89yQGZMUn"
    "BDhIFuJ2hPfRK7P9qg9swrnBmQQg8yp4GQ6cMq/Gl2U+IuAgcbgPwXmnIO5gxNxDQLwhxN"
    "UF8oqkU8F6dfrHXuzRLT1ouauMiFlrw4+mqnQUEXSw6NFoWEFAGg2LK3oO0wJSsBRVBTfo"
    "3kFo63fveMu7BLZh/86Zq+ov8rvgbyU1bYP+HZy39YOrysw1uix4YqMWSovSMkUuuYrm31"
    "a8sN2JZdI5MrbnSOEtFFe25YqK9y9myH5Gfqt4/5fI9ZbH+wtz1udgze4VmLui6/2nzV5O"
    "vO/Tpi8MzOXS9e4BKIY2nRMWhOcLuxSfFe4SYXYaVI+nUJxRt7E6+a3B7iNC+AlGOeaupk"
    "ZR7qZWb6YlUfyc7fJCzoZIxe9vK9ZgdznJM2YVor4h6FK8Z21OKWUGaLBYQrgxZAEujs6M"
    "0+w+NLNBsHee1RCoMRMp62ySqnN2xKPDCnP86LBwjotLSs/stsbR8hNHbxF09PlP4TKZl2"
    "yc7FGqdVCvrxZfdZ9WO/6YQwZ8SnHCJxOHWwtBX8S+UHEuKF+hY2dhT9anvNE765orDcLv"
    "HUSsAYes+mCBbNFHqAl84mTVj0ZHu8f3+Mo7q3SBMPXd8BNETUMc6iXSkCHw9R7h1b/5/I"
    "HfDGOu/fiITBA4gODhgdFHpDPiPDz4Z3VBwGU54H1295hg8Mmffbf/e90XgQLv727HwW35"
    "Rd5qMvSqD4IFQTwdBHP+iq9XjskYwmBpzhwv9fqfqk1tSr9VepTKxt01K9QxYK1hQGuPAe"
    "s+9CprVJXG3XvLzR5Ux90jNJUaWwj1nqitOY6yrH/U4hq5jDko7N+1Sgz1hzwJpDTbxGtT"
    "qi5siqxrOA8qAT0oQXpQALWJTWZCS6recYawa3DXP60nhNCcLeG9RWCRhB5SpMCdCpKmlv"
    "/Bm6ayoEoA/enm9/PrS/Dp8+XF1e1VYMKPlnvvomjaJOh8vjy7bk+Gjm8mfA91VGJF9C/3"
    "K5gQp1HPChk7vh0PLNA6a8CDmK6EjY+RU2Fag7PTH8Sj/fjwILJpHh7EcXOnP0SHzgHT+P"
    "H0B69AFu+Sl6zT7GBPW+O+9CJsYna0v1RsQyttcm0ykb5E40T0rVTd1TcfVwd98uNK8tO4"
    "RH4ae3t6q/aca5Jb6GBzscp+Y5Fq1Q78Era++yhwzvCdYEUcow+mfI2f8w2BOOs+EEFtfj"
    "/kO5iEyycg9CYDOLh3jw4H+r17bAyH/O/R22P+7/j47avstrOzUVUQXasXtuKNJpgPMktd"
    "jGRnqsvO1rpKS13JSjfOKC8uRY70Ph4jUg6GLfdwB1H+FhxUNy/4qxD6NJmy1O69pXanc7"
    "1b8UaJhErkLGU2irB/1wxc9e8RAqkt7LYpsq7hPKpUHnBUUh5wlC0P6GG2jd02Q9g1uOuf"
    "1oF+oc1Nw0A5M7u04FKWWB01tR9Vly4IfkQOhawgHS1xvV+mZS8RpXDGweTzIkVTSeNmc7"
    "EbgwliK4REGKUIWxPnvQgd1/8lzocJgtkeHrw3Eclh8fJJ31FRVImrw86jOC6GD7PI17Qb"
    "G03EhxKb3/IgkJ76ABM2FzWcKDSNV+DeHQ7eDcEKml5hJ6/6Uzg4tckCCQLAuYUZWCMWEX"
    "AARazpAcT+xXsMdR3ZfISoi24RigxxwI44phPoc4hnSGTPWWvxwsSdzcU78auIvolziUqY"
    "pmPRhMFxoMow3U57wbNos20T8V/OoTnKjtDOI41zcpfEBrEbQbGBA43F5iM9ueNUanZvOb"
    "stSJnmy1ny2dQ5xKpYzLaccLEQHzUuBGpiw5QwWeZQqsq/JfB6C8d2+EakCuD9tgmrJNR6"
    "jMKq2FHXuJ4Twy1b7Chm8vGFgxzx+TygfP/bZ2RFdp3UNAgsRh/8u+zhHPgWzvqwNY5mUw"
    "a4EK4c21sMySpmt2Wse4WISmGxRYYwEjEQkL4Bd+grE1YuL+kZfeW3sNYAUkD9ak1Uh7Yw"
    "WgV2MMOktgXX31HwN5nkBVI2MkZunXNObCBHC6utBD99MVe3zED5UIXPWyRNl2Q5J5lZWZ"
    "VPknUxuq92bT7xoUjYquJkSo3cVo3crEwS0zxBtNUkbxv2DVfcUSW7GlxAJsTIqRdVXK4r"
    "7K9KddVQqkup711R5Kqo73GPrXwVkixxl6Ild7BxZ3TqfM5k2fKeK0HmDP+G1h5rrvjzQ5"
    "xbHKMg6GLPWFKkR/NmB64ibStvSvI/OALID5S5OLu9OPvpsvfteUJjzpBj6vNejmIeXOmX"
    "6eVw06c1x2u+FPX1H5rJixVTMV1zP/FiYTJG0kF5cjgeV0kgH4+LM8jFtZSHmX9UEggH3T"
    "uI7qBSUO2gJKh2kA2q5SMyyRK7MRIltkuK7c8a5/nt/wHKGgOm"
)
