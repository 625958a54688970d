"""Gold annotation of ../shared/corpus/034.txt (上海市宝山区人社局2022年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("034", year=2022, body="上海市宝山区人力资源和社会保障局", fmt="f2021")
    d.nf("统计期限自⟦2022年1月1日⟧", "date")
    d.f("主动公开各类政府信息共⟦243条⟧", "通过门户网站主动公开各类政府信息", "proactive.total")
    d.f("公文类政府信息⟦19件⟧", "公文类政府信息", "proactive.domain.gov_documents")
    d.f("(含规范性文件⟦10件⟧)", "公开规范性文件", "rules.normative.published_new")
    for lab, n, ind in [("就业补贴类信息", "111条", None), ("人才服务类信息", "35条", None),
                        ("工伤认定及劳动能力鉴定类信息", "35条", None), ("财务预决算信息", "12条", "proactive.domain.fiscal"),
                        ("重大劳动保障违法行为社会公布", "4条", None),
                        ("政策解读", "23条", "interpretation.policy_interpretations"),
                        ("区级建议提案结果公开", "4条", "interaction.proposals.total")]:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
    d.f("行政事业性收费⟦96.075万元⟧", "行政事业性收费", "permits.fee.amount")
    d.f("全年共办理依申请公开事项⟦5件⟧", "办理依申请公开事项", "apply.processed.total")
    d.zero("⟦无结转下年度办理信件⟧", "结转下年度办理", "apply.carried_forward.total")
    d.zero("我局⟦无政府信息公开申请行政复议、提起行政诉讼的案件发生⟧", "政府信息公开行政复议、行政诉讼案件",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    return d


if __name__ == "__main__":
    build().save()
