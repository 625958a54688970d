"""Gold annotation of ../shared/corpus/066.txt (驻马店市住房公积金管理中心2017年度报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("066", year=2017, body="驻马店市住房公积金管理中心", fmt="f2008")
    d.f("其他需要报告的事项等⟦六个部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2017年1月1日⟧", "date")
    d.nf("泰山路⟦529号⟧", "street address number")
    d.nf("邮政编码:⟦463000⟧", "postcode")
    d.nf("电话:⟦0396—2709033⟧", "phone with em dash")
    mism = "parts 99 + 90 = 189, not 190"
    d.f("共主动公开政府信息⟦190条⟧", "主动公开政府信息", "proactive.total", note=mism)
    d.f("公开规范性文件⟦4件⟧", "公开规范性文件", "rules.normative.published_new")
    d.f("公开政府信息⟦99条⟧", "通过市政府网站、中心门户网站等公开政府信息", "proactive.channel.website")
    d.f("通过微信公开政府信息⟦90条⟧", "通过微信公开政府信息", "proactive.channel.weixin")
    d.f("发布中心规范性文件⟦4件⟧", "通过门户网站发布中心规范性文件", "rules.normative.published_new")
    d.nf("《⟦2016年⟧驻马店市住房公积金年度报告》", "year inside a title")
    d.nf("《⟦2017年⟧结息对账公告》", "year inside a title")
    return d


if __name__ == "__main__":
    build().save()
