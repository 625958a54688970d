"""Gold annotation of ../shared/corpus/057.txt (遂溪县乐民镇2021年报告; table one cell per line)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("057", year=2021, body="遂溪县乐民镇人民政府", fmt="f2021")
    d.nf("时间:⟦2022-01-07⟧", "publication date")
    d.nf("党政⟦一把手⟧", "idiom with Chinese numeral")
    d.f("主动公开政府信息⟦111条⟧", "主动公开政府信息", "proactive.total")
    parts = [("公开指南类", "1条", None), ("组织机构类", "2条", None), ("部门文件类", "7条", "proactive.domain.gov_documents"),
             ("政务动态类", "99条", "proactive.domain.news"), ("财政预算类", "1条", "proactive.domain.fiscal"),
             ("政府工作报告类", "1条", None), ("办事指南类", "0条", None), ("其他类信息", "0条", None)]
    for lab, n, ind in parts:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
    d.zero("乐民镇⟦没有接到群众主动要求公开政府信息的申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.table("二、主动公开政府信息情况", "9.63211", "f2021")
    d.seek("二、主动公开政府信息情况")
    d.row("规章", [("规章", "rules.regulation.issued"), ("规章", "rules.regulation.repealed"),
                 ("规章", "rules.regulation.in_force")])
    d.row("行政规范性文件", [("行政规范性文件", "rules.normative.issued"),
                      ("行政规范性文件", "rules.normative.repealed"),
                      ("行政规范性文件", "rules.normative.in_force")])
    d.row("行政许可", [("行政许可", "permits.license.decisions")])
    d.row("行政处罚", [("行政处罚", "permits.penalty.decisions")])
    d.row("行政强制", [("行政强制", "permits.coercion.decisions")])
    d.row("行政事业性收费", [("行政事业性收费", "permits.fee.amount",
                         {"value": 96321.1, "unit": "元", "note": "header 本年收费金额(单位:万元): 9.63211万元"})])
    d.nf_all(r"第二十条", "article number of the disclosure regulation in a table heading")
    return d


if __name__ == "__main__":
    build().save()
