"""Gold annotation of ../shared/corpus/024.txt (临泽县审计局2025年度报告, opening; tables empty)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("024", year=2025, body="临泽县审计局", fmt="f2021")
    d.nf("现将⟦2025年1月1日⟧起", "date")
    d.f("我局主动公开信息⟦23篇⟧", "主动公开信息", "proactive.total")
    d.f("刊发宣传报道信息⟦16条⟧", "在各级新闻媒体刊发宣传报道信息", "media.media_reports")
    d.f("收到依申请公开事项⟦0条⟧", "收到依申请公开事项", "apply.received.total")
    d.nf("实行⟦三审三校⟧制度", "slogan with Chinese numerals")
    d.nf("“⟦一事一审⟧”", "slogan with Chinese numerals")
    d.zero("全年⟦未发生与政府信息公开相关的行政复议或行政诉讼⟧", "政府信息公开相关的行政复议或行政诉讼",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    d.notes.append("2021-format section headings present but the table bodies are EMPTY in the source")
    return d


if __name__ == "__main__":
    build().save()
