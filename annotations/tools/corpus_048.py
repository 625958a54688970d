"""Gold annotation of ../shared/corpus/048.txt (嵊泗县发展和改革局2018年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("048", year=2018, body="嵊泗县发展和改革局", fmt="f2008")
    d.nf("统计截止到⟦2018年1月1日⟧", "date")
    d.f("动态信息⟦67条⟧", "动态信息", "proactive.domain.news")
    d.f("项目审批文件公布⟦129个⟧", "项目审批文件公布", None)
    d.f("信访受理答复⟦13条⟧", "信访受理答复", None)
    d.nf("指定⟦一名⟧分管领导", "Chinese numeral used as an article ('a leader')")
    d.notes.append("MISSING NUMBER in the source: '共对外公开各类信息 条' (total blank), so proactive.total is absent")
    return d


if __name__ == "__main__":
    build().save()
