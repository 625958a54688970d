"""Gold annotation of ../shared/corpus/025.txt (永春县审计局2014年政府信息公开工作年度报告, opening only)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("025", year=2014, body="永春县审计局", fmt="f2008")
    d.nf("索 引 号:⟦QZ10121-2500-2015-00001⟧", "index number")
    d.nf("永审⟦[2015]1号⟧", "document number")
    d.nf("公文生成日期:⟦2015-01-05⟧", "date")
    d.nf("时间:⟦2015-01-07 15:12⟧", "publication timestamp")
    d.nf("(永政办⟦〔2014146号⟧)", "mangled document number (〔2014〕146号)")
    d.f("需要说明的事项与附表共⟦7部分⟧组成", "本报告组成部分", None, value=7, unit="部分")
    d.nf("统计期限自⟦201411日⟧起", "mangled date (2014年1月1日)")
    d.nf("至⟦20141231日⟧止", "mangled date (2014年12月31日)")
    d.nf("电话:⟦23882996⟧", "phone")
    d.f("制作政府信息总数⟦60件⟧", "制作政府信息总数", None)
    d.f("其中主动公开文件数⟦5件⟧", "主动公开文件数", None,
        note="documents only; the section's proactive count is the 111篇(条) below")
    d.f("不予公开文件数⟦55件⟧", "不予公开文件数", None)
    d.f("主动公开政府信息简报⟦111篇(条)⟧", "主动公开政府信息简报", "proactive.total", value=111, unit="篇")
    return d


if __name__ == "__main__":
    build().save()
