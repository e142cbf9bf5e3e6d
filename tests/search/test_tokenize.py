"""The tokenizer alone: what a title is found by and what a keyword must match (no database)."""

from backend.search.tokenize import index_tokens, query_tokens

CUP = "不锈钢保温杯 500ml"


def found_by(title: str, keyword: str) -> bool:
    tokens = query_tokens(keyword)
    return bool(tokens) and set(tokens) <= set(index_tokens(title))


class TestIndexTokens:
    def test_a_title_carries_jieba_words_bigrams_pinyin_and_initials(self):
        tokens = index_tokens(CUP)
        for expected in ["不锈钢", "保温", "保温杯", "钢保", "buxiugangbaowenbei", "bxgbwb",
                         "baowen", "bw", "baowenbei", "bwb", "500ml"]:
            assert expected in tokens, expected

    def test_latin_is_lowercased_and_mixed_words_split(self):
        assert {"mate70", "mate", "70"} <= set(index_tokens("华为 Mate70"))

    def test_each_token_once(self):
        tokens = index_tokens("保温杯 保温杯")
        assert len(tokens) == len(set(tokens))


class TestQueryTokens:
    def test_words_pinyin_and_initials_stay_whole(self):
        assert query_tokens("保温") == ["保温"]
        assert query_tokens("baowen") == ["baowen"]
        assert query_tokens("BWB") == ["bwb"]

    def test_several_parts_must_all_match(self):
        assert set(query_tokens("保温杯 不锈钢")) >= {"保温", "不锈"}

    def test_query_syntax_is_dropped(self):
        assert query_tokens('"保温" OR *') == ["保温", "or"]
        assert query_tokens("'); DROP") == ["drop"]
        assert query_tokens("*** ^^") == []


class TestMatching:
    def test_two_character_words_full_words_pinyin_and_initials_find_the_cup(self):
        for keyword in ["保温", "保温杯", "不锈钢保温杯", "baowen", "bwb", "500ml", "杯"]:
            assert found_by(CUP, keyword), keyword

    def test_a_phone_is_found_by_its_words_not_by_a_rice_cooker(self):
        assert found_by("华为 Mate 70 Pro 手机", "手机")
        assert found_by("华为 Mate 70 Pro 手机", "华为手机")
        assert found_by("手机壳 透明", "手机")
        assert not found_by("电饭煲", "手机")
        assert not found_by(CUP, "手机")
