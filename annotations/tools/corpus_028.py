"""Gold annotation of ../shared/corpus/028.txt (怀远县公安局2020年报告, opening cut mid-list)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("028", year=2020, body="怀远县公安局", fmt="f2019")
    d.f("其它需要报告事项等⟦六部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2020年1月1日⟧", "date")
    d.nf("新河路⟦226号⟧", "street address number")
    d.nf("邮编⟦233400⟧", "postcode")
    d.nf("联系电话:⟦0552-2226016⟧", "phone")
    d.nf("电子邮箱:⟦bgs8011360@126.com⟧", "email")
    d.nf("党的⟦十九大⟧", "ordinal (party congress)")
    d.nf("和⟦十九届二中、三中、四中、五中全会⟧", "ordinal (plenary sessions)")
    d.nf("截至⟦12月31日⟧", "date")
    d.f("新增主动公开政府信息⟦311条⟧", "新增主动公开政府信息", "proactive.total")
    d.f("累计主动公开政府信息达⟦3174条⟧", "累计主动公开政府信息", "proactive.cumulative_total")
    for lab, n, ind in [("部门领导信息", "36条", None), ("机构设置信息", "3条", None),
                        ("人事信息", "20条", "proactive.domain.personnel"), ("政策法规信息", "6条", None),
                        ("行政执法信息", "91条", None), ("应急管理类信息", "22条", "proactive.domain.emergency")]:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
    return d


if __name__ == "__main__":
    build().save()
