"""Gold annotation of seed 004 (平江县民政局 2017, national 2014–2018 统计表 as "cell |" lines).

Values typed by reading the text; `Doc.row` checks each against the printed cell.  Units come from
the table's 单位 column (万元 cells are converted to 元).
"""
from annolib import Doc

d = Doc("seed004", "seeds/004_0b4c895e08e04692.txt", {"year": 2017, "body": "平江县民政局", "format": "f2008"})
T = d.text

# ---------------------------------------------------------------- 附表 政府信息公开情况统计表
start = T.find("政府信息公开情况统计表 |")
end = len(T.rstrip())
d.tables.append({"start": start, "end": end, "format": "f2008"})
d.nonfact("(不同渠道和方式公开相同信息计1条)", "1条", "counting_rule")
d.nonfact("(不同方式回应同一热点或舆情计1次)", "1次", "counting_rule")
rows = [
    ("(一)主动公开政府信息数", "proactive.total", 128, "条"),
    ("其中: 主动公开规范性文件数", "rules.normative.published_new", 34, "条"),
    ("制发规范性文件总数", "rules.normative.issued", 16, "件"),
    ("1、政府公报公开政府信息数", "proactive.channel.gazette", 0, "条"),
    ("2、政府网站公开政府信息数", "proactive.channel.website", 40, "条"),
    ("3、政务微博公开政府信息数", "proactive.channel.weibo", 0, "条"),
    ("4、政务微信公开政府信息数", "proactive.channel.weixin", 980, "条"),
    ("5、其他方式公开政府信息数", "proactive.channel.other", 100, "条"),
    ("(一)回应公众关注热点或重大舆情数", "interpretation.responses.total", 0, "次"),
    ("(二)通过不同渠道和方式回应解决的情况", None, 0, "次"),  # heading row of the channel breakdown; no id
    ("1、参加或举办新闻发布会总次数", "interpretation.press_conferences", 0, "次"),
    ("其中:主要负责同志参加新闻发布会次数", "interpretation.press_conferences_leader", 0, "次"),
    ("2、政府网站在线访谈次数", "interpretation.online_interviews", 0, "次"),
    ("其中:主要负责同志参加政府网站在线访谈次数", "interpretation.online_interviews_leader", 0, "次"),
    ("3、政策解读稿件发布数", "interpretation.policy_interpretations", 1, "篇"),
    ("4、微博微信回应事件数", "interpretation.responses.weibo_weixin", 1000, "次"),
    ("5、其他方式回应事件数", "interpretation.responses.other_channel", 1000, "次"),
    ("(一)收到申请数", "apply.received.total", 0, "件"),
    ("1、当面申请数", "apply.channel.in_person", 0, "件"),
    ("2、传真申请数", "apply.channel.fax", 0, "件"),
    ("3、网络申请数", "apply.channel.online", 0, "件"),
    ("4、信函申请数", "apply.channel.letter", 0, "件"),
    # (二)申请办结数 has an empty cell
    ("1、按时办结数", "apply.closed.on_time", 0, "件"),
    ("2、延期办结数", "apply.closed.extended", 0, "件"),
    # (三)申请答复数 has an empty cell
    ("1、属于已主动公开范围数", "apply.result.already_public.total", 0, "件"),
    ("2、同意公开答复数", "apply.result.disclosed.total", 0, "件"),
    ("3、同意部分公开答复数", "apply.result.partial.total", 0, "件"),
    ("4、不同意公开答复数", "apply.result.denied.total", 0, "件"),
    ("其中:涉及国家秘密", "apply.result.denied.state_secret.total", 0, "件"),
    ("涉及商业秘密", "apply.result.denied.trade_secret.total", 0, "件"),
    ("涉及个人隐私", "apply.result.denied.privacy.total", 0, "件"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "apply.result.denied.security_stability.total", 0, "件"),
    ("不是《条例》所指政府信息", "apply.result.denied.not_gov_info.total", 0, "件"),
    ("法律法规规定的其他情形", "apply.result.denied.law_prohibited.total", 0, "件"),
    ("5、不属于本行政机关公开数", "apply.result.not_this_agency.total", 0, "件"),
    ("6、申请信息不存在数", "apply.result.not_exist.total", 0, "件"),
    ("7、告知作出更改补充数", "apply.result.told_to_amend.total", 0, "件"),
    ("8、告知通过其他途径办理数", "apply.result.told_other_channel.total", 0, "件"),
    ("四、行政复议数量", "review.total", 0, "件"),
    ("(一)维持具体行政行为数", "review.upheld", 0, "件"),
    ("(二)被依法纠错数", "review.corrected", 0, "件"),
    ("(三)其他情形数", "review.other", 0, "件"),
    ("五、行政诉讼数量", "litigation.total", 0, "件"),
    ("(一)维持具体行政行为或者驳回原告诉讼请求数", "litigation.upheld", 0, "件"),
    ("(二)被依法纠错数", "litigation.corrected", 0, "件"),
    ("(三)其他情形数", "litigation.other", 0, "件"),
    ("六、举报投诉数量", "supervision.complaints", 0, "件"),
    ("七、依申请公开信息收取的费用", "fees.apply_fee.amount", 0, "元"),
    ("八、机构建设和保障经费情况", None, 0, None),  # a stray 0 in the section-heading row: a cell without an id
    ("(一)政府信息公开工作专门机构数", "staff.dedicated_agencies", 1, "个"),
    ("(二)设置政府信息公开查阅点数", "staff.reading_points", 1, "个"),
    ("(三)从事政府信息公开工作人员数", "staff.total", 3, "人"),
    ("1、专职人员数", "staff.full_time", 1, "人"),
    ("2、兼职人员数", "staff.part_time", 2, "人"),
    ("(四)政府信息公开专项经费", "staff.funds.total", 0, "元"),
    ("(一)召开政府信息公开工作会议或专题会议数", "training.meetings", 2, "次"),
    ("(二)举办各类培训班数", "training.sessions", 2, "次"),
    ("(三)接受培训人员数", "training.attendees", 5, "人次"),
]
p = start
for line, ind, value, unit in rows:
    # the counting-rule numbers inside two labels are on the label line itself, never taken as cells
    p = d.row(p, line, [(ind, value)], unit=unit, scale=10000 if unit == "元" else 1)

