"""Narrative facts end to end on real sentences from the seeds and the corpus.

Each case is a sentence quoted from a real report (seeds/*.txt or ../shared/corpus/NNN.txt) and
the exact (label, value, unit, indicator) of every narrative fact gknlp must find in it, in text
order.  An indicator of None means no taxonomy id fits and the linker must abstain.
"""
from __future__ import annotations

import json

import pytest

import gknlp
from gknlp.narrative import extract
from gknlp.zeros import zero_statements
from gknlp.normalize import fold
from gknlp.numbers import scan

CASES = [
    # --- seed 000 (镇原县 2017) ---------------------------------------------------------------
    ("2017年,镇原县共受理行政审批事项193371件,办结193371件,办结率100%,群众满意率为98%。", [
        ("受理行政审批事项", 193371, "件", "service.approval.accepted"),
        ("办结", 193371, "件", "service.approval.completed"),
        ("办结率", 100, "%", "service.approval.completion_rate"),
        ("群众满意率", 98, "%", "service.approval.satisfaction_rate")]),
    ("(一)主动公开政府信息的数量。2017年度全县主动公开政府信息34207条。其中:通过政府网站公开18477条,政务微信公开1850条,其他方式公开13880条。", [
        ("主动公开政府信息", 34207, "条", "proactive.total"),
        ("通过政府网站公开", 18477, "条", "proactive.channel.website"),
        ("政务微信公开", 1850, "条", "proactive.channel.weixin"),
        ("其他方式公开", 13880, "条", "proactive.channel.other")]),
    ("县政府24个工作部门公开保留的2874项行政权力事项全部纳入清单管理,确保政府权力依法行使。", [
        ("工作部门公开保留的", 24, "个", None),
        ("行政权力事项", 2874, "项", "service.power_items")]),
    ("全年共编辑出版《清镇市人民政府公报》6期,印发3600本。", [
        ("编辑出版《清镇市人民政府公报》", 6, "期", "media.gazette.issues"),
        ("印发", 3600, "本", "media.gazette.copies")]),
    # --- seed 001 (阜阳市 2018) ---------------------------------------------------------------
    ("全年市政府主动公开决策信息74条。", [("主动公开决策信息", 74, "条", "proactive.five.decision")]),
    ("2018年,全市召开新闻发布会150场次、增长89.87%,其中,市政府召开新闻发布会41场次、增长41.38%。", [
        ("召开新闻发布会", 150, "场次", "interpretation.press_conferences"),
        ("召开新闻发布会", 89.87, "%", "interpretation.press_conferences.yoy_pct"),
        ("召开新闻发布会", 41, "场次", "interpretation.press_conferences"),
        ("召开新闻发布会", 41.38, "%", "interpretation.press_conferences.yoy_pct")]),
    ("全年全市收到依申请公开546件,同比下降32%。其中,市政府收到依申请公开54件,市直单位收到依申请公开193件。", [
        ("收到依申请公开", 546, "件", "apply.received.total"),
        ("收到依申请公开", -32, "%", "apply.received.total.yoy_pct"),
        ("收到依申请公开", 54, "件", "apply.received.total"),
        ("收到依申请公开", 193, "件", "apply.received.total")]),
    ("全市答复申请546件,答复率100%,其中,属于已主动公开范围92件,同意公开208件,同意部分公开34件,不同意公开38件,不属于本行政机关公开126件。", [
        ("答复申请", 546, "件", "apply.processed.total"),
        ("答复率", 100, "%", "apply.reply_rate"),
        ("属于已主动公开范围", 92, "件", "apply.result.already_public.total"),
        ("同意公开", 208, "件", "apply.result.disclosed.total"),
        ("同意部分公开", 34, "件", "apply.result.partial.total"),
        ("不同意公开", 38, "件", "apply.result.denied.total"),
        ("不属于本行政机关公开", 126, "件", "apply.result.not_this_agency.total")]),
    ("2018年,全市涉及有关政府信息公开行政复议72件,其中维持具体行政行为51件,被依法纠错8件,其他情形13件。", [
        ("涉及有关政府信息公开行政复议", 72, "件", "review.total"),
        ("维持具体行政行为", 51, "件", "review.upheld"),
        ("被依法纠错", 8, "件", "review.corrected"),
        ("其他情形", 13, "件", "review.other")]),
    ("涉及有关政府信息公开行政诉讼49件,其中维持具体行政行为或者驳回原告诉讼请求40件,被依法纠错2件,其他情形7件。", [
        ("涉及有关政府信息公开行政诉讼", 49, "件", "litigation.total"),
        ("维持具体行政行为或者驳回原告诉讼请求", 40, "件", "litigation.upheld"),
        ("被依法纠错", 2, "件", "litigation.corrected"),
        ("其他情形", 7, "件", "litigation.other")]),
    ("据统计,全市从事政府信息公开工作专兼职人员1228人。", [
        ("从事政府信息公开工作专兼职人员", 1228, "人", "staff.total")]),
    ("全年累计组织各类政务公开培训52场次,参训人员达3500余人次。", [
        ("组织各类政务公开培训", 52, "场次", "training.sessions"),
        ("参训人员", 3500, "人次", "training.attendees")]),
    ("通过“阜阳市人民政府发布”政务微博微信,转发国家、省重大政策,全年发布微博2051条、微信2738条。", [
        ("发布微博", 2051, "条", "proactive.channel.weibo"),
        ("微信", 2738, "条", "proactive.channel.weixin")]),
    ("全年通过“市长信箱”答复440次、“百姓热线”答疑7667次,举办“在线访谈”22期。", [
        ("通过“市长信箱”答复", 440, "次", "interaction.mailbox.replied"),
        ("“百姓热线”答疑", 7667, "次", "interaction.hotline.handled"),
        ("举办“在线访谈”", 22, "期", "interpretation.online_interviews")]),
    ("2018年,全市主动公开各类政府信息357524条、增长2.45%。", [
        ("主动公开各类政府信息", 357524, "条", "proactive.total"),
        ("主动公开各类政府信息", 2.45, "%", "proactive.total.yoy_pct")]),
    ("2018年,全市主动公开各类政府信息357524条、增长2.45%。其中,市政府及市直单位公开信息57094条,"
     "县市区政府及县市区直单位公开信息187517条,乡镇政府公开信息112913条。", [
        ("主动公开各类政府信息", 357524, "条", "proactive.total"),
        ("主动公开各类政府信息", 2.45, "%", "proactive.total.yoy_pct"),
        ("公开信息", 57094, "条", "proactive.total"),
        ("公开信息", 187517, "条", "proactive.total"),
        ("公开信息", 112913, "条", "proactive.total")]),
    # --- seed 002 (清镇市 2013) ---------------------------------------------------------------
    ("门户网站群平均每月访问量达15万余次,访问总量达150万余次,同比增长18%。", [
        ("门户网站群平均每月访问量", 150000, "次", "media.website.visits_monthly_avg"),
        ("访问总量", 1500000, "次", "media.website.visits"),
        ("访问总量", 18, "%", "media.website.visits.yoy_pct")]),
    ("市政务中心全年共受理行政审批(服务)事项71673件,办结71464件,办结率为99.71%,群众满意度达99.97%。", [
        ("受理行政审批(服务)事项", 71673, "件", "service.approval.accepted"),
        ("办结", 71464, "件", "service.approval.completed"),
        ("办结率", 99.71, "%", "service.approval.completion_rate"),
        ("群众满意度", 99.97, "%", "service.approval.satisfaction_rate")]),
    # --- seed 003 (汉滨区 2020) ---------------------------------------------------------------
    ("通过陕西政务服务网,公示服务事项共计818项,其中“一网通办”事项578项,已实现网办数553项,网办率达到95.67%。", [
        ("公示服务事项", 818, "项", "service.items.listed"),
        ("“一网通办”事项", 578, "项", "service.items.online_capable"),
        ("实现网办数", 553, "项", "service.items.online_done"),
        ("网办率", 95.67, "%", "service.online_rate")]),
    ("人大代表、政协委员和群众代表旁听政府常务会6次18人。", [
        ("人大代表、政协委员和群众代表旁听政府常务会", 6, "次", "interaction.meeting_attendance.sessions"),
        ("人大代表、政协委员和群众代表旁听政府常务会", 18, "人", "interaction.meeting_attendance.persons")]),
    ("承办市、区人大代表建议、政协委员提案491件,其中市人大代表建议11件、政协委员提案23件,区人大代表建议193件、政协委员提案264件。", [
        ("承办市、区人大代表建议、政协委员提案", 491, "件", "interaction.proposals.total"),
        ("市人大代表建议", 11, "件", "interaction.proposals.npc"),
        ("政协委员提案", 23, "件", "interaction.proposals.cppcc"),
        ("区人大代表建议", 193, "件", "interaction.proposals.npc"),
        ("政协委员提案", 264, "件", "interaction.proposals.cppcc")]),
    ("全年共办理12345交办事项16028件,办结率和满意率分别达到99%和97%。", [
        ("办理12345交办事项", 16028, "件", "interaction.hotline.handled"),
        ("办结率", 99, "%", "interaction.hotline.completion_rate"),
        ("满意率", 97, "%", "interaction.hotline.satisfaction_rate")]),
    ("区政府网站“区长信箱”栏目共受理群众网上咨询、投诉来件393件,回复率到达100%;", [
        ("网站“区长信箱”栏目共受理群众网上咨询、投诉来件", 393, "件", "interaction.mailbox.received"),
        ("回复率", 100, "%", "interaction.mailbox.reply_rate")]),
    ("注重新媒体互动回应功能,政务微信“美丽汉滨” 全年累计发布847条信息,政务微博“美丽汉滨”全年累计发布信息684条。", [
        ("政务微信“美丽汉滨” 全年累计发布", 847, "条", "proactive.channel.weixin"),
        ("政务微博“美丽汉滨”全年累计发布信息", 684, "条", "proactive.channel.weibo")]),
    # --- seed 004 (平江县民政局 2017) -----------------------------------------------------------
    ("网站信访信箱接受群众信访回25条,回复 100%,网站点击量3500余人次。", [
        ("网站信访信箱接受群众信访回", 25, "条", "interaction.mailbox.received"),
        ("回复", 100, "%", "interaction.mailbox.reply_rate"),
        ("网站点击量", 3500, "人次", "media.website.visits")]),
    # --- corpus -------------------------------------------------------------------------------
    # 003 (平潭县 2013): shares of the previous fact, scopes
    ("2013年,全县主动公开政府信息1853条,其中县直各单位主动公开政府信息1251条,占67.5%,各乡镇主动公开政府信息602条,占32.5%。", [
        ("主动公开政府信息", 1853, "条", "proactive.total"),
        ("主动公开政府信息", 1251, "条", "proactive.total"),
        ("主动公开政府信息", 67.5, "%", "proactive.total.share_pct"),
        ("各乡镇主动公开政府信息", 602, "条", "proactive.total"),
        ("各乡镇主动公开政府信息", 32.5, "%", "proactive.total.share_pct")]),
    # 022
    ("2017年我局主动公开政府信息数64条。", [("主动公开政府信息数", 64, "条", "proactive.total")]),
    # 023
    ("桃源县审计局到2017年底累计主动公开政府信息144条,全文电子化率达100%。", [
        ("累计主动公开政府信息", 144, "条", "proactive.cumulative_total"),
        ("全文电子化率", 100, "%", None)]),
    # 028: new vs cumulative
    ("截至12月31日,新增主动公开政府信息311条,累计主动公开政府信息达3174条。", [
        ("新增主动公开政府信息", 311, "条", "proactive.total"),
        ("累计主动公开政府信息", 3174, "条", "proactive.cumulative_total")]),
    # 029: channel breakdown
    ("其中,通过门户网站公开政府信息数907条,政务微博公开政府信息数2306条,市公安局微信公众号公开政府信息数1218条,其他方式公开政府信息数105条。", [
        ("通过门户网站公开政府信息数", 907, "条", "proactive.channel.website"),
        ("政务微博公开政府信息数", 2306, "条", "proactive.channel.weibo"),
        ("市公安局微信公众号公开政府信息数", 1218, "条", "proactive.channel.weixin"),
        ("其他方式公开政府信息数", 105, "条", "proactive.channel.other")]),
    # 030
    ("推出政策解读41期、召开新闻发布会3场,认真做好公安机关出台的重大举措和便民措施解读工作;", [
        ("推出政策解读", 41, "期", "interpretation.policy_interpretations"),
        ("召开新闻发布会", 3, "场", "interpretation.press_conferences")]),
    # 033: application channels
    ("全年共受理政府信息公开申请212件,其中网站申请195件、当面申请4件、信函申请13件;", [
        ("受理政府信息公开申请", 212, "件", "apply.received.total"),
        ("网站申请", 195, "件", "apply.channel.online"),
        ("当面申请", 4, "件", "apply.channel.in_person"),
        ("信函申请", 13, "件", "apply.channel.letter")]),
    # 040: a change whose subject is the previous number
    ("“南通水利”微信公众号推出专题专栏,全年共发布信息496条,订阅数9250个,较去年同期增长11%。", [
        ("发布信息", 496, "条", None),
        ("订阅数", 9250, "个", None),
        ("订阅数", 11, "%", None)]),
    # 041: the breakdown items are not the total
    ("“文旅泰安”政务新媒体矩阵共发布信息6498条,其中,通过政务微博公开政府信息1825条,通过政务微信公开政府信息848条。", [
        ("“文旅泰安”政务新媒体矩阵共发布信息", 6498, "条", None),
        ("通过政务微博公开政府信息", 1825, "条", "proactive.channel.weibo"),
        ("通过政务微信公开政府信息", 848, "条", "proactive.channel.weixin")]),
    # 056
    ("2021年新受理依申请政府信息公开3件,已依规及时完成回复。", [
        ("新受理依申请政府信息公开", 3, "件", "apply.received.total")]),
    # 033
    ("一是实时更新局门户网站和天津政务网上发布的政策法规和政务信息,全年共主动公开237条政府信息,确保应公开、尽公开。", [
        ("主动公开", 237, "条", "proactive.total")]),
    # 039: a body name before the verb is not part of the label
    ("2023年度,上虞区水利局收到依申请公开事项1件,申请人情况为自然人,按照申请事项在规定时间内依法依规给予回复。", [
        ("上虞区水利局收到依申请公开事项", 1, "件", "apply.received.total")]),
    # 024: zero written as a number
    ("2025年我局收到依申请公开事项0条。", [("收到依申请公开事项", 0, "条", "apply.received.total")]),
    # 062: a completion rate of proposals has no indicator
    ("2019年,我局承办建议提案共13件,均在完成时限内办理完毕,按期办结率100%。", [
        ("承办建议提案", 13, "件", "interaction.proposals.total"),
        ("按期办结率", 100, "%", None)]),
    # 066: channel breakdown after a total
    ("2017年,中心共主动公开政府信息190条,公开规范性文件4件,其中,通过市政府网站、中心门户网站等公开政府信息99条,通过微信公开政府信息90条。", [
        ("中心共主动公开政府信息", 190, "条", "proactive.total"),
        ("公开规范性文件", 4, "件", "rules.normative.published_new"),
        ("通过市政府网站、中心门户网站等公开政府信息", 99, "条", "proactive.channel.website"),
        ("通过微信公开政府信息", 90, "条", "proactive.channel.weixin")]),
    # 042
    ("2021年我部政府门户网站发布各类信息8118篇,网站总访问量达4.5亿次。", [
        ("政府门户网站发布各类信息", 8118, "篇", "proactive.channel.website"),
        ("网站总访问量", 450000000, "次", "media.website.visits")]),
    # 053: 其中包括 … items
    ("截止2021年12月31日,通过网站主动公开政府信息共88条,其中包括政策解读3条,镇文件2条,财政决算1条。", [
        ("通过网站主动公开政府信息", 88, "条", "proactive.total"),
        ("政策解读", 3, "条", "interpretation.policy_interpretations"),
        ("镇文件", 2, "条", "proactive.domain.gov_documents"),
        ("财政决算", 1, "条", "proactive.domain.fiscal")]),
    # 048: a missing number in the source; items without an indicator
    ("2018年,我局共对外公开各类信息 条,其中动态信息67条、项目审批文件公布129个、信访受理答复13条。", [
        ("动态信息", 67, "条", "proactive.domain.news"),
        ("项目审批文件公布", 129, "个", None),
        ("信访受理答复", 13, "条", None)]),
    # 035
    ("2022年,主动公开与本部门职能相关热点及涉及群众切实利益等信息258条,互动回应64条。", [
        ("公开与本部门职能相关热点及涉及群众切实利益等信息", 258, "条", "interpretation.responses.total"),
        ("互动回应", 64, "条", None)]),
    # 038
    ("我局通过市政府门户网站主动向社会公开政府文件信息20条。", [
        ("通过市政府门户网站主动向社会公开政府文件信息", 20, "条", "proactive.total")]),
    # 061
    ("主动公开政府信息,2019年局门户网站主动公开信息219条,以市司法局和办公室名义制发的主动公开文件11件。", [
        ("局门户网站主动公开信息", 219, "条", "proactive.total"),
        ("以市司法局和办公室名义制发的主动公开文件", 11, "件", "proactive.domain.gov_documents")]),
    # 062: a parenthesised breakdown
    ("2019年,我局严格按照《条例》积极开展政府信息公开工作,通过贵阳市司法局门户网站主动公开发布各类信息611条,"
     "移动新媒体发布各类信息236条(其中:微博发布信息112条,微信发布信息124条)。", [
        ("通过贵阳市司法局门户网站主动公开发布各类信息", 611, "条", "proactive.channel.website"),
        ("移动新媒体发布各类信息", 236, "条", None),
        ("微博发布信息", 112, "条", "proactive.channel.weibo"),
        ("微信发布信息", 124, "条", "proactive.channel.weixin")]),
    # 025: documents made / withheld are not the application results of the old table
    ("2014年本单位制作政府信息总数60件,其中主动公开文件数5件、不予公开文件数55件。", [
        ("制作政府信息总数", 60, "件", None),
        ("主动公开文件数", 5, "件", None),
        ("不予公开文件数", 55, "件", None)]),
    # 050: persons after the number
    ("为此,专门配备了2名兼职工作人员,设立了1个专门的信息公开受理点,并开辟了公共查阅点。", [
        ("兼职工作人员", 2, "名", "staff.part_time"),
        ("专门的信息公开受理点", 1, "个", None)]),
    # 064: a share of a category with no indicator
    ("全年主动公开政府信息354条,其中,政策法规类信息9条,占2.5%;", [
        ("主动公开政府信息", 354, "条", "proactive.total"),
        ("政策法规类信息", 9, "条", None),
        ("政策法规类信息", 2.5, "%", None)]),
]

