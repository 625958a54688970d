"""Gold annotation of seed 002 (清镇市 2013, local 统计表 flattened one cell per line).

Values typed by reading the text; `Doc.row` checks each against the printed cell.
"""
from annolib import Doc

d = Doc("seed002", "seeds/002_55d514afb4608201.txt", {"year": 2013, "body": "清镇市人民政府", "format": "f2008_local"})
T = d.text

# ---------------------------------------------------------------- 附表 2013年度政府信息公开情况统计表
d.nonfact("2013年度政府信息公开情况统计表", "2013年度", "year")
start = T.find("2013年度政府信息公开情况统计表")
end = T.find("5、联系电话") + len("5、联系电话")
d.tables.append({"start": start, "end": end, "format": "f2008_local"})
p = start
rows = [
    ("(一)主动公开政府信息总数", "proactive.total", 13305, None),
    ("1.通过网站公开数", "proactive.channel.website", 8569, None),
    ("2.通过公报公开数", "proactive.channel.gazette", 230, None),
    ("3.新闻发布会", "proactive.channel.press_conference", 6, None),
    ("4.其他便于公众知晓的方式", "proactive.channel.other", 4500, None),
    ("(二)公开查阅点查阅人数", "proactive.reading_point.visitors", 25000, "人次"),
    ("(三)网站中政府信息公开专栏页面访问量", "media.website.xxgk_column_visits", 150, "人次"),
    ("(一)收到政府信息公开申请数", "apply.received.total", 0, None),
    ("1.当面申请数", "apply.channel.in_person", 0, None),
    ("2、书面申请数(信函、传真)", "apply.channel.written", 0, None),
    ("3.网上申请数(包括电子邮件)", "apply.channel.online", 0, None),
    ("4.其他形式申请数", "apply.channel.other", 0, None),
    ("(二)不予受理申请数", "apply.not_accepted", 0, None),
    ("(三)对申请的答复总数", "apply.processed.total", 0, None),
    ("1.同意公开答复总数", "apply.result.disclosed.total", 0, None),
    ("2.同意部分开答复总数", "apply.result.partial.total", 0, None),
    ("3.不予公开答复总数", "apply.result.denied.total", 0, None),
    ("1)“信息不存在”数", "apply.result.not_exist.total", 0, None),
    ("2)“非本部门掌握”数", "apply.result.not_this_agency.total", 0, None),
    ("3)“申请内容不明确”数", "apply.result.unavailable.unclear.total", 0, None),
    ("4)“免予公开范围”数", "apply.result.denied.exempt.total", 0, None),
    ("5)其他原因", "apply.result.denied.other_reason.total", 0, None),
    ("(一)依申请公开收费人数", "fees.apply_fee.payers", 0, None),
    ("(二)依申请公开收费总额", "fees.apply_fee.amount", 0, None),
    ("(三)依申请公开费用减免人数", "fees.waiver.persons", 0, None),
    ("(四)依申请公开费用减免总额", "fees.waiver.amount", 0, None),
    ("(一)行政复议情况", "review.total", 0, None),
    ("1.本机关被申请行政复议数", "review.against_self", 0, None),
    ("2.下级行政机关被申请行政复议数", "review.against_subordinate", 0, None),
    ("(二)行政诉讼情况", "litigation.total", 0, None),
    ("1.本机关被提起行政诉讼数", "litigation.against_self", 0, None),
    ("2.下级行政机关被提起行政诉讼数", "litigation.against_subordinate", 0, None),
    ("五、其他情况", None, 0, None),  # a stray 0 printed in the section-heading row: a cell, but no indicator
    ("(一)政府信息公开工作人员总数", "staff.total", 73, None),
    ("1、专职机构人数", "staff.full_time", 24, None),
    ("2、兼职机构人数", "staff.part_time", 49, None),
    ("(二)政府信息公开工作专项经费", "staff.funds.total", 0, "元"),
    ("1、本行政机关专项经费", "staff.funds.self", 0, "元"),
    ("2、下级行政机关专项经费", "staff.funds.subordinate", 0, "元"),
    ("1、举办各类培训班", "training.sessions", 1, None),
    ("2、培训人员数", "training.attendees", 100, "人次"),
]
for line, ind, value, unit in rows:
    p = d.row(p, line, [(ind, value)], unit=unit, scale=10000 if unit == "元" else 1, limit=end)

