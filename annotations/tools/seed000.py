"""Gold annotation of seed 000 (镇原县 2017, narrative with two small chart-data tables).

Every fact was typed in by reading the text; contexts are unique strings of the text.
"""
from annolib import Doc

d = Doc("seed000", "seeds/000_43a3f1b74f313741.txt", {"year": 2017, "body": "镇原县人民政府", "format": "narrative"})
T = d.text
N = None

# ---------------------------------------------------------------- header / boilerplate non-facts
d.nonfact("索引号: XXGK/2018-4388", "2018-4388", "index_number")
d.nonfact("发布日期: 2018-02-23", "2018-02-23", "date")
d.nonfact("名 称: 镇原县2017年", "2017年", "year")
d.nonfact("发布时间:2018-02-23", "2018-02-23", "date")
d.nonfact("\n镇原县2017年政府信息公开工作报告\n", "2017年", "year")
d.nonfact("一、概述\n  2017年,镇原县", "2017年", "year")
d.nonfact("《发庆阳市2017年政务公开工作要点》", "2017年", "year")
d.nonfact("&o=1)", "1", "url")
d.fact("措施六部分组成", "六部分", 6, "部分", "报告组成部分", N)
d.nonfact("统计期限自2017年1月1日起", "2017年1月1日", "date")
d.nonfact("起至12月31日止", "12月31日", "date")
# "365足球即时比分" is spam that a mirror site put in place of the county government's name
for n in range(T.count("365足球即时比分")):
    d.nonfact("365足球即时比分", "365", "spam", nth=n)
d.nonfact("c=12&o=1", "12", "url")
d.nonfact("电话:0934-7135819", "0934-7135819", "phone")
d.nonfact("传真:0934-7121808", "0934-7121808", "phone")
d.nonfact("(庆政办发〔2017〕145号)", "庆政办发〔2017〕145号", "doc_number")

# ---------------------------------------------------------------- 一、概述 (二)
d.fact("政府办公室文件40份", "40份", 40, "份", "政府文件签发同步主动公开政府和政府办公室文件", "proactive.domain.gov_documents", doc_level=True)
d.fact("人事信息9条", "9条", 9, "条", "人事信息", "proactive.domain.personnel", doc_level=True)
d.fact("公开政府会议123期", "123期", 123, "期", "公开政府会议", "proactive.domain.gov_meetings", doc_level=True)
d.fact("“镇原旅游”三个功能模块", "三个", 3, "个", "微信公众平台功能模块", N)

# ---------------------------------------------------------------- 二、主动公开 (一) + chart data
d.nonfact("2017年度全县主动公开", "2017年度", "year")
d.fact("主动公开政府信息34207条", "34207条", 34207, "条", "全县主动公开政府信息", "proactive.total")
d.fact("通过政府网站公开18477条", "18477条", 18477, "条", "通过政府网站公开", "proactive.channel.website")
d.fact("政务微信公开1850条", "1850条", 1850, "条", "政务微信公开", "proactive.channel.weixin")
d.fact("其他方式公开13880条", "13880条", 13880, "条", "其他方式公开", "proactive.channel.other")
chart_s, chart_e = d.table("镇原县历年政府信息主动公开数据图", "29070\n\n34207", None)
for y in ("2013", "2014", "2015", "2016", "2017"):
    s = T.index("\n" + y + "\n", chart_s) + 1
    d.nonfacts.append({"start": s, "end": s + 4, "text": y, "reason": "year column header"})
for y, v in (("2013", 3148), ("2014", 4524), ("2015", 22390), ("2016", 29070), ("2017", 34207)):
    s = T.index("\n" + str(v) + "\n", chart_s) + 1
    assert s < chart_e + 1
    d._add(s, s + len(str(v)), v, None, "主动公开信息数", "proactive.total", False, None if y == "2017" else f"{y}年",
           "table", None, doc_level=(y == "2017"))