ZERO_CASES = [
    # seed 001
    ("全年全市各级各部门在提供政府信息时均未收费。", [("收费", "fees.apply_fee.amount")]),
    # seed 004
    ("平江县民政局无申请行政复议和提起行政诉讼的情况。", [("申请行政复议和提起行政诉讼的情况", "litigation.total"),
                                                      ("申请行政复议和提起行政诉讼的情况", "review.total")]),
    ("无依申请公开政府信息办理情况。", [("依申请公开政府信息办理情况", "apply.received.total")]),
    # seed 000
    ("没有向公民、法人和其他组织收取任何与政府信息公开工作相关的费用。", [
        ("向公民、法人和其他组织收取任何与政府信息公开工作相关的费用", "fees.apply_fee.amount")]),
    # corpus 001: 行政复议申请 is review, not an information-disclosure application
    ("2011年全区未收到有关政府信息公开的申请,未收到有关政府信息公开行政复议申请。", [
        ("收到有关政府信息公开的申请", "apply.received.total"), ("收到有关政府信息公开行政复议申请", "review.total")]),
    # corpus 022
    ("2017年度本单位未收到政府信息公开申请。", [("收到政府信息公开申请", "apply.received.total")]),
    # corpus 024
    ("全年未发生与政府信息公开相关的行政复议或行政诉讼。", [("发生与政府信息公开相关的行政复议或行政诉讼", "litigation.total"),
                                                        ("发生与政府信息公开相关的行政复议或行政诉讼", "review.total")]),
    # corpus 034: nothing carried forward
    ("全年共办理依申请公开事项5件,均按时完成,无结转下年度办理信件。", [("结转下年度", "apply.carried_forward.total")]),
    # corpus 026 (traditional characters in the source)
    ("不存在向申請人收取費用的情況。", [("向申请人收取费用的情况", "fees.apply_fee.amount")]),
    ("本年度未收到依申請公開。", [("收到依申请公开", "apply.received.total")]),
    ("2019年均未收到公开申请。", [("收到公开申请", "apply.received.total")]),
    ("未发生相关责任人责任追究问题情况。", [("发生相关责任人责任追究问题情况", "supervision.accountability")]),
]

