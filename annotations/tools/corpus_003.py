"""Gold annotation of ../shared/corpus/003.txt (平潭县人民政府2013年政府信息公开工作年度报告)."""
from corpus_002 import CAT_NOTE, CATS, fused_pingtan_table
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("003", year=2013, body="平潭县人民政府", fmt="f2008_local")
    d.nf("发布时间: ⟦" + d.text.split("发布时间: ")[1][:16] + "⟧", "publication timestamp")
    d.f("共⟦五个部分⟧组成", "本报告组成部分", None, value=5, unit="部分")
    d.nf("翠园南路⟦10号⟧", "street address number")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦24336243⟧", "phone")
    d.nf("传真：⟦23131679⟧", "fax")
    d.nf("电子邮箱：⟦24336240@163.com⟧", "email")
    d.f("制作、获取政府信息总数⟦3618条⟧", "制作、获取政府信息总数", None)
    d.f("其中主动公开政府信息⟦1853条⟧", "主动公开政府信息", "proactive.total")
    d.f("作为依申请公开信息数⟦107条⟧", "作为依申请公开信息数", None)
    d.f("不予公开信息数⟦1658条⟧", "不予公开信息数", None)
    d.f("县直各单位主动公开政府信息⟦1251条⟧", "主动公开政府信息", "proactive.total", scope="县直各单位")
    d.f("占⟦67.5%⟧", "县直各单位主动公开政府信息占比", "proactive.total.share_pct", scope="县直各单位")
    d.f("各乡镇主动公开政府信息⟦602条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇")
    d.f("占⟦32.5%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    d.f("主动公开的⟦1853条⟧政府信息中", "主动公开的政府信息", "proactive.total")
    for lab, n, p in zip(CATS, ["324条", "207条", "44条", "15条", "307条", "91条", "243条", "178条", "291条"],
                         ["17.5%", "11.2%", "2.4%", "0.8%", "16.6%", "4.9%", "13.1%", "9.6%", "15.7%"]):
        d.f(f"{lab}⟦{n}⟧", lab, None, note=CAT_NOTE)
        d.f(f"占⟦{p}⟧", f"{lab}占比", None)
    d.f("县政府公开办主动公开信息数为⟦1713条⟧", "主动公开信息数", "proactive.total", scope="县政府公开办（互联网）")
    d.f("政府信息公开专栏访问量达⟦19363人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.f("汇集了⟦48个⟧单位", "汇集主动公开政府信息的单位", None)
    d.f("刊出政务公开栏⟦12期⟧", "政务公开栏刊出期数", None)
    d.f("共收到有关政府信息公开的申请⟦7条⟧", "收到政府信息公开的申请", "apply.received.total")
    conflict = "narrative says 网上3 + 信函4 while the table gives 电子邮件3 / 网上4 / 信函0"
    d.f("网上申请数⟦3条⟧", "网上申请数", "apply.channel.online", note=conflict)
    d.f("信函申请数⟦4条⟧", "信函申请数", "apply.channel.letter", note=conflict)
    d.f("对依申请公开的答复总数⟦3条⟧", "对依申请公开的答复总数", "apply.processed.total")
    d.f("同意公开答复数⟦2条⟧", "同意公开答复数", "apply.result.disclosed.total")
    d.f("其它公开答复数⟦1条⟧", "其它公开答复数", None, note="the table gives 同意部分公开答复数 1 for this reply")
    d.zero("⟦未收到有关政府信息公开行政复议申请⟧", "政府信息公开行政复议申请", "review.total")
    d.nf("从以下⟦三个方面⟧作进一步的改进", "rhetorical enumeration")
    d.table("附件1：", "行政申诉数条00", "f2008_local")
    d.seek("附件1：")
    d.nf("计量单位⟦2013年度⟧", "year column header")
    fused_pingtan_table(d, "2013", ["1853|5395", "1713|5017", "0|7", "7|28", "0|18", "0|0", "3|6", "4|4",
                                    "0|0", "0|0", "3|24", "2|19", "1|3", "0|2", "0|0", "0|0", "0|0"])
    d.notes.append("EMPTY date range in the source ('统计期限自至'). Fused table splits checked against 002: "
                   "cumulative = 2012 cumulative + 2013 (5395 = 3542 + 1853, 28 = 21 + 7, 24 = 21 + 3).")
    d.nf_all(r"一项(?=重要工作|重大任务)", "Chinese numeral used as an article (一项…)")
    return d


if __name__ == "__main__":
    build().save()
