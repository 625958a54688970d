"""Word segmentation: a private, quiet jieba tokenizer with the gknlp domain dictionary.

The dictionary is generated from the taxonomy (every indicator name and alias, and the
``domain_terms`` list of ``gknlp/data/taxonomy.yaml``) so that labels such as 依申请公开, 行政复议,
规范性文件 or 政务微博 come out as whole words.  jieba is initialised once per process, without
writing to stderr, in a private :class:`jieba.Tokenizer` (the global ``jieba`` module is never
modified).

For spaCy (``spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})``) use the
same dictionary through :func:`user_dict_path` (a file in jieba's user-dictionary format) or
:func:`user_dict_lines`.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
import threading
from pathlib import Path

import jieba
import regex

from gknlp.taxonomy import get_taxonomy

#: Frequency given to every domain word: high enough that jieba keeps it whole.
DOMAIN_WORD_FREQ = 30000

# jieba's own notion of a word character run (its ``re_han_default``); other words cannot be loaded.
_JIEBA_WORD = regex.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]{2,40}")

_lock = threading.Lock()


def domain_words() -> list[str]:
    """Sorted, de-duplicated words of the domain dictionary (taxonomy names, aliases, domain terms)."""
    tax = get_taxonomy()
    words: set[str] = set()
    for phrase in (*tax.aliases().keys(), *tax.domain_terms):
        for part in regex.split(r"[^\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+", phrase):
            if _JIEBA_WORD.fullmatch(part) and not part.isdigit():
                words.add(part)
    return sorted(words)


def user_dict_lines() -> list[str]:
    """The domain dictionary as jieba user-dictionary lines (``word freq``)."""
    return [f"{w} {DOMAIN_WORD_FREQ}" for w in domain_words()]


@functools.lru_cache(maxsize=1)
def user_dict_path() -> Path:
    """Path of a file holding :func:`user_dict_lines` (written once, named by its checksum).

    Suitable for ``jieba.load_userdict(path)`` — e.g. to give spaCy's jieba segmenter the same
    dictionary as gknlp.
    """
    content = "\n".join(user_dict_lines()) + "\n"
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"gknlp-userdict-{digest}.txt"
    if not path.exists() or path.read_text(encoding="utf-8") != content:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    return path


@functools.lru_cache(maxsize=1)
def get_tokenizer() -> jieba.Tokenizer:
    """The process-wide private jieba tokenizer, initialised quietly with the domain dictionary."""
    with _lock:
        jieba.setLogLevel(logging.WARNING)
        logging.getLogger("jieba").setLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        for word in domain_words():
            tok.add_word(word, freq=DOMAIN_WORD_FREQ)
        return tok


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` as ``(word, start, end)`` with offsets into ``text`` (HMM on)."""
    if not text:
        return []
    return [(w, s, e) for w, s, e in get_tokenizer().tokenize(text, mode="default", HMM=True)]


def words(text: str) -> list[str]:
    """Just the words of ``text`` (whitespace dropped)."""
    return [w for w, _, _ in tokenize(text) if not w.isspace()]