ch_s, ch_e = d.table("镇原县2017年通过不同渠道和方式公开政府信息的情况", "其他方式公开\n\n13880", None)
d.nonfacts.append({"start": ch_s + 3, "end": ch_s + 8, "text": "2017年", "reason": "year"})
p = ch_s
p = d.row(p, "政府网站公开", [("proactive.channel.website", 18477)])
p = d.row(p, "政府微信公开", [("proactive.channel.weixin", 1850)])
p = d.row(p, "其他方式公开", [("proactive.channel.other", 13880)])

# ---------------------------------------------------------------- (三) 形式
d.nonfact("一是推进决策公开。2017年", "2017年", "year")
d.fact("聘请法律顾问2人", "2人", 2, "人", "聘请法律顾问", N)
d.fact("制定审核规范性文件18件", "18件", 18, "件", "制定审核规范性文件", "rules.normative.issued", doc_level=True)
d.fact("依法公开18件", "18件", 18, "件", "依法公开规范性文件", "rules.normative.published_new", doc_level=True)
d.nonfact("将2009年至2016年的规范性文件", "2009年", "year")
d.nonfact("将2009年至2016年的规范性文件", "2016年", "year")
d.fact("公开废止文件目录5条", "5条", 5, "条", "公开废止文件目录", "rules.normative.repealed", doc_level=True)
d.fact("失效文件目录2条", "2条", 2, "条", "失效文件目录", N)
d.fact("继续施行文件63件", "63件", 63, "件", "继续施行文件", "rules.normative.in_force", doc_level=True)
d.fact("公开督查动态44条", "44条", 44, "条", "公开督查动态", N)
d.fact("承接取消调整的18个部门36项权力事项", "18个", 18, "个", "承接取消调整权力事项的部门", N)
d.fact("承接取消调整的18个部门36项权力事项", "36项", 36, "项", "承接取消调整的权力事项", N)
d.fact("(其中取消11项", "11项", 11, "项", "取消权力事项", N)
d.fact("承接新增18项", "18项", 18, "项", "承接新增权力事项", N)
d.fact("调整实施机关5项", "5项", 5, "项", "调整实施机关权力事项", N)
d.fact("不予公开2项", "2项", 2, "项", "不予公开权力事项", N)
d.fact("及51项细项信息", "51项", 51, "项", "行政审批细项信息", N)
d.fact("共调整变更行政许可事项35项", "35项", 35, "项", "调整变更行政许可事项", N)
d.fact("绘制运行流程图十大类2910张", "十大类", 10, "大类", "运行流程图类别", N)
d.fact("绘制运行流程图十大类2910张", "2910张", 2910, "张", "绘制运行流程图", N)
d.fact("县政府24个工作部门公开保留", "24个", 24, "个", "县政府工作部门", N)
d.fact("公开保留的2874项行政权力事项", "2874项", 2874, "项", "公开保留的行政权力事项", "service.power_items", doc_level=True)
d.fact("公开应急管理信息99条", "99条", 99, "条", "公开应急管理信息", "proactive.domain.emergency", doc_level=True)

# ---------------------------------------------------------------- (四)(五)
d.nonfact("(四)政策解读。2017年", "2017年", "year")
d.fact("政策措施等解读125期", "125期", 125, "期", "发布政策解读", "interpretation.policy_interpretations", doc_level=True)
d.fact("关于民生利益的信息91条", "91条", 91, "条", "“回应关切”栏目转载国家、省、市相关负责人关于民生利益的信息", N)
d.nonfact("2017年在做好政务舆情监测", "2017年", "year")
d.fact("各类问题449条", "449条", 449, "条", "收到公民、法人和其他组织与自身生产、生活切身利益相关的各类问题", "interaction.messages.received", doc_level=True)
d.fact("公示2872项权利事项信息", "2872项", 2872, "项", "公示权利事项信息", "service.power_items", scope="甘肃省政务服务网镇原子站")
d.fact("20598项责任事项信息", "20598项", 20598, "项", "责任事项信息", "service.responsibility_items", doc_level=True)
d.fact("26项县级财政资金管理事项信息", "26项", 26, "项", "县级财政资金管理事项信息", N)
d.fact("2项精准扶贫事项信息", "2项", 2, "项", "精准扶贫事项信息", N)
d.fact("17566项便民服务事项信息", "17566项", 17566, "项", "便民服务事项信息", "service.convenience_items", doc_level=True)

