"""Gold annotation of ../shared/corpus/036.txt (北京市统计局2012年度报告; PDF copy with hard line breaks)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("036", year=2012, body="北京市统计局、国家统计局北京调查总队", fmt="f2008_local")
    d.nf("文档内容\n⟦2013⟧", "cover line (year)")
    d.nf("⟦2013/3/1⟧", "cover date")
    d.nf("编制的 ⟦2012 年度⟧", "year")
    d.nf("统计期限自 ⟦2012 年 1 月 1 日⟧", "date with spaces")
    d.nf("柏树街 ⟦2号4号楼⟧", "street address")
    d.nf("邮编:⟦100054⟧", "postcode")
    d.nf("电话:⟦83172086⟧", "phone")
    d.f("配备了 ⟦4 名⟧政府信", "政府信息公开全职工作人员", "staff.full_time")
    d.f("⟦60名⟧兼职工作人员", "兼职工作人员", "staff.part_time")
    d.f("设有 ⟦1个⟧专门的信", "专门的信息申请受理点", None)
    d.f("⟦1 个⟧电子阅览点", "电子阅览点", None)
    d.f("⟦1 个⟧公共查阅点", "公共查阅点", "staff.reading_points")
    d.nf("党的⟦十八大⟧精神", "ordinal (party congress)")
    return d


if __name__ == "__main__":
    build().save()
