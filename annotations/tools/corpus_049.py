"""Gold annotation of ../shared/corpus/049.txt (广州市发展和改革委员会2018年报告; traditional + pinyin mirror)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("049", year=2018, body="广州市发展和改革委员会", fmt="f2008")
    d.nf("府前路⟦1號⟧", "street address number")
    d.nf("郵編:⟦510032⟧", "postcode")
    d.nf("電話號碼:⟦020-83123614⟧", "phone")
    d.f("按季度發(fā)布了⟦85條⟧", "项目建议书批复信息", None, note="unit before the noun; part of 重大建设项目批准和实施信息")
    d.f("⟦84條⟧項目可行性研究報告批復信息", "项目可行性研究报告批复信息", None)
    d.f("⟦24條⟧項目核準信息", "项目核准信息", None)
    d.f("⟦40條⟧項目節(jié)能報告審查意見信息", "项目节能报告审查意见信息", None)
    d.nf("《⟦第三批⟧市政府部門", "ordinal (batch)")
    return d


if __name__ == "__main__":
    build().save()