# ---------------------------------------------------------------- narrative
d.nonfact("电话6282639", "6282639", "phone")
d.nonfact("2017年,县民政局", "2017年", "year")
d.nonfact("党的十八大、十九大精神", "十八大", "name")
d.nonfact("党的十八大、十九大精神", "十九大", "name")
d.nonfact("2017年全年制作", "2017年", "year")
d.fact("民政工作信息128条", "128条", 128, "条", "制作、报送民政工作信息", "proactive.total")
d.fact("政策法规内容34条", "34条", 34, "条", "民政局网站更新公开政策法规内容", "rules.normative.published_new")
d.fact("接受群众信访回25条", "25条", 25, "条", "网站信访信箱接受群众信访", "interaction.mailbox.received", doc_level=True)
d.fact("回复 100%", "100%", 100, "%", "回复", "interaction.mailbox.reply_rate", doc_level=True)
d.fact("网站点击量3500余人次", "3500余人次", 3500, "人次", "网站点击量", "media.website.visits", approx=True, doc_level=True)
d.fact("县级以上采用56条", "56条", 56, "条", "民政工作信息被省、市、县级以上采用", None)
d.fact("撰写调研文章11篇", "11篇", 11, "篇", "撰写调研文章", None)
d.nonfact("平江县民政局2017年度无依申请", "2017年度", "year")
d.fact("无依申请公开政府信息办理情况", None, 0, "件", "依申请公开政府信息办理情况", "apply.received.total")
d.fact("无涉及公开收费项目", None, 0, "元", "涉及公开收费项目", "fees.apply_fee.amount")
# one phrase, two zeros: two facts on the same span
d.fact("无申请行政复议和提起行政诉讼的情况", None, 0, "件", "申请行政复议", "review.total")
d.fact("无申请行政复议和提起行政诉讼的情况", None, 0, "件", "提起行政诉讼", "litigation.total")
d.nonfact("在2018年中", "2018年", "year")

d.nonfact("提炼一批具有较高参考价值的信息", "一批", "article")
d.list_markers()
d.write()