# ---------------------------------------------------------------- (六)
d.nonfact("(六)《庆阳市2017年政务公开工作要点》", "2017年", "year")
d.nonfact("开展第四轮服务事项", "第四轮", "ordinal")
d.nonfact("力推政府投资项目并联审批试点。2017年", "2017年", "year")
d.fact("受理行政审批事项193371件", "193371件", 193371, "件", "受理行政审批事项", "service.approval.accepted", doc_level=True)
d.fact("办结193371件", "193371件", 193371, "件", "办结", "service.approval.completed", doc_level=True)
d.fact("办结率100%", "100%", 100, "%", "办结率", "service.approval.completion_rate", doc_level=True)
d.fact("群众满意率为98%", "98%", 98, "%", "群众满意率", "service.approval.satisfaction_rate", doc_level=True)
d.fact("有审批权限的24个部门单位", "24个", 24, "个", "有审批权限的部门单位", N)
d.fact("中已有6个单位", "6个", 6, "个", "开展网上业务办理的单位", N)
d.fact("累计受理事项1618件", "1618件", 1618, "件", "网上业务办理累计受理事项", "service.online.accepted", doc_level=True)
d.fact("办结1618件", "1618件", 1618, "件", "网上业务办理办结", "service.online.completed", doc_level=True)
d.fact("分三批次清理", "三批次", 3, "批次", "清理规范批次", N)
d.fact("中介服务事项清单45项", "45项", 45, "项", "公布行政审批中介服务事项清单", N)
d.fact("公共服务事项清单85项", "85项", 85, "项", "公布公共服务事项清单", N)
d.nonfact("更换“一照一码”营业执照", "一照一码", "slogan")
d.fact("营业执照2096户", "2096户", 2096, "户", "更换“一照一码”营业执照", N)
d.nonfact("个体户“两证整合”营业执照", "两证整合", "slogan")
d.fact("营业执照2235户", "2235户", 2235, "户", "个体户“两证整合”营业执照", N)
d.fact("为803户企业", "803户", 803, "户", "办理“先照后证”登记的企业", N)
d.fact("604户专业合作社", "604户", 604, "户", "办理“先照后证”登记的专业合作社", N)
d.fact("4638户个体户", "4638户", 4638, "户", "办理“先照后证”登记的个体户", N)
d.fact("为12户企业办理了登记手续", "12户", 12, "户", "按简易注销登记程序办理登记的企业", N)
d.nonfact("加大“双随机”抽查力度", "双随机", "slogan")
d.fact("对147个行政许可事项", "147个", 147, "个", "建立事中事后监管制度的行政许可事项", N)
d.fact("24个政府工作部门建立公布", "24个", 24, "个", "建立公布随机抽查事项的政府工作部门", N)
d.fact("随机抽查事项172项", "172项", 172, "项", "随机抽查事项", N)
d.fact("市场主体名录库13233户", "13233户", 13233, "户", "市场主体名录库", N)
d.fact("其中个体户10648户", "10648户", 10648, "户", "市场主体名录库：个体户", N)
d.fact("农民专业合作社1101户", "1101户", 1101, "户", "市场主体名录库：农民专业合作社", N)
d.fact("企业1484户", "1484户", 1484, "户", "市场主体名录库：企业", N)
d.fact("执法人员名录库1317人", "1317人", 1317, "人", "执法人员名录库", N)
d.fact("全县114394户土地确权登记", "114394户", 114394, "户", "完成土地确权登记", N)
d.fact("公开农机补贴信息3次", "3次", 3, "次", "公开农机补贴信息", N)
d.fact("等政策940次", "940次", 940, "次", "公开农村劳动力转移就业、农民工返乡创业等政策", "proactive.domain.agriculture")
d.nonfact("的2017年度县级财政预算", "2017年度", "year")
d.nonfact("和2016年县级财政决算", "2016年", "year")
d.fact("“三公”经费等信息406条", "406条", 406, "条", "县级财政预决算及“三公”经费等信息", "proactive.domain.fiscal", doc_level=True)
d.fact("项目建设等信息5条", "5条", 5, "条", "公开涉农资金来源、用途和项目建设等信息", "proactive.domain.agriculture")
d.fact("发布环境质量信息150条", "150条", 150, "条", "发布环境质量信息", "proactive.domain.environment")
d.fact("违法案件查处等信息62条", "62条", 62, "条", "环境保护栏目发布环评报告、水质监测、污染源监测、违法案件查处等信息", "proactive.domain.environment")