# The phrase shapes of the brief, in short sentences of our own (not counted as real sentences).
BRIEF_ZERO_CASES = [
    ("本年度未收到政府信息公开申请。", [("收到政府信息公开申请", "apply.received.total")]),
    ("2017年,我局没有发生行政复议和行政诉讼。", [("发生行政复议和行政诉讼", "litigation.total"),
                                                 ("发生行政复议和行政诉讼", "review.total")]),
    ("本机关未收取任何费用。", [("收取任何费用", "fees.apply_fee.amount")]),
    ("全年实现零投诉。", [("投诉", "supervision.complaints")]),
    ("本年度无申请行政复议和提起行政诉讼的情况。", [("申请行政复议和提起行政诉讼的情况", "litigation.total"),
                                                    ("申请行政复议和提起行政诉讼的情况", "review.total")]),
]


def narrative_facts(sentence: str):
    return [f for f in gknlp.extract(sentence) if f.source == "narrative"]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:18] for c in CASES])
def test_sentence(sentence, expected):
    facts = [f for f in narrative_facts(sentence) if not f.zero_statement]
    assert [(f.label, f.value, f.unit, f.indicator) for f in facts] == expected
    for f in facts:  # provenance: spans index the input
        assert sentence[f.start:f.end] == f.text
        assert sentence[f.label_start:f.label_end] == f.label


