"""Gold annotation of ../shared/corpus/038.txt (漳平市水利局2023年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("038", year=2023, body="漳平市水利局", fmt="f2021")
    d.nf("(国办公开办函⟦〔2021〕30号⟧)", "document number")
    d.f("其他需要报告的事项等⟦六个部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计时间自⟦2023年1月1日⟧", "date")
    d.nf("东山路⟦16号⟧", "street address number")
    d.nf("邮编:⟦364400⟧", "postcode")
    d.nf("电话:⟦0597-7532468⟧", "phone")
    d.nf("传真:⟦0597-7522436⟧", "fax")
    d.nf("电子邮箱:⟦fjzpslj@163.com⟧", "email")
    d.f("公开政府文件信息⟦20条⟧", "通过市政府门户网站主动公开政府文件信息", "proactive.total",
        note="the body's whole proactive output; split 5 + 6 + 9 follows")
    d.f("发布行政许可类信息⟦5条⟧", "行政许可类信息", None)
    d.f("部门预决算⟦6条⟧", "部门预决算", "proactive.domain.fiscal")
    d.f("其他类信息⟦9条⟧", "其他类信息", None)
    d.zero("我局⟦未接到公众、法人或其他组织等要求公开政府信息的申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.nf("信息发布⟦三级⟧审核制度", "Chinese numeral in a system name")
    d.nf("“⟦三审三校⟧”", "slogan with Chinese numerals")
    return d


if __name__ == "__main__":
    build().save()
