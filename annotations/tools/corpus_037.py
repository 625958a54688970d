"""Gold annotation of ../shared/corpus/037.txt (开平市水利局2025年报告; traditional mirror, cells ' |' per line)."""
from corpus_lib import Doc

EXTRA = "extra cell not in the official 2021 layout (which has one 本年处理决定数量 cell); meaning unknown"


def build() -> Doc:
    d = Doc("037", year=2025, body="开平市水利局", fmt="f2021")
    d.nf("涵蓋我局⟦2025年1月1日至12月31日⟧", "date range")
    d.f("發布動態新聞共⟦38條⟧", "发布动态新闻", "proactive.domain.news")
    d.f("公告⟦56條⟧", "公告", None)
    d.table("二、主動公開政府信息情況", "35.65 |", "f2021")
    d.seek("二、主動公開政府信息情況")
    d.row("規章 |", [("规章", "rules.regulation.issued"), ("规章", "rules.regulation.repealed"),
                   ("规章", "rules.regulation.in_force")])
    d.row("行政規范性文件 |", [("行政规范性文件", "rules.normative.issued"),
                         ("行政规范性文件", "rules.normative.repealed"),
                         ("行政规范性文件", "rules.normative.in_force")])
    d.row("行政許可 |", [("行政许可", "permits.license.decisions")])
    d.row("行政處罰 |", [("行政处罚", "permits.penalty.decisions"),
                     ("行政处罚（额外单元格2）", None, {"ambiguous": True, "note": EXTRA}),
                     ("行政处罚（额外单元格3）", None, {"ambiguous": True, "note": EXTRA})])
    d.row("行政強制 |", [("行政强制", "permits.coercion.decisions"),
                     ("行政强制（额外单元格2）", None, {"ambiguous": True, "note": EXTRA}),
                     ("行政强制（额外单元格3）", None, {"ambiguous": True, "note": EXTRA})])
    d.row("行政事業性收費 |", [("行政事业性收费", "permits.fee.amount",
                          {"value": 356500, "unit": "元", "note": "header 本年收費金額(單位:萬元): 35.65万元"})])
    d.complete = True
    d.nf_all(r"第[一二三四]項", "item reference inside the table-3 counting rule (勾稽关系)")
    return d


if __name__ == "__main__":
    build().save()