# ---------------------------------------------------------------- narrative
d.nonfact("清镇市2013年政府信息公开年度报告", "2013年", "year", nth=0)
d.nonfact("清镇市2013年政府信息公开年度报告", "2013年", "year", nth=1)
d.nonfact("进一步做好2013年政府信息公开年度报告", "2013年", "year")
d.fact("等5部分组成", "5部分", 5, "部分", "全文组成部分", None)
d.nonfact("统计期限为201311日", "201311日", "date")
d.nonfact("至20131231日", "20131231日", "date")
d.nonfact("红旗路7号", "7号", "address")
d.nonfact("我市于2013年5月", "2013年5月", "date")
d.nonfact("(清府办发〔2013〕118号)", "清府办发〔2013〕118号", "doc_number")
d.nonfact("(清府办发〔2013〕141号)", "清府办发〔2013〕141号", "doc_number")
d.nonfact("(清府办发〔2013〕212号)", "清府办发〔2013〕212号", "doc_number")
d.nonfact("(清府办发〔2013〕193号)", "清府办发〔2013〕193号", "doc_number")
d.nonfact("《清镇市2013年政府信息公开工作要点》", "2013年", "year")
d.fact("社会评议等五项配套制度", "五项", 5, "项", "保密审查配套制度", None)
d.nonfact("2013年7月31日前", "2013年7月31日", "date")
d.fact("公布了63家", "63家", 63, "家", "公布预算及“三公”经费情况的市直有关部门和单位", None)
d.nonfact("交流互动”三大功能", "三大功能", "rhetorical enumeration")
d.fact("等12个政府信息公开类栏目", "12个", 12, "个", "政府信息公开类栏目", None)
d.fact("发布政府公开类信息8569条", "8569条", 8569, "条", "网站发布政府公开类信息", "proactive.channel.website",
       note="context: 网站公开信息量…; the table gives 8569 as 1.通过网站公开数, the total is 13305")
d.fact("政策类信息2500余条", "2500余条", 2500, "条", "政策类信息", None, approx=True)
d.fact("服务类信息1400余条", "1400余条", 1400, "条", "服务类信息", None, approx=True)
d.fact("同比增长54%", "增长54%", 54, "%", "网站发布政府公开类信息同比", "proactive.channel.website.yoy_pct", doc_level=True)
d.fact("平均每月访问量达15万余次", "15万余次", 150000, "次", "门户网站群平均每月访问量", "media.website.visits_monthly_avg", approx=True, doc_level=True)
d.fact("访问总量达150万余次", "150万余次", 1500000, "次", "访问总量", "media.website.visits", approx=True, doc_level=True)
d.fact("同比增长18%", "增长18%", 18, "%", "访问总量同比", "media.website.visits.yoy_pct", doc_level=True)
d.fact("选派7名", "7名", 7, "名", "负责政府公报的人员", None)
d.fact("人民政府公报》6期", "6期", 6, "期", "编辑出版《清镇市人民政府公报》", "media.gazette.issues", doc_level=True)
d.fact("印发3600本", "3600本", 3600, "本", "印发政府公报", "media.gazette.copies", doc_level=True)
d.fact("事项71673件", "71673件", 71673, "件", "市政务中心受理行政审批(服务)事项", "service.approval.accepted", doc_level=True)
d.fact("办结71464件", "71464件", 71464, "件", "办结", "service.approval.completed", doc_level=True)
d.fact("办结率为99.71%", "99.71%", 99.71, "%", "办结率", "service.approval.completion_rate", doc_level=True)
d.fact("群众满意度达99.97%", "99.97%", 99.97, "%", "群众满意度", "service.approval.satisfaction_rate", doc_level=True)
d.fact("专题报道近千篇", "近千篇", 1000, "篇", "通过各级各类新闻媒体组织刊登(播报)专题报道", "media.media_reports", approx=True, doc_level=True)
d.fact("全年未收到政府信息公开申请", "未收到政府信息公开申请", 0, "件", "收到政府信息公开申请", "apply.received.total")
d.fact("未对依申请提供政府信息收取检索、复印、邮寄等费用", None, 0, "元", "依申请提供政府信息收取检索、复印、邮寄等费用", "fees.apply_fee.amount")
# one phrase, two zeros: two facts on the same span
d.fact("未发生针对有关政府信息公开事务的行政复议和行政诉讼", None, 0, "件", "针对有关政府信息公开事务的行政复议", "review.total")
d.fact("未发生针对有关政府信息公开事务的行政复议和行政诉讼", None, 0, "件", "针对有关政府信息公开事务的行政诉讼", "litigation.total")
d.nonfact("《2013年贵州省政府系统门户网站绩效评估指标体系》", "2013年", "year")

d.list_markers()
d.write()
