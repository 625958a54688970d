"""The jieba tokenizer with the domain dictionary."""
from __future__ import annotations

import subprocess
import sys

import jieba

from gknlp import tokenize


def _not_split(text: str, term: str) -> bool:
    """No token boundary falls strictly inside any occurrence of ``term``."""
    cuts = {s for _, s, _ in tokenize.tokenize(text)}
    i = text.find(term)
    assert i >= 0
    return not any(i < c < i + len(term) for c in cuts)


def test_domain_words_come_out_whole():
    text = "其中市直单位收到依申请公开申请54件，依法制发规范性文件6件，政务微博公开政府信息1825条，行政复议1件"
    assert "市直单位" in tokenize.words(text)
    for term in ("依申请公开", "规范性文件", "政务微博", "行政复议", "市直单位"):
        assert _not_split(text, term), (term, tokenize.words(text))


def test_offsets_index_the_text():
    text = "2017年共受理行政审批事项193371件，办结率100%"
    toks = tokenize.tokenize(text)
    assert [text[s:e] for _, s, e in toks] == [w for w, _, _ in toks]
    assert "".join(w for w, _, _ in toks) == text
    assert ("受理行政审批事项", 6, 14) in toks
    assert ("办结率", 22, 25) in toks
    assert tokenize.tokenize("") == []


def test_private_tokenizer_leaves_global_jieba_alone():
    tok = tokenize.get_tokenizer()
    assert tok is tokenize.get_tokenizer()
    assert tok is not jieba.dt


def test_user_dictionary_file_for_spacy():
    path = tokenize.user_dict_path()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == tokenize.user_dict_lines()
    assert f"依申请公开 {tokenize.DOMAIN_WORD_FREQ}" in lines
    assert all(len(line.split(" ")) == 2 for line in lines)
    # a fresh global jieba with this file keeps the same domain words whole
    tok = jieba.Tokenizer()
    tok.load_userdict(str(path))
    assert list(tok.cut("制发规范性文件6件")) == ["制发规范性文件", "6", "件"]


def test_initialisation_is_quiet():
    code = "from gknlp import tokenize; tokenize.tokenize('主动公开政府信息34207条')"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert proc.stderr == ""
