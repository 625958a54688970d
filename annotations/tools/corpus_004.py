"""Gold annotation of ../shared/corpus/004.txt (平潭综合实验区2013年政府信息公开工作年度报告)."""
from corpus_lib import Doc

ROWS = [  # (printed label, clean label, unit word, id 2013, id cumulative)
    ("主动公开信息数", "主动公开信息数", "条", "proactive.total", "proactive.cumulative_total"),
    ("其中：1、网站公开", "网站公开", "条", "proactive.channel.website", None),
    ("受理依申请公开信息总数", "受理依申请公开信息总数", "条", "apply.received.total", "apply.received_cumulative"),
    ("其中：1、当面申请数", "当面申请数", "条", "apply.channel.in_person", None),
    ("2、传真申请数", "传真申请数", "条", "apply.channel.fax", None),
    ("3、电子邮件申请数", "电子邮件申请数", "条", None, None),
    ("4、网上申请数", "网上申请数", "条", "apply.channel.online", None),
    ("5、信函申请数", "信函申请数", "条", "apply.channel.letter", None),
    ("对申请的答复总数", "对申请的答复总数", "条", "apply.processed.total", None),
    ("其中：1、同意公开答复数", "同意公开答复数", "条", "apply.result.disclosed.total", None),
    ("2、同意部分公开答复数", "同意部分公开答复数", "条", "apply.result.partial.total", None),
    ("3、否决公开答复数", "否决公开答复数", "条", "apply.result.denied.total", None),
    ("行政复议数", "行政复议数", "件", "review.total", None),
    ("行政诉讼数", "行政诉讼数", "件", "litigation.total", None),
    ("行政申诉、举报数", "行政申诉、举报数", "件", None, None),
]


def build() -> Doc:
    d = Doc("004", year=2013, body="平潭综合实验区管委会办公室", fmt="f2008_local")
    d.nf("时间：⟦2014-01-10 00:00⟧", "publication timestamp")
    d.f("共⟦五个部分⟧组成", "本报告组成部分", None, value=5, unit="部分")
    d.nf("统计期限自⟦2013年1月1日⟧", "date")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦23158668⟧", "phone")
    d.nf("传真：⟦23158568⟧", "fax")
    d.nf("电子邮箱：⟦24336243@163.com⟧", "email")
    conflict = "narrative total 4970条 CONFLICTS with the table (主动公开信息数 72804 this year)"
    d.f("2013年主动公开政府信息⟦4970条⟧", "主动公开政府信息", "proactive.total", note=conflict)
    d.f("区直、县直各单位主动公开政府信息⟦3933条⟧", "主动公开政府信息", "proactive.total", scope="区直、县直各单位")
    d.f("占⟦79%⟧", "区直、县直各单位主动公开政府信息占比", "proactive.total.share_pct", scope="区直、县直各单位")
    d.f("各乡镇主动公开政府信息⟦1037条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇")
    d.f("占⟦21%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    d.f("县政府公开办主动公开信息数为⟦222条⟧", "主动公开信息数", "proactive.total", scope="区管委会、县政府公开办（互联网）")
    d.f("政府信息公开专栏访问量达⟦196022人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.f("汇集了⟦60个⟧单位", "汇集主动公开政府信息的单位", None)
    d.f("刊出政务公开栏⟦12期⟧", "政务公开栏刊出期数", None)
    d.zero("全区⟦未收到有关政府信息公开的申请⟧", "收到政府信息公开的申请", "apply.received.total")
    d.f("收到⟦1份⟧有关政府信息公开行政复议申请", "收到政府信息公开行政复议申请", "review.total",
        note="CONFLICTS with the table row 行政复议数 0")
    d.nf("落实“每月⟦一⟧统计", "slogan (每月一统计、季度一通报)")
    d.nf("⟦二○一四年一月十日⟧", "date in Chinese numerals")
    d.table("平潭综合实验区政府信息公开情况统计表", "行政申诉、举报数 件 0 0", "f2008_local")
    d.seek("平潭综合实验区政府信息公开情况统计表")
    d.nf("计量单位 ⟦2013年度⟧", "year column header")
    for printed, clean, uw, ind, cum in ROWS:
        d.row(printed, [(f"{clean} / 2013年度", ind), (f"{clean} / 历年累计", cum)], unit=uw, skip=uw)
        if clean == "网站公开":
            d.row("2、政府公报公开", [("政府公报公开 / 2013年度", "proactive.channel.gazette",
                                  {"note": "row has ONE value only (历年累计 cell empty); read as the 2013 column"})],
                  unit="条", skip="条")
    d.nf_all(r"一项(?=重要工作|重大任务)", "Chinese numeral used as an article (一项…)")
    return d


if __name__ == "__main__":
    build().save()
