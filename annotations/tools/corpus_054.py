"""Gold annotation of ../shared/corpus/054.txt (长春市新立城镇2021年报告, opening + start of table 2)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("054", year=2021, body="长春市（开发区）新立城镇人民政府", fmt="f2021")
    d.nf("统计期限自⟦2021年1月1日⟧", "date")
    d.f("平台更新栏目⟦7大类⟧", "平台更新栏目大类", None, value=7, unit="类")
    d.f("⟦123条⟧内容", "平台更新栏目内容", None)
    d.f("信息项目⟦24项⟧", "发布财政预决算、各类方案、文件等信息项目", None)
    d.f("“双公示”信息⟦100条⟧", "“双公示”信息", None)
    d.f("梳理本级权责清单⟦90项⟧", "本级权责清单", "service.power_items")
    d.f("负面清单⟦7项⟧", "负面清单", None)
    d.f("书面答复依申请公开⟦4件⟧", "书面答复依申请公开", "apply.processed.total")
    d.table("二、主动公开政府信息情况", None, "f2021")
    d.seek("二、主动公开政府信息情况")
    d.row("规章 |", [("规章", "rules.regulation.issued"), ("规章", "rules.regulation.repealed"),
                   ("规章", "rules.regulation.in_force")])
    d.row("行政规范性文件 |", [("行政规范性文件", "rules.normative.issued"),
                        ("行政规范性文件", "rules.normative.repealed"),
                        ("行政规范性文件", "rules.normative.in_force")])
    d.nf_all(r"第二十条", "article number of the disclosure regulation in a table heading")
    return d


if __name__ == "__main__":
    build().save()
