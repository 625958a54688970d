"""Gold annotation of ../shared/corpus/065.txt (东莞市住房公积金管理中心2016年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("065", year=2016, body="东莞市住房公积金管理中心", fmt="f2008")
    d.f("存在问题及改进措施⟦六部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2016年1月1日⟧", "date")
    d.nf("鸿福西路⟦73号⟧", "street address number")
    d.nf("正腾大厦⟦五楼⟧", "floor in an address")
    d.nf("邮编:⟦523000⟧", "postcode")
    d.nf("电话:⟦0769—22337021⟧", "phone with em dash")
    d.nf("⟦今年10月⟧", "date")
    d.f("关注人数已⟦超过25万⟧", "微信公众号关注人数", None, unit=None, note="bare 万 with no unit")
    return d


if __name__ == "__main__":
    build().save()