@pytest.mark.parametrize("sentence, expected", ZERO_CASES + BRIEF_ZERO_CASES,
                         ids=[c[0][:14] for c in ZERO_CASES + BRIEF_ZERO_CASES])
def test_zero_statement(sentence, expected):
    facts = [f for f in narrative_facts(sentence) if f.zero_statement]
    assert [(f.label, f.indicator) for f in facts] == expected
    for f in facts:
        assert f.value == 0 and sentence[f.start:f.end] == f.text and fold(f.text).endswith(f.label)
        assert fold(sentence[f.label_start:f.label_end]) == f.label
        assert f.unit == gknlp.get_taxonomy().unit_of(f.indicator)


def test_at_least_sixty_sentences_are_checked():
    assert sum(len(e) for _, e in CASES) + sum(len(e) for _, e in ZERO_CASES) >= 100
    assert len(CASES) + len(ZERO_CASES) >= 60


def test_not_zero_statements():
    text = fold("对于无法提供的信息,我们未经复议直接起诉的案件做了说明,无正当理由大量反复申请的不予处理。"
                "坚持零障碍、零反复,做到全年无差错。")
    assert zero_statements(text) == []


def test_scoped_parts_take_the_total_they_break_down():
    from gknlp.linking import Linker

    text = fold("2018年,全市主动公开各类政府信息357524条、增长2.45%。其中,市政府及市直单位公开信息57094条,乡镇政府公开信息112913条。")
    facts = extract(text, scan(text), [], model=Linker(None))  # alias-only: 公开信息 alone links nothing
    assert [(f.value, f.scope, f.indicator) for f in facts[2:]] == [
        (57094, "市政府及市直单位", "proactive.total"), (112913, "乡镇政府", "proactive.total")]
    assert all(f.confidence < facts[0].confidence for f in facts[2:])


