"""Gold annotation of ../shared/corpus/050.txt (上海市青浦区教育局2011年报告, opening with metadata block)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("050", year=2011, body="上海市青浦区教育局", fmt="f2008_local")
    d.nf("⟦QA4425051-2012-001⟧", "index number")
    d.nf("⟦2012.02.15⟧", "date")
    d.nf("⟦2012年2月15日⟧", "date")
    d.nf("电话:⟦69713664⟧", "phone")
    d.nf("⟦2004年5月1日⟧起", "historical date")
    d.f("专门配备了⟦2名⟧兼职工作人员", "兼职工作人员", "staff.part_time")
    d.f("设立了⟦1个⟧专门的信息公开受理点", "专门的信息公开受理点", None)
    d.nf("形成了⟦一支⟧开展", "Chinese numeral used as an article")
    d.nf("以⟦2008年5月1日⟧起实施", "historical date")
    return d


if __name__ == "__main__":
    build().save()
