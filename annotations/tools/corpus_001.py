"""Gold annotation of ../shared/corpus/001.txt (平潭综合实验区2011年政府信息公开工作年度报告)."""
from corpus_lib import Doc

CUM = " / 历年累计"


def build() -> Doc:
    d = Doc("001", year=2011, body="平潭综合实验区管委会（办公室）", fmt="f2008_local")
    d.nf("发布时间: ⟦2012-04-11 00:00⟧", "publication timestamp")
    d.f("共⟦五个部分⟧组成", "本报告组成部分", None, value=5, unit="部分")
    d.nf("统计期限自⟦2011年1月1日⟧", "date")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦24336243⟧", "phone")
    d.nf("传真：⟦24336410⟧", "fax")
    d.nf("电子邮箱：⟦24336243@163.com⟧", "email")
    d.f("制作、获取政府信息总数⟦1873条⟧", "制作、获取政府信息总数", None)
    d.f("其中主动公开政府信息⟦425条⟧", "主动公开政府信息", "proactive.total")
    d.f("作为依申请公开信息数⟦46条⟧", "作为依申请公开信息数", None)
    d.f("不予公开信息数⟦1402⟧", "不予公开信息数", None, unit=None,
        note="no unit in the text (条 implied by the sentence)")
    sc = "区直、县直各单位"
    d.f("主动公开政府信息⟦303条⟧", "主动公开政府信息", "proactive.total", scope=sc)
    d.f("占⟦71.3%⟧", "区直、县直各单位主动公开政府信息占比", "proactive.total.share_pct", scope=sc)
    d.f("各乡镇主动公开政府信息⟦122条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇")
    d.f("占⟦28.7%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    d.f("主动公开的⟦425条⟧政府信息中", "主动公开的政府信息", "proactive.total")
    cats = [("机构职能、主要职能、办事程序信息", "148条", "34.8%"),
            ("政策、规范性文件类信息", "21条", "4.9%"),
            ("规划计划类信息", "21条", "4.9%"),
            ("行政许可类信息", "8条", "1.9%"),
            ("重大建设项目、为民办实事类信息", "49条", "11.5%"),
            ("民政扶贫救灾社会社保就业类信息", "23条", "5.4%"),
            ("国土资源城乡建设环保能源类信息", "33条", "7.8%"),
            ("科教文体卫生类信息", "55条", "12.9%"),
            ("安全生产、应急管理类信息", "63条", "14.8%")]
    for lab, n, p in cats:
        d.f(f"{lab}⟦{n}⟧", lab, None, note="category of proactively disclosed info; no taxonomy id for this merged category")
        d.f(f"占⟦{p}⟧", f"{lab}占比", None)
    d.f("公开办主动公开信息数为⟦62条⟧", "主动公开信息数", "proactive.total", scope="区管委会、县政府公开办（互联网）")
    d.f("政府信息公开专栏访问量达⟦11460人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.f("汇集了⟦60个⟧单位", "汇集主动公开政府信息的单位", None)
    d.f("刊出政务公开栏⟦12期⟧", "政务公开栏刊出期数", None)
    d.zero("全区⟦未收到有关政府信息公开的申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.zero("⟦未收到有关政府信息公开行政复议申请⟧", "政府信息公开行政复议申请", "review.total")
    d.nf("从以下⟦三个方面⟧作进一步的改进", "rhetorical enumeration")
    d.nf("⟦二○一二年二月二十日⟧", "date in Chinese numerals")
    d.table("附件1：", "否决公开答复数 条 0 0 行政复议数 条 0 0 行政诉讼数 条 0 0 行政申诉数 条 0 0", "f2008_local")
    d.nf("计量 单位 ⟦2011 年度⟧", "year column header")
    rows = [
        ("主动公开信息数", "proactive.total", "proactive.cumulative_total"),
        ("其中：1.网站公开", "proactive.channel.website", None),
        ("2.政府公报公开", "proactive.channel.gazette", None),
        ("受理依申请公开信息总数", "apply.received.total", "apply.received_cumulative"),
        ("其中：1.当面申请数", "apply.channel.in_person", None),
        ("2.传真申请数", "apply.channel.fax", None),
        ("3.电子邮件申请数", None, None),
        ("4.网上申请数", "apply.channel.online", None),
        ("5.信函申请数", "apply.channel.letter", None),
        ("6.其它形式申请数", "apply.channel.other", None),
        ("对申请的答复数", "apply.processed.total", None),
        ("其中：1.同意公开答复数", "apply.result.disclosed.total", None),
        ("2.同意部分公开答复数", "apply.result.partial.total", None),
        ("3.否决公开答复数", "apply.result.denied.total", None),
        ("行政复议数", "review.total", None),
        ("行政诉讼数", "litigation.total", None),
        ("行政申诉数", None, None),
    ]
    d.seek("附件1：")
    for lab, ind, cum in rows:
        clean = lab.split("：")[-1].lstrip("0123456789.")
        d.row(lab, [(clean + " / 2011年度", ind), (clean + CUM, cum)], unit="条", skip="条")
    d.nf_all(r"一项(?=重要工作|重大任务)", "Chinese numeral used as an article (一项…)")
    return d


if __name__ == "__main__":
    build().save()
