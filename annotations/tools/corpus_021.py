"""Gold annotation of ../shared/corpus/021.txt (闽侯县审计局2018年度报告, opening only)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("021", year=2018, body="闽侯县审计局", fmt="f2008")
    d.nf("(侯政办发⟦〔2018〕13号⟧)", "document number")
    d.nf("(侯政办⟦[2018]127号⟧)", "document number")
    d.f("共⟦六个部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2018年1月1日⟧", "date")
    d.nf("交通路⟦2号⟧", "street address number")
    d.nf("邮编:⟦350100⟧", "postcode")
    d.nf("电话:⟦0591-62198833⟧", "phone")
    d.nf("传真:⟦0591-22982258⟧", "fax")
    d.f("历年累计主动公开信息⟦210条⟧", "历年累计主动公开信息", "proactive.cumulative_total")
    d.f("其中2018年度⟦55条⟧", "2018年度主动公开信息", "proactive.total")
    return d


if __name__ == "__main__":
    build().save()
