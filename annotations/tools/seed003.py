"""Gold annotation of seed 003 (汉滨区 2020, 2019 format, tables flattened one cell per line with "|" lines).

Every value below was typed in by reading the text; `Doc.row` checks each typed value against the
number printed in the cell and fails on any difference.
"""
from annolib import Doc

d = Doc("seed003", "seeds/003_01a2f0268d3461f7.txt", {"year": 2020, "body": "安康市汉滨区人民政府", "format": "f2019"})
T = d.text

# ---------------------------------------------------------------- 表二 主动公开政府信息情况
d.table("第二十条第(一)项", "16800万元", "f2019")
p = d.text.find("二、主动公开政府信息情况")
p = d.row(p, "规章", [("rules.regulation.issued", 0), ("rules.regulation.published_new", 0), ("rules.regulation.public_total", 0)])
p = d.row(p, "规范性文件", [("rules.normative.issued", 6), ("rules.normative.published_new", 6), ("rules.normative.public_total", 36)])
p = d.row(p, "行政许可", [("permits.license.items_prev_year", 1259), ("permits.license.items_change", 3), ("permits.license.decisions", 18249)])
p = d.row(p, "其他对外管理服务事项", [("permits.other_service.items_prev_year", 2), ("permits.other_service.items_change", 0), ("permits.other_service.decisions", 0)])
p = d.row(p, "行政处罚", [("permits.penalty.items_prev_year", 1433), ("permits.penalty.items_change", -167), ("permits.penalty.decisions", 1266)])
p = d.row(p, "行政强制", [("permits.coercion.items_prev_year", 146), ("permits.coercion.items_change", 18), ("permits.coercion.decisions", 164)])
p = d.row(p, "行政事业性收费", [("permits.fee.items_prev_year", 45), ("permits.fee.items_change", -2)])
p = d.row(p, "政府集中采购", [("procurement.items", 123), ("procurement.amount", 16800, "元")])

# ---------------------------------------------------------------- 表三 收到和处理政府信息公开申请情况
COLS = ("natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total")
s3 = T.find("三、收到和处理政府信息公开申请情况")
e3 = T.find("四、政府信息公开行政复议、行政诉讼情况")
d.tables.append({"start": s3, "end": e3 - 1, "format": "f2019"})


def t3(pos: int, label_line: str, stem: str, values: list[int]) -> int:
    assert len(values) == 7
    return d.row(pos, label_line, [(f"{stem}.{c}", v) for c, v in zip(COLS, values)], limit=e3)


p = s3
p = t3(p, "一、本年新收政府信息公开申请数量", "apply.received", [29, 6, 0, 0, 0, 0, 35])
p = t3(p, "二、上年结转政府信息公开申请数量", "apply.carried_over", [0] * 7)
p = t3(p, "(一)予以公开", "apply.result.disclosed", [23, 5, 0, 0, 0, 0, 28])
p = t3(p, "(二)部分公开", "apply.result.partial", [6, 1, 0, 0, 0, 0, 7])
for line, stem in [
    ("1.属于国家秘密", "apply.result.denied.state_secret"),
    ("2.其他法律行政法规禁止公开", "apply.result.denied.law_prohibited"),
    ("3.危及“三安全一稳定”", "apply.result.denied.security_stability"),
    ("4.保护第三方合法权益", "apply.result.denied.third_party"),
    ("5.属于三类内部事务信息", "apply.result.denied.internal_affairs"),
    ("6.属于四类过程性信息", "apply.result.denied.process_info"),
    ("7.属于行政执法案卷", "apply.result.denied.law_enforcement_file"),
    ("8.属于行政查询事项", "apply.result.denied.admin_query"),
    ("1.本机关不掌握相关政府信息", "apply.result.unavailable.not_held"),
    ("2.没有现成信息需要另行制作", "apply.result.unavailable.needs_creation"),
    ("3.补正后申请内容仍不明确", "apply.result.unavailable.unclear"),
    ("1.信访举报投诉类申请", "apply.result.not_processed.petition"),
    ("2.重复申请", "apply.result.not_processed.duplicate"),
    ("3.要求提供公开出版物", "apply.result.not_processed.publication"),
    ("4.无正当理由大量反复申请", "apply.result.not_processed.mass_repeat"),
    ("5.要求行政机关确认或重新出具已获取信息", "apply.result.not_processed.confirm_reissue"),
    ("(六)其他处理", "apply.result.other_handling"),
]:
    p = t3(p, line, stem, [0] * 7)
