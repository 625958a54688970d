"""Gold annotation of ../shared/corpus/005.txt (平潭综合实验区管委会2014年度政府信息公开工作年度报告)."""
from corpus_lib import Doc

ROWS = [  # Pingtan 2014–2015 统计表: (printed label, unit word, id this year, id cumulative)
    ("主动公开文件数", "条", "proactive.total", "proactive.cumulative_total"),
    ("1、政府网站公开数", "条", "proactive.channel.website", None),
    ("2、政府公报公开数", "条", "proactive.channel.gazette", None),
    ("受理依申请公开信息总数", "条", "apply.received.total", "apply.received_cumulative"),
    ("1、当面申请数", "条", "apply.channel.in_person", None),
    ("2、网上申请数", "条", "apply.channel.online", None),
    ("3、信函、传真申请数", "条", "apply.channel.written", None),
    ("对申请的答复总数", "条", "apply.processed.total", None),
    ("1、同意公开答复数", "条", "apply.result.disclosed.total", None),
    ("2、同意部分公开答复数", "条", "apply.result.partial.total", None),
    ("3、不予公开答复数", "条", "apply.result.denied.total", None),
    ("4、其他类型答复数", "条", None, None),
    ("政府信息公开收费减免金额", "元", "fees.waiver.amount", None),
    ("接受行政诉讼、举报数", "件", None, None),
    ("行政复议数", "件", "review.total", None),
    ("行政诉讼数", "件", "litigation.total", None),
]

CAT_NOTE = "category of proactively disclosed info; no taxonomy id for this category"


def build() -> Doc:
    d = Doc("005", year=2014, body="平潭综合实验区管委会办公室", fmt="f2008")
    d.nf("时间：⟦2015-01-02 00:00⟧", "publication timestamp")
    d.nf("（闽政办函⟦〔2014〕130号⟧）", "document number")
    d.f("共⟦六个部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2014年1月1日⟧", "date")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦23158786⟧", "phone")
    d.nf("传真：⟦23158138⟧", "fax")
    d.nf("⟦2014年5月⟧，平潭正式开展封关运作", "date")
    d.f("无节假日加班等⟦7项⟧新举措", "行政审批服务新举措", None)
    d.f("入驻审批服务部门和单位⟦13个⟧", "入驻审批服务部门和单位", None)
    d.f("开设窗口⟦26个⟧", "开设窗口", None)
    d.f("共受理申请⟦121510件⟧", "区行政服务中心受理申请", "service.approval.accepted")
    d.nf("以“⟦四局三中心⟧”", "name containing Chinese numerals")
    d.nf("我区⟦第一批⟧保障性住房", "ordinal")
    d.nf("在⟦2014年10月⟧成功举办", "date")
    d.f("主动公开政府信息 ⟦2543条⟧", "主动公开政府信息", "proactive.total")
    sc = "区管委会及区直各部门"
    d.f("区直各部门主动公开政府信息⟦1687条⟧", "主动公开政府信息", "proactive.total", scope=sc)
    d.f("占⟦66%⟧", "区管委会及区直各部门主动公开政府信息占比", "proactive.total.share_pct", scope=sc)
    d.f("各乡镇主动公开政府信息⟦856条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇")
    d.f("占⟦34%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    cats = [("机构职能类信息", "594条"), ("政策、规范性文件类信息", "281条"), ("规划计划类信息", "29条"),
            ("行政许可类信息", "28条"), ("重大建设项目、为民办实事类信息", "253条"),
            ("国土资源、城乡建设、环保能类", "98条"), ("科教文体卫生类信息", "122条"),
            ("安全生产、应急管理类信息", "290条"), ("其他应主动公开的信息", "946条")]
    for lab, n in cats:
        d.f(f"{lab}⟦{n}⟧", lab, None, note=CAT_NOTE + "; the 9 categories sum to 2641, not 2543")
    d.f("政府信息公开专栏访问量达⟦69598人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.f("汇集了⟦60多个⟧单位", "汇集主动公开政府信息的单位", None)
    d.f("政府信息公开的信函申请⟦1条⟧", "收到政府信息公开的信函申请", "apply.channel.letter")
    d.zero("⟦未收到有关政府信息公开行政复议的申请⟧", "政府信息公开行政复议申请", "review.total")
    d.zero("依申请提供政府信息⟦暂不收费⟧", "依申请提供政府信息收费", "fees.apply_fee.amount", unit="元")
    d.table("六、平潭综合实验区政府信息公开情况统计表", "行政诉讼数 件 0 0", "f2008_local")
    d.seek("六、平潭综合实验区政府信息公开情况统计表")
    d.nf("计量单位 ⟦2014年度⟧", "year column header")
    rows = ROWS
    for printed, uw, ind, cum in rows:
        clean = printed.split("、", 1)[-1] if printed[0].isdigit() else printed
        d.row(printed, [(f"{clean} / 2014年度", ind), (f"{clean} / 历年累计", cum)], unit=uw, skip=uw)
    d.notes.append("Table layout is the local Pingtan variant (本年/历年累计 columns), not the national f2008 表.")
    d.nf_all(r"一项(?=重要工作|重大任务)", "Chinese numeral used as an article (一项…)")
    return d


if __name__ == "__main__":
    build().save()