def test_scope_lowers_confidence_so_the_total_wins():
    report = gknlp.parse_report("全年全市收到依申请公开546件,同比下降32%。其中,市政府收到依申请公开54件,市直单位收到依申请公开193件。")
    assert report.indicators()["apply.received.total"] == 546
    scoped = [f for f in report.facts if f.scope]
    assert [f.scope for f in scoped] == ["市政府", "市直单位"]
    assert all(f.confidence < report.facts[0].confidence for f in scoped)


def test_tables_and_non_facts_are_skipped():
    text = fold("根据庆政办发〔2017〕145号文件,2017年度全县主动公开政府信息34207条。电话:0934-7135819。")
    mentions = scan(text)
    facts = extract(text, mentions, [], exclude=[])
    assert [(f.text, f.indicator) for f in facts] == [("34207条", "proactive.total")]
    start = text.index("34207")
    assert extract(text, mentions, [], exclude=[(start - 2, start + 8)]) == []


def test_facts_are_json_serialisable():
    facts = narrative_facts("2018年,全市召开新闻发布会150场次、增长89.87%。")
    data = json.loads(json.dumps([f.to_dict() for f in facts], ensure_ascii=False))
    assert data[1]["indicator"] == "interpretation.press_conferences.yoy_pct"
    assert data[1]["label"] == "召开新闻发布会" and data[0]["value"] == 150


