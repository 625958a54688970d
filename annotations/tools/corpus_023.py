"""Gold annotation of ../shared/corpus/023.txt (桃源县审计局2017年度报告, opening only)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("023", year=2017, body="桃源县审计局", fmt="f2008")
    d.nf("⟦2018年3月18日⟧", "publication date")
    d.nf("联系电话:⟦0736-6623270⟧", "phone")
    d.f("专门配备了⟦2名⟧工作人员", "政务公开工作办公室工作人员", "staff.total")
    d.f("累计主动公开政府信息⟦144条⟧", "累计主动公开政府信息", "proactive.cumulative_total")
    d.f("全文电子化率达⟦100%⟧", "全文电子化率", None)
    return d


if __name__ == "__main__":
    build().save()
