"""Gold annotation of ../shared/corpus/056.txt (无锡市锡山区东港镇2021年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("056", year=2021, body="无锡市锡山区东港镇人民政府", fmt="f2021")
    d.nf("(⟦2019年4月3日⟧中华人民共和国国务院令", "date")
    d.nf("国务院令⟦第711号⟧修订", "decree number")
    d.nf("(国办公开办函⟦〔2021〕30 号⟧)", "document number with a space")
    d.nf("统计期限自⟦2021年1月1日⟧", "date")
    d.f("主动公布政府信息共计⟦304条⟧", "通过政府网站主动公布政府信息", "proactive.total")
    d.f("全文电子化达⟦100%⟧", "全文电子化率", None)
    parts = [("工作动态信息", "31条", "proactive.domain.news"), ("通知公告", "3条", None),
             ("小额工程采购信息", "260条", None), ("法规文件及解读", "2条", None), ("会议报告", "1条", None),
             ("规划计划", "1条", None), ("财政信息", "1条", "proactive.domain.fiscal"), ("重点工作", "1条", None),
             ("数据统计", "1条", None), ("人事信息", "1条", "proactive.domain.personnel"),
             ("应急管理", "1条", "proactive.domain.emergency"), ("便民服务", "1条", None)]
    for lab, n, ind in parts:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
    d.f("新受理依申请政府信息公开⟦3件⟧", "新受理依申请政府信息公开", "apply.received.total")
    return d


if __name__ == "__main__":
    build().save()
