"""Gold annotation of ../shared/corpus/031.txt (永定县2009年政府信息公开工作年度报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("031", year=2009, body="永定县人民政府（全县汇总）", fmt="f2008_local")
    d.f("需要说明的事项与附表等⟦七部分⟧组成", "本报告组成部分", None, value=7, unit="部分")
    d.nf("统计期限自⟦2009年1月1日⟧", "date")
    d.nf("中山路⟦1号⟧", "street address number")
    d.nf("邮编:⟦364100⟧", "postcode")
    d.nf("联系电话:⟦5823904⟧", "phone")
    d.nf("电子邮箱:⟦ydxxgk@126.com⟧", "email")
    d.nf("形成了⟦一级抓一级⟧", "slogan with Chinese numerals")
    d.f("全县⟦59个⟧公开主体", "公开主体", None)
    return d


if __name__ == "__main__":
    build().save()