p = t3(p, "(七)总计", "apply.processed", [29, 6, 0, 0, 0, 0, 35])
p = t3(p, "四、结转下年度继续办理", "apply.carried_forward", [0] * 7)

# ---------------------------------------------------------------- 表四 行政复议、行政诉讼
s4 = e3
d.tables.append({"start": s4, "end": T.find("五、存在的主要问题及改进情况") - 1, "format": "f2019"})
L = []
for grp, gid in [("行政复议", "review"), ("未经复议直接起诉", "litigation.direct"), ("复议后起诉", "litigation.after_review")]:
    for col, cid in [("结果维持", "upheld"), ("结果纠正", "corrected"), ("其他结果", "other"), ("尚未审结", "pending"), ("总计", "total")]:
        ind = f"{gid}.{cid}" if gid != "review" else f"review.{cid}"
        L.append((ind, col, f"{'行政诉讼 / ' if gid != 'review' else ''}{grp} / {col}"))
vals = [0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
d.row(s4, "四、政府信息公开行政复议、行政诉讼情况",
      [(ind, v, None, lab) for (ind, _c, lab), v in zip(L, vals)], lenient=True)

# ---------------------------------------------------------------- narrative
d.nonfact("2020年,我区认真落实", "2020年", "year")
d.nonfact("聚焦\n“六稳”", "六稳", "slogan")
d.fact("法律顾问列席政府常务会7人次", "7人次", 7, "人次", "法律顾问列席政府常务会", None)
d.fact("旁听政府常务会6次18人", "6次", 6, "次", "人大代表、政协委员和群众代表旁听政府常务会", "interaction.meeting_attendance.sessions", doc_level=True)
d.fact("旁听政府常务会6次18人", "18人", 18, "人", "人大代表、政协委员和群众代表旁听政府常务会", "interaction.meeting_attendance.persons", doc_level=True)
d.fact("吸收采纳合理化意见建议5条", "5条", 5, "条", "吸收采纳合理化意见建议", "interaction.solicitation.adopted", doc_level=True)
d.nonfact("“五公开”,努力", "五公开", "slogan")
d.fact("政协委员提案491件", "491件", 491, "件", "承办市、区人大代表建议、政协委员提案", "interaction.proposals.total", doc_level=True)
d.fact("其中市人大代表建议11件", "11件", 11, "件", "人大代表建议", "interaction.proposals.npc", scope="市")
d.fact("政协委员提案23件", "23件", 23, "件", "政协委员提案", "interaction.proposals.cppcc", scope="市")
d.fact("区人大代表建议193件", "193件", 193, "件", "人大代表建议", "interaction.proposals.npc", scope="区")
d.fact("政协委员提案264件", "264件", 264, "件", "政协委员提案", "interaction.proposals.cppcc", scope="区")
d.fact("受理依申请公开35件", "35件", 35, "件", "受理依申请公开", "apply.received.total")
d.fact("提供依申请公开资料6件", "6件", 6, "件", "向市政府办提供依申请公开资料", None)
d.fact("申请行政复议一件", "一件", 1, "件", "申请行政复议", "review.total")
d.fact("引起行政诉讼1起", "1起", 1, "起", "因政府信息依申请公开引起行政诉讼", "litigation.total", doc_level=True)
d.fact("矛盾8起", "8起", 8, "起", "化解信息公开申请背后的矛盾", None)
d.nonfact("政务服务热线电话“12345”", "12345", "name")
d.nonfact("全年共办理12345交办事项", "12345", "name")
d.fact("交办事项16028件", "16028件", 16028, "件", "办理12345交办事项", "interaction.hotline.handled", doc_level=True)
d.fact("分别达到99%和97%", "99%", 99, "%", "办结率", "interaction.hotline.completion_rate", doc_level=True)
d.fact("分别达到99%和97%", "97%", 97, "%", "满意率", "interaction.hotline.satisfaction_rate", doc_level=True)
d.nonfact("线上一个总门户", "一个", "slogan")
d.nonfact("一次登录", "一次", "slogan")
d.fact("共梳理“最多跑一次”事项420项", "420项", 420, "项", "梳理“最多跑一次”事项", "service.items.max_one_visit", doc_level=True)
d.fact("高频事项100 项", "100 项", 100, "项", "编发“最多跑一次”高频事项", None)
d.nonfact("2020年,在区政府网站新发布", "2020年", "year")
d.fact("新发布各类政府文件140余件", "140余件", 140, "件", "新发布各类政府文件", "proactive.domain.gov_documents", approx=True, doc_level=True)
d.fact("规范性文件6件,", "6件", 6, "件", "规范性文件", "rules.normative.published_new")
d.fact("行政执法等信息600余条", "600余条", 600, "条", "发布各类工程招标、人事公示、行政执法等信息", None, approx=True)
d.fact("部门工作动态2600余条", "2600余条", 2600, "条", "公开政务要闻、领导活动、重要工作进展、部门工作动态", "proactive.domain.news", approx=True, doc_level=True)
d.fact("投诉来件393件", "393件", 393, "件", "“区长信箱”栏目共受理群众网上咨询、投诉来件", "interaction.mailbox.received", doc_level=True)
d.fact("回复率到达100%", "100%", 100, "%", "回复率", "interaction.mailbox.reply_rate", doc_level=True)
d.nonfact("复杂问题三天内正式答复", "三天", "duration")
d.fact("各级收文4247余件", "4247余件", 4247, "件", "处理各级收文", None, approx=True)
d.fact("发文1200余件", "1200余件", 1200, "件", "发文", None, approx=True)
d.nonfact("整理归档2019年度文件", "2019年度", "year")
d.fact("文件共100盒4560件", "100盒", 100, "盒", "整理归档2019年度文件", None)
d.fact("文件共100盒4560件", "4560件", 4560, "件", "整理归档2019年度文件", None)
d.fact("公示服务事项共计 818 项", "818 项", 818, "项", "公示服务事项", "service.items.listed", doc_level=True)
d.fact("包含30个区级部门单位", "30个", 30, "个", "区级部门单位", None)
d.fact("企业单位 6 家", "6 家", 6, "家", "企业单位", None)
d.fact("“一网通办”事项 578 项", "578 项", 578, "项", "“一网通办”事项", "service.items.online_capable", doc_level=True)
d.fact("已实现网办数 553 项", "553 项", 553, "项", "已实现网办数", "service.items.online_done", doc_level=True)
d.fact("网办率达到 95.67%", "95.67%", 95.67, "%", "网办率", "service.online_rate", doc_level=True)
d.fact("公布了200 个高频事项", "200 个", 200, "个", "高频事项“最多跑一次”", None)
d.fact("全年累计发布847条信息", "847条", 847, "条", "政务微信“美丽汉滨”全年累计发布信息", "proactive.channel.weixin", doc_level=True)
d.fact("全年累计发布信息684条", "684条", 684, "条", "政务微博“美丽汉滨”全年累计发布信息", "proactive.channel.weibo", doc_level=True)
d.fact("督查通报2份", "2份", 2, "份", "督查通报", "supervision.notices", doc_level=True)
d.nonfact("统计期限为2020年1月1日起", "2020年1月1日", "date")
d.nonfact("至2020年12月31日止", "2020年12月31日", "date")
d.nonfact("五星街38号", "38号", "address")
d.nonfact("邮编:725000", "725000", "postcode")
d.nonfact("电话:0915-3202807", "0915-3202807", "phone")
d.nonfact("hanbinleader@163.com", None, "email")

# Chinese numerals that count nothing: slogans, articles, article numbers of the Regulation, label terms
for n in range(T.count("最多跑一次")):
    d.nonfact("最多跑一次", "一次", "slogan", nth=n)
d.nonfact("一批重点难点问题", "一批", "article")
for n in range(T.count("第二十条第(")):
    d.nonfact("第二十条第(", "二十", "law_article", nth=n)
for x in ("第一项", "第二项", "第三项", "第四项"):
    d.nonfact("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", x, "ordinal")
d.nonfact("5.属于三类内部事务信息", "三类", "label_term")
d.nonfact("6.属于四类过程性信息", "四类", "label_term")
d.list_markers()
d.write()
