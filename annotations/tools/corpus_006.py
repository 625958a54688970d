"""Gold annotation of ../shared/corpus/006.txt (平潭综合实验区2015年度政府信息公开工作年度报告)."""
from corpus_005 import CAT_NOTE, ROWS
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("006", year=2015, body="平潭综合实验区管委会办公室", fmt="f2008")
    d.nf("发布时间: ⟦2016-01-12 16:08⟧", "publication timestamp")
    d.nf("（闽政办便函⟦〔2015〕77号⟧）", "document number")
    d.f("共⟦七个部分⟧组成", "本报告组成部分", None, value=7, unit="部分")
    d.nf("统计期限自⟦2015年1月1日⟧", "date")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦23158138⟧", "phone")
    d.nf("传真：⟦23158138⟧", "fax")
    d.nf("（岚综管办⟦〔2015〕126号⟧）", "document number")
    d.nf("（岚综管办⟦〔2015〕149号⟧）", "document number")
    d.f("综合执法等⟦8个⟧栏目", "门户网站增设信息公开栏目", None)
    d.nf("（闽政⟦〔2014〕40号⟧）", "document number")
    d.f("全区权力清单事项⟦2917项⟧", "权力清单事项", "service.power_items")
    d.f("公共服务清单事项⟦240项⟧", "公共服务清单事项", "service.items.listed")
    d.nf("以“⟦四局三中心⟧”", "name containing Chinese numerals")
    d.f("已有⟦20多家⟧预算部门", "公布预决算和“三公”经费的预算部门", None)
    d.f("发布征地告知书⟦202宗⟧", "发布征地告知书", None)
    d.f("征地补偿安置方案公告⟦31宗⟧", "征收土地公告、征地补偿安置方案公告", None)
    d.f("政府征地转发批文⟦12份⟧", "政府征地转发批文", None)
    d.nf("⟦2015年12月⟧，成功组织了", "date")
    d.nf("成功组织了⟦第二批⟧保障性住房", "ordinal")
    d.f("(公租房)选房，⟦389套⟧房子", "保障性住房（公租房）选房", None)
    d.f("主动公开政府采购项目信息⟦188条⟧", "主动公开政府采购项目信息", None)
    d.f("网上竞价⟦453条⟧", "网上竞价", None)
    d.f("梳理罗列⟦236个⟧重点项目", "梳理罗列重点项目", None)
    d.f("发布重点项目简报⟦5期⟧", "发布重点项目简报", None)
    d.nf("“⟦双百⟧会战”", "campaign name with Chinese numeral")
    d.f("“双百会战”简报⟦5期⟧", "“双百会战”简报", None)
    d.f("发布招聘信息⟦20多条⟧", "发布招聘信息", None)
    d.nf("在⟦2015年12月26日⟧成功举办", "date")
    d.f("共发布⟦4期⟧季度性", "国控污染源监督性监测情况发布期数", None)
    d.f("共发布了⟦25期⟧安全生产信息简报", "安全生产信息简报", None)
    d.f("农产品抽检情况公示⟦10期⟧", "农产品抽检情况公示", None)
    d.f("入驻审批服务部门和单位⟦13个⟧", "入驻审批服务部门和单位", None)
    d.f("开设窗口⟦24个⟧", "开设窗口", None)
    d.f("共受理申请⟦136437件⟧", "窗口服务大厅受理申请", "service.approval.accepted")
    d.f("2015年主动公开政府信息⟦2949条⟧", "主动公开政府信息", "proactive.total")
    sc = "区管委会及区直各部门"
    d.f("区直各部门主动公开政府信息⟦2275条⟧", "主动公开政府信息", "proactive.total", scope=sc)
    d.f("占⟦77%⟧", "区管委会及区直各部门主动公开政府信息占比", "proactive.total.share_pct", scope=sc)
    d.f("各乡镇主动公开政府信息⟦674条⟧", "主动公开政府信息", "proactive.total", scope="各乡镇")
    d.f("占⟦23%⟧", "各乡镇主动公开政府信息占比", "proactive.total.share_pct", scope="各乡镇")
    cats = [("机构职能类信息", "117条"), ("政策、规范性文件类信息", "124条"), ("规划计划类信息", "19条"),
            ("行政许可类信息", "33条"), ("重大建设项目", "29条"), ("为民办实事类信息", "141条"),
            ("国土资源、城乡建设、环保能类", "491条"), ("科教文体卫生类信息", "65条"),
            ("安全生产、应急管理类信息", "77条"), ("民政扶贫救灾社会保障就业类信息", "22条"),
            ("其他应主动公开的信息", "1831条")]
    for lab, n in cats:
        ind = "proactive.domain.major_projects" if lab == "重大建设项目" else None
        d.f(f"{lab}⟦{n}⟧", lab, ind, note=None if ind else CAT_NOTE)
    d.f("政府信息公开专栏访问量达⟦133890人次⟧", "政府信息公开专栏访问量", "media.website.xxgk_column_visits")
    d.zero("全区⟦未收到有关政府信息公开申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.zero("依申请提供政府信息⟦暂不收费⟧", "依申请提供政府信息收费", "fees.apply_fee.amount", unit="元")
    d.zero("我区⟦未收到有关政府信息公开行政复议、提起行政诉讼的申请⟧", "政府信息公开行政复议、行政诉讼申请",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    d.table("七、平潭综合实验区政府信息公开情况统计表", "行政诉讼数件00", "f2008_local")
    d.seek("七、平潭综合实验区政府信息公开情况统计表")
    d.nf("计量单位⟦2015年度⟧", "year column header")
    splits = ["2949|81916", "2949|81916", "0|0", "0|1", "0|0", "0|0", "0|1", "0|1", "0|1", "0|0", "0|0",
              "0|0", "0|0", "0|0", "0|0", "0|0"]
    for (printed, uw, ind, cum), digits in zip(ROWS, splits):
        clean = printed.split("、", 1)[-1] if printed[0].isdigit() else printed
        d.cells(f"{printed}{uw}⟦{digits}⟧", [(f"{clean} / 2015年度", ind), (f"{clean} / 历年累计", cum)], unit=uw)
    d.notes.append("Fused table split by the 2014 cumulative column of corpus 005: 81916 = 78967 + 2949; "
                   "the 历年累计 依申请 cells (1) carry the single 2014 letter application.")
    return d


if __name__ == "__main__":
    build().save()
