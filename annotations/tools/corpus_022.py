"""Gold annotation of ../shared/corpus/022.txt (抚松县审计局2017年度政府信息公开工作报告)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("022", year=2017, body="抚松县审计局", fmt="narrative")
    d.f("主动公开政府信息数⟦64条⟧", "主动公开政府信息数", "proactive.total")
    d.zero("本单位⟦未收到政府信息公开申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.nf("⟦二O一八年一月二日⟧", "date in Chinese numerals (letter O for zero)")
    d.notes.append("format 'narrative' in SOURCES.tsv (no table); meta.format 'other'")
    d.nf_all(r"(?:过去的?|关键|不平凡的)一年|一年(?:来|以来)", "duration / period phrase (一年)")
    return d


if __name__ == "__main__":
    build().save()
