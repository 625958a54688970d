"""Gold annotation of ../shared/corpus/026.txt (舒城县审计局2012年度报告; traditional + pinyin mirror)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("026", year=2012, body="舒城县审计局", fmt="narrative")
    d.f("上發(fā)布各類主動公開信息⟦26條⟧", "在县政府信息公开网发布各类主动公开信息", "proactive.total")
    d.f("主動向社會發(fā)布信息⟦60條⟧", "通过其他媒体主动向社会发布信息", "proactive.channel.other",
        note="published besides the county disclosure website, through other sites/media")
    d.zero("⟦沒有單位或個人向我局提出申請信息公開事項⟧", "收到政府信息公开申请", "apply.received.total")
    d.zero("所以也⟦不存在向申請人收取費用⟧", "依申请公开收取费用", "fees.apply_fee.amount", unit="元")
    d.zero("我局⟦沒有因信息公開而被提起行政復(fù)議或行政訴訟⟧", "因信息公开被提起行政复议或行政诉讼",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    d.notes.append("format 'narrative' in SOURCES.tsv; text is traditional characters with pinyin in parentheses")
    return d


if __name__ == "__main__":
    build().save()