# ---------------------------------------------------------------- 三~五 依申请、收费、复议诉讼
d.fact("共收到政府信息公开申请3件", "3件", 3, "件", "近年来共收到政府信息公开申请", "apply.received_cumulative", doc_level=True)
d.fact("其中:2016年1件", "1件", 1, "件", "收到政府信息公开申请", "apply.received.total", scope="2016年")
d.nonfact("其中:2016年1件", "2016年", "year")
d.nonfact("2017年2件", "2017年", "year")
d.fact("2017年2件", "2件", 2, "件", "收到政府信息公开申请", "apply.received.total", doc_level=True)
d.fact("按时办结2件", "2件", 2, "件", "按时办结", "apply.closed.on_time", doc_level=True)
d.fact("无延时办结案件", None, 0, "件", "延时办结案件", "apply.closed.extended", doc_level=True)
d.nonfact("2017年度没有涉及", "2017年度", "year")
d.fact("没有涉及“不予公开”的政府信息", None, 0, "件", "涉及“不予公开”的政府信息", "apply.result.denied.total", doc_level=True)
d.nonfact("四、政府信息公开的收费及减免情况\n  2017年", "2017年", "year")
d.fact("没有向公民、法人和其他组织收取任何与政府信息公开工作相关的费用", None, 0, "元", "收取与政府信息公开工作相关的费用", "fees.apply_fee.amount", doc_level=True)
d.nonfact("五、行政复议、行政诉讼和举报投诉情况\n  2017年", "2017年", "year")
d.fact("没有收到任何与政府信息公开有关的行政复议", None, 0, "件", "与政府信息公开有关的行政复议", "review.total", doc_level=True)
# one phrase, two zeros: two facts on the same span
d.fact("没有引发有关政府信息公开提起的行政诉讼和举报投诉事件", None, 0, "件", "有关政府信息公开提起的行政诉讼", "litigation.total",
       doc_level=True)
d.fact("没有引发有关政府信息公开提起的行政诉讼和举报投诉事件", None, 0, "件", "有关政府信息公开的举报投诉事件", "supervision.complaints",
       doc_level=True)

# ---------------------------------------------------------------- 六 + footer
d.nonfact("(一)主要问题。2017年度", "2017年度", "year")
d.nonfact("(二)工作思路及打算。2018年", "2018年", "year")
d.nonfact("城关镇中街21号", "21号", "address")
d.nonfact("电话(传真):0934-7121808", "0934-7121808", "phone")
d.nonfact("zyzfbxx@163.com", None, "email")
d.nonfact("邮编:744500", "744500", "postcode")
d.nonfact("陇ICP备07001201号", None, "registration_number")
d.nonfact("网站标识码:6210270009", "6210270009", "registration_number")
d.nonfact("甘公网安备 62102702000101号", "62102702000101号", "registration_number")

d.list_markers()
d.write()
