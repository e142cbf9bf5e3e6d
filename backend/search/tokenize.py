"""Chinese tokenizing for the search index (pure): jieba words, CJK uni/bigrams and pinyin.

Character trigrams miss two-character words (STACK.md); the application tokenizes instead and
the database only matches whole tokens. ``index_tokens`` is what a product is found by,
``query_tokens`` what a keyword must all match.
"""

from __future__ import annotations

import logging
import re
import threading

import jieba
from pypinyin import lazy_pinyin

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
LATIN_WORD = re.compile(r"[a-z0-9]+")
LETTERS_OR_DIGITS = re.compile(r"[a-z]+|[0-9]+")
MAX_QUERY_TOKENS = 16

_ready = False
_lock = threading.Lock()


def _jieba() -> jieba.Tokenizer:
    """jieba's default tokenizer, its dictionary (shipped in the package) loaded once per process."""
    global _ready
    if not _ready:
        with _lock:
            if not _ready:
                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _ready = True
    return jieba.dt


def warm_up() -> None:
    _jieba()


def _pinyin(word: str) -> tuple[str, str]:
    """(full pinyin, initials) of a CJK word: 保温杯 → ("baowenbei", "bwb")."""
    syllables = [s for s in lazy_pinyin(word) if s.isascii() and s.isalpha()]
    return "".join(syllables).lower(), "".join(s[0] for s in syllables).lower()


def _latin(text: str) -> list[str]:
    """Lowercase Latin/digit words, and the letter and digit pieces of mixed ones (mate70 → mate, 70)."""
    tokens = []
    for word in LATIN_WORD.findall(text.lower()):
        tokens.append(word)
        pieces = LETTERS_OR_DIGITS.findall(word)
        if len(pieces) > 1:
            tokens += pieces
    return tokens


def _unique(tokens: list[str]) -> list[str]:
    return list(dict.fromkeys(t for t in tokens if t))


def index_tokens(text: str) -> list[str]:
    """Every token a text is found by, each once, in first-seen order."""
    tokenizer = _jieba()
    tokens: list[str] = []
    for run in CJK_RUN.findall(text):
        words = [w for w in tokenizer.lcut_for_search(run) if CJK_RUN.fullmatch(w)]
        tokens += words
        tokens += list(run)  # single characters: a one-character keyword (「杯」) still finds
        tokens += [run[i:i + 2] for i in range(len(run) - 1)]
        for piece in [run, *words]:
            full, initials = _pinyin(piece)
            tokens += [full, initials]
    tokens += _latin(text)
    return _unique(tokens)


def query_tokens(text: str) -> list[str]:
    """The tokens a keyword's matches must all carry.

    CJK runs are cut by jieba; a word of one or two characters is a token as it is, a longer one
    becomes its bigrams (every bigram of a title is indexed, whichever way jieba cut the title).
    Latin words are taken whole (pinyin 「baowen」, initials 「bwb」), mixed ones by their pieces.
    Everything else (quotes, operators, punctuation) is dropped, so no input is query syntax.
    """
    tokenizer = _jieba()
    tokens: list[str] = []
    lowered = text.lower()
    for part in re.split(r"[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", lowered):
        for chunk in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+", part):
            if CJK_RUN.fullmatch(chunk):
                for word in tokenizer.lcut(chunk):
                    if len(word) <= 2:
                        tokens.append(word)
                    else:
                        tokens += [word[i:i + 2] for i in range(len(word) - 1)]
            else:
                pieces = LETTERS_OR_DIGITS.findall(chunk)
                tokens += pieces if len(pieces) > 1 else [chunk]
    return _unique(tokens)[:MAX_QUERY_TOKENS]


SPACES = re.compile(r"\s+")
NOT_LATIN = re.compile(r"[^a-z0-9]+")


def normalize_keyword(text: str) -> str:
    """What counts as one keyword: trimmed, inner spaces collapsed, Latin lowercased."""
    return SPACES.sub(" ", text).strip().lower()


def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials) a typed prefix is matched against: 华为 Mate70 → ("huaweimate70", "hwmate70").

    Chinese characters become their syllables (or the syllables' first letters); Latin letters and
    digits are kept as they are; spaces and punctuation are dropped.
    """
    full: list[str] = []
    initials: list[str] = []
    for chunk in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+",
                            normalize_keyword(text)):
        if CJK_RUN.fullmatch(chunk):
            syllables = [s for s in lazy_pinyin(chunk) if s.isascii() and s.isalpha()]
            full += syllables
            initials += [s[0] for s in syllables]
        else:
            kept = NOT_LATIN.sub("", chunk)
            full.append(kept)
            initials.append(kept)
    return "".join(full), "".join(initials)


def lead_word(title: str, limit: int = 20) -> str:
    """A title's leading word, the part before its first space: 「保温杯 500ml 大容量」 → 「保温杯」."""
    first = normalize_keyword(title).split(" ", 1)[0]
    return first[:limit]
