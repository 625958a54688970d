"""Gold annotation of ../shared/corpus/053.txt (邹城市田黄镇2021年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("053", year=2021, body="邹城市田黄镇人民政府", fmt="f2021")
    d.nf("《田黄镇⟦2020年⟧政府信息公开工作年度报告》", "year inside a title (inconsistent with the 2021 data)")
    d.f("改进措施等⟦六部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2021年1月1日⟧", "date")
    d.nf("朝阳街⟦001号⟧", "street address number")
    d.nf("电话:⟦0537-5770001⟧", "phone")
    d.nf("截止⟦2021年12月31日⟧", "date")
    d.f("主动公开政府信息共⟦88条⟧", "通过网站主动公开政府信息", "proactive.total")
    for lab, n, ind in [("政策解读", "3条", "interpretation.policy_interpretations"),
                        ("镇文件", "2条", "proactive.domain.gov_documents"),
                        ("财政决算", "1条", "proactive.domain.fiscal"), ("信息公开指南", "1条", None),
                        ("政府信息公开年报", "1条", None), ("机构职能", "27条", None),
                        ("工作动态", "48条", "proactive.domain.news"), ("通知公告", "5条", None)]:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
    return d


if __name__ == "__main__":
    build().save()
