"""Gold annotation of ../shared/corpus/002.txt (平潭县人民政府2012年政府信息公开工作年度报告)."""
from corpus_lib import Doc

CATS = ["机构职能、主要职能、办事程序信息", "政策、规范性文件类信息", "规划计划类信息", "行政许可类信息",
        "重大建设项目、为民办实事类信息", "民政扶贫救灾社会社保就业类信息", "国土资源城乡建设环保能源类信息",
        "科教文体卫生类信息", "安全生产、应急管理类信息"]
CAT_NOTE = "category of proactively disclosed info; no taxonomy id for this merged category"

# f2008_local rows of the Pingtan 2011–2013 统计表: (row label as printed, clean label, id this year, id cumulative)
PINGTAN_ROWS = [
    ("主动公开信息数", "主动公开信息数", "proactive.total", "proactive.cumulative_total"),
    ("1.网站公开", "网站公开", "proactive.channel.website", None),
    ("2.政府公报公开", "政府公报公开", "proactive.channel.gazette", None),
    ("受理依申请公开信息总数", "受理依申请公开信息总数", "apply.received.total", "apply.received_cumulative"),
    ("1.当面申请数", "当面申请数", "apply.channel.in_person", None),
    ("2.传真申请数", "传真申请数", "apply.channel.fax", None),
    ("3.电子邮件申请数", "电子邮件申请数", None, None),
    ("4.网上申请数", "网上申请数", "apply.channel.online", None),
    ("5.信函申请数", "信函申请数", "apply.channel.letter", None),
    ("6.其它形式申请数", "其它形式申请数", "apply.channel.other", None),
    ("对申请的答复数", "对申请的答复数", "apply.processed.total", None),
    ("1.同意公开答复数", "同意公开答复数", "apply.result.disclosed.total", None),
    ("2.同意部分公开答复数", "同意部分公开答复数", "apply.result.partial.total", None),
    ("3.否决公开答复数", "否决公开答复数", "apply.result.denied.total", None),
    ("行政复议数", "行政复议数", "review.total", None),
    ("行政诉讼数", "行政诉讼数", "litigation.total", None),
    ("行政申诉数", "行政申诉数", None, None),
]


def fused_pingtan_table(d: Doc, year: str, splits: list[str], unit_word: str = "条", notes: dict | None = None) -> None:
    """The fused 统计表 of 002/003: '<row>条<this year><cumulative>' with no separators.

    ``splits`` gives each row's digits with '|' at the cell boundary, e.g. '2026|3542'.
    """
    notes = notes or {}
    for (printed, clean, ind, cum), digits in zip(PINGTAN_ROWS, splits):
        opts = {}
        if clean in notes:
            opts = {"ambiguous": True, "note": notes[clean]}
        d.cells(f"{printed}{unit_word}⟦{digits}⟧", [(f"{clean} / {year}年度", ind, dict(opts)),
                                                   (f"{clean} / 历年累计", cum, dict(opts))], unit="条")


def build() -> Doc:
    d = Doc("002", year=2012, body="平潭县人民政府", fmt="f2008_local")
    d.nf("发布时间: ⟦2013-01-17 00:00⟧", "publication timestamp")
    d.f("共⟦五个部分⟧组成", "本报告组成部分", None, value=5, unit="部分")
    d.nf("统计期限自⟦2012年1月1日⟧", "date")
    d.nf("翠园南路⟦10号⟧", "street address number")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦24336243⟧", "phone")
    d.nf("传真：⟦23131679⟧", "fax")
    d.nf("电子邮箱：⟦24336240@163.com⟧", "email")
    d.f("制作、获取政府信息总数⟦3978条⟧", "制作、获取政府信息总数", None)
    d.f("其中主动公开政府信息⟦2026条⟧", "主动公开政府信息", "proactive.total")
    d.f("作为依申请公开信息数⟦46条⟧", "作为依申请公开信息数", None)
    d.f("不予公开信息数⟦1854条⟧", "不予公开信息数", None)
    inc = "INCONSISTENT in source: 2475+1503=3978 equals 制作、获取政府信息总数, not 主动公开 2026; recorded as stated"
    d.f("县直各单位主动公开政府信息⟦2475条⟧", "主动公开政府信息", "proactive.total", scope="县直各单位", note=inc)
    d.f("占⟦62.2%⟧", "县直各单位主动公开政府信息占比", "proactive.total.share_pct", scope="县直各单位")
    d.f("各乡镇主动公开政府信息⟦1503条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇", note=inc)
    d.f("占⟦37.8%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    d.f("主动公开的⟦2026条⟧政府信息中", "主动公开的政府信息", "proactive.total")
    for lab, n, p in zip(CATS, ["161条", "221条", "60条", "34条", "136条", "91条", "113条", "160条", "199条"],
                         ["7.9%", "10.9%", "2.9%", "1.7%", "6.7%", "4.5%", "5.6%", "7.9%", "9.8%"]):
        d.f(f"{lab}⟦{n}⟧", lab, None, note=CAT_NOTE)
        d.f(f"占⟦{p}⟧", f"{lab}占比", None)
    d.f("县政府公开办主动公开信息数为⟦1795条⟧", "主动公开信息数", "proactive.total", scope="县政府公开办（互联网）")
    d.f("政府信息公开专栏访问量达⟦24745人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.f("汇集了⟦60个⟧单位", "汇集主动公开政府信息的单位", None)
    d.f("刊出政务公开栏⟦12期⟧", "政务公开栏刊出期数", None)
    d.f("共收到有关政府信息公开的申请⟦21条⟧", "收到政府信息公开的申请", "apply.received.total")
    d.f("当面申请数⟦18条⟧", "当面申请数", "apply.channel.in_person")
    d.f("电子邮件申请数⟦3条⟧", "电子邮件申请数", None,
        note="the table lists 电子邮件 and 网上申请 as separate rows; apply.channel.online is the 网上 row")
    d.f("对依申请公开的答复总数⟦21条⟧", "对依申请公开的答复总数", "apply.processed.total")
    d.f("同意公开答复数⟦17条⟧", "同意公开答复数", "apply.result.disclosed.total")
    d.f("其它公开答复数⟦2条⟧", "其它公开答复数", None)
    d.f("免于公开答复数⟦2条⟧", "免于公开答复数", "apply.result.denied.exempt.total",
        note="table row 否决公开答复数 gives 2 for the same replies")
    d.zero("⟦未收到有关政府信息公开行政复议申请⟧", "政府信息公开行政复议申请", "review.total")
    d.nf("从以下⟦三个方面⟧作进一步的改进", "rhetorical enumeration")
    d.nf("平潭县人民政府 ⟦2013年1月16日⟧", "date")
    d.table("附件1：", "行政申诉数条00", "f2008_local")
    d.seek("附件1：")
    d.nf("计量单位⟦2012年度⟧", "year column header")
    fused_pingtan_table(d, "2012", ["2026|3542", "1795|3304", "0|7", "21|21", "18|18", "0|0", "3|3", "0|0",
                                    "0|0", "0|0", "21|21", "17|17", "2|2", "2|2", "0|0", "0|0", "0|0"])
    d.nf_all(r"一项(?=重要工作|重大任务)", "Chinese numeral used as an article (一项…)")
    return d


if __name__ == "__main__":
    build().save()
