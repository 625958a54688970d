"""Report metadata (gknlp.metadata.detect through parse_report) on real title blocks."""
from __future__ import annotations

import pytest

import gknlp

# The title block of a real report (天津市人力资源和社会保障局 2022): the issuing body on its own line.
BODY = "天津市人力资源和社会保障局"
TITLE = "2022年政府信息公开工作年度报告"
OPENING = "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制。"


@pytest.mark.parametrize("head", [
    f"{BODY}\n{TITLE}\n",
    f"{BODY} \u00a0\n{TITLE}\n",  # trailing spaces of a crawled line
    f"{BODY}\n   {TITLE}\n",  # an indented title line
    f"{BODY}\u3000\n\u3000\u3000{TITLE}\n",
])
def test_body_on_the_line_before_the_title(head: str) -> None:
    meta = gknlp.parse_report(head + OPENING).meta
    assert (meta.body, meta.year, meta.title, meta.format) == (BODY, 2022, TITLE, "f2021")


def test_a_name_far_from_the_year_is_not_a_body() -> None:
    meta = gknlp.parse_report(f"{BODY}\n\n\n\n\n{TITLE}\n{OPENING}").meta
    assert meta.body is None and meta.year == 2022