@pytest.mark.parametrize("unit", ["无", "未收到申请,", "收到申请5件、", "其中", "办结率和满意率分别达到99%和", "(包含"])
def test_linear_time_on_hostile_repetitions(unit):
    import time

    def run(n: int) -> float:
        text = fold(unit * n)
        mentions = scan(text)
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            extract(text, mentions, [])
            best = min(best, time.perf_counter() - t0)
        return max(best, 5e-3)

    small, large = run(150), run(1500)
    assert large / small < 30, (unit, small, large)


def test_spans_membership_is_any_span_containing_the_position():
    import random

    from gknlp.spans import Spans

    rng = random.Random(0)
    for _ in range(500):  # overlapping, nested, empty and unsorted spans
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 6)))]
        inside = Spans(spans)
        assert [p for p in range(-2, 140) if p in inside] == [
            p for p in range(-2, 140) if any(s <= p < e for s, e in spans)]
    assert 5 in Spans([(0, 10), (2, 3)]) and 10 not in Spans([(0, 10), (2, 3)])


def test_spans_overlap_is_any_span_sharing_a_position():
    import random

    from gknlp.spans import Spans

    rng = random.Random(1)
    for _ in range(500):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 6)))]
        found = Spans(spans)
        for start in range(-2, 130, 3):
            for end in (start, start + 1, start + 7):
                assert found.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_sections_at_is_the_innermost_section_of_each_position():
    import random
    from pathlib import Path
    from types import SimpleNamespace

    from gknlp.segment import sections_at
    from gknlp.segment import segment

    def innermost(sections, pos):  # the definition: the containing section that starts last (ties: later)
        best = None
        for s in sections:
            if s.start <= pos < s.end and (best is None or s.start >= best.start):
                best = s
        return best

    text = fold((Path(__file__).resolve().parents[1] / "seeds" / "001_6105f45cbec0b51d.txt").read_text(encoding="utf-8"))
    real = list(segment(text))
    assert len(real) > 3
    positions = list(range(0, len(text), 13))
    assert [id(s) for s in sections_at(real, positions)] == [id(innermost(real, p)) for p in positions]
    rng = random.Random(1)
    for _ in range(300):  # nested, overlapping, equal starts, empty
        secs = [SimpleNamespace(start=a, end=a + rng.randint(0, 60))
                for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 8)))]
        assert [id(s) for s in sections_at(secs, range(-2, 170))] == [id(innermost(secs, p)) for p in range(-2, 170)]
