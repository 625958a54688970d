"""Gold annotation of ../shared/corpus/007.txt (平潭综合实验区2017年度政府信息公开工作年度报告)."""
from corpus_005 import CAT_NOTE, ROWS
from corpus_lib import Doc

PART = "part of the total stated just before; no separate taxonomy id"


def build() -> Doc:
    d = Doc("007", year=2017, body="平潭综合实验区管委会办公室", fmt="f2008")
    d.nf("发布时间: ⟦2018-01-23 08:51⟧", "publication timestamp")
    d.nf("（闽政办网传⟦〔2017〕24号⟧）", "document number")
    d.f("共⟦六个部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计期限自⟦2017年1月1日⟧", "date")
    d.nf("东附属楼⟦7楼⟧", "floor in an address")
    d.nf("邮 编：⟦350400⟧", "postcode")
    d.nf("电 话：⟦0591-23162606⟧", "phone")
    d.nf("传 真：⟦0591-23162143⟧", "fax")
    d.nf("电子邮箱：⟦pzxxgkb＠163.com⟧", "email")
    d.nf("（岚综管办便函⟦〔2017〕39号⟧）", "document number")
    d.nf("（岚综管办便函⟦〔2017〕40号⟧）", "document number")
    d.f("全年共发布信息⟦166条⟧", "重大建设项目信息", "proactive.domain.major_projects")
    d.f("政策文件等信息共⟦13条⟧", "政府与社会资本合作（PPP）项目信息", None)
    d.f("财政资金信息今年共发布⟦348条⟧信息", "财政资金信息", "proactive.domain.fiscal")
    for lab, n in [("政府预决算公开", "19条"), ("部门预决算公开", "224条"), ("“三公”经费", "20条"),
                   ("专项资金", "84条"), ("债券发行", "1条")]:
        d.f(f"{lab}⟦{n}⟧", lab, None, note=PART + " (财政资金信息 348)")
    d.f("共发布征地信息⟦32条⟧", "征地信息", None)
    d.f("主动公开采购信息⟦25条⟧", "政府采购信息", None)
    d.f("工程招投标信息⟦188条⟧", "工程招投标信息", None)
    d.f("今年共发布⟦10条⟧信息", "国资国企信息", None)
    d.f("全年共发布信息⟦84条⟧", "安全生产信息", None)
    d.f("全年共发布⟦25条⟧信息", "扶贫脱贫和社会救助信息", "proactive.domain.social_welfare")
    d.f("全年共发布⟦152条⟧", "教育领域信息", None)
    d.f("全年共发布⟦12条⟧信息", "医疗卫生领域信息", None)
    d.f("共发布⟦467条⟧信息", "环境保护信息", "proactive.domain.environment")
    for lab, n in [("环境监管信息公开", "54条"), ("环境违法曝光台", "43条"), ("空气质量预测预报", "322条"),
                   ("排污单位信息公开", "5条"), ("饮用水水源水质监测", "8条"), ("建设单位环评信息公开", "30条"),
                   ("环境政策措施", "5条")]:
        d.f(f"{lab}⟦{n}⟧", lab, None, note=PART + " (环境保护信息 467)")
    d.f("全年共发布⟦39条⟧信息", "住房信息", None)
    d.f("全年共发布⟦47条⟧信息", "食品药品安全信息", None)
    d.f("全区主动公开政府信息⟦2122条⟧", "主动公开政府信息", "proactive.total")
    sc = "区管委会及区直各部门"
    d.f("区直各部门主动公开政府信息⟦1509条⟧", "主动公开政府信息", "proactive.total", scope=sc)
    d.f("占⟦71.11%⟧", "区管委会及区直各部门主动公开政府信息占比", "proactive.total.share_pct", scope=sc)
    d.f("各乡镇主动公开政府信息⟦613条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇")
    d.f("占⟦28.89%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    cats = [("机构职能类信息", "205条", None), ("政策、规范性文件类信息", "95条", None), ("规划计划类信息", "19条", None),
            ("财政预决算类信息", "32条", "proactive.domain.fiscal"), ("行政事业性收费信息", "2条", None),
            ("政府集中采购项目类信息", "7条", None), ("行政许可类信息", "15条", None),
            ("重大建设项目", "131条", "proactive.domain.major_projects"),
            ("扶贫、教育、医疗、社会保障、促进就业类信息", "21条", None),
            ("应急管理类信息", "12条", "proactive.domain.emergency"),
            ("环保、公共卫生、安全生产、食品药品、产品质量类信息", "276条", None),
            ("城乡建设和管理的重大事项类信息", "20条", None),
            ("社会公益事业建设类信息", "6条", "proactive.domain.social_welfare"),
            ("征收或征用土地类信息", "99条", None), ("民政扶贫救灾社会保障就业类信息", "21条", None),
            ("其他信息", "1161条", None)]
    for lab, n, ind in cats:
        d.f(f"{lab}⟦{n}⟧", lab, ind, note=None if ind else CAT_NOTE,
            doc_value=False if ind else True)
    d.f("政府信息公开专栏访问量达⟦97402人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.nf("同步发布“⟦三同步⟧”", "slogan with Chinese numeral")
    d.f("共公开发布信息⟦82条⟧", "政策解读信息", "interpretation.policy_interpretations")
    d.zero("2017年⟦未收到有关政府信息公开申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.zero("2017年⟦未收到有关政府信息公开行政复议、提起行政诉讼的申请⟧", "政府信息公开行政复议、行政诉讼申请",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    d.table("六、政府信息公开情况统计表", "行政诉讼数件00", "f2008_local")
    d.seek("六、政府信息公开情况统计表")
    d.nf("计量单位⟦2017年度⟧", "year column header")
    rows = [r for r in ROWS if r[0] != "政府信息公开收费减免金额"]
    rows[3] = ("受理政府信息依申请公开总数",) + rows[3][1:]
    splits = ["2122|10037", "2122|10037"] + ["0|0"] * (len(rows) - 2)
    cum_note = "cumulative 10037 is smaller than the 2015 cumulative 81916 of corpus 006 (as printed)"
    for (printed, uw, ind, cum), digits in zip(rows, splits):
        clean = printed.split("、", 1)[-1] if printed[0].isdigit() else printed
        opts = {"note": cum_note} if digits.startswith("2122") else {}
        d.cells(f"{printed}{uw}⟦{digits}⟧", [(f"{clean} / 2017年度", ind), (f"{clean} / 历年累计", cum, opts)], unit=uw)
    return d


if __name__ == "__main__":
    build().save()
