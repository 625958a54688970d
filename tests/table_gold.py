"""Expected cells of the seed tables, written by reading the seed texts (used by tests/test_tables*.py).

Each entry is (value, indicator) in reading order.  ``T3_ROWS`` lists table 3 of seed 003 with the
official row labels, so the same table can be re-flattened in other layouts.
"""
from __future__ import annotations

# ---------------------------------------------------------------- seed 004 (平江县民政局 2017, f2008)
SEED004 = [
    (128, "proactive.total"), (34, "rules.normative.published_new"), (16, "rules.normative.issued"),
    (0, "proactive.channel.gazette"), (40, "proactive.channel.website"), (0, "proactive.channel.weibo"),
    (980, "proactive.channel.weixin"), (100, "proactive.channel.other"),
    (0, "interpretation.responses.total"), (0, None),  # (二)通过不同渠道和方式回应解决的情况 次 0
    (0, "interpretation.press_conferences"), (0, "interpretation.press_conferences_leader"),
    (0, "interpretation.online_interviews"), (0, "interpretation.online_interviews_leader"),
    (1, "interpretation.policy_interpretations"), (1000, "interpretation.responses.weibo_weixin"),
    (1000, "interpretation.responses.other_channel"),
    (0, "apply.received.total"), (0, "apply.channel.in_person"), (0, "apply.channel.fax"),
    (0, "apply.channel.online"), (0, "apply.channel.letter"),
    (0, "apply.closed.on_time"), (0, "apply.closed.extended"),
    (0, "apply.result.already_public.total"), (0, "apply.result.disclosed.total"),
    (0, "apply.result.partial.total"), (0, "apply.result.denied.total"),
    (0, "apply.result.denied.state_secret.total"), (0, "apply.result.denied.trade_secret.total"),
    (0, "apply.result.denied.privacy.total"), (0, "apply.result.denied.security_stability.total"),
    (0, "apply.result.denied.not_gov_info.total"), (0, "apply.result.denied.law_prohibited.total"),
    (0, "apply.result.not_this_agency.total"), (0, "apply.result.not_exist.total"),
    (0, "apply.result.told_to_amend.total"), (0, "apply.result.told_other_channel.total"),
    (0, "review.total"), (0, "review.upheld"), (0, "review.corrected"), (0, "review.other"),
    (0, "litigation.total"), (0, "litigation.upheld"), (0, "litigation.corrected"), (0, "litigation.other"),
    (0, "supervision.complaints"), (0, "fees.apply_fee.amount"),
    (0, None),  # 八、机构建设和保障经费情况 / 0
    (1, "staff.dedicated_agencies"), (1, "staff.reading_points"), (3, "staff.total"),
    (1, "staff.full_time"), (2, "staff.part_time"), (0, "staff.funds.total"),
    (2, "training.meetings"), (2, "training.sessions"), (5, "training.attendees"),
]

# ---------------------------------------------------------------- seed 002 (清镇市 2013, f2008_local)
SEED002 = [
    (13305, "proactive.total"), (8569, "proactive.channel.website"), (230, "proactive.channel.gazette"),
    (6, "proactive.channel.press_conference"), (4500, "proactive.channel.other"),
    (25000, "proactive.reading_point.visitors"), (150, "media.website.xxgk_column_visits"),
    (0, "apply.received.total"), (0, "apply.channel.in_person"), (0, "apply.channel.written"),
    (0, "apply.channel.online"), (0, "apply.channel.other"), (0, "apply.not_accepted"),
    (0, "apply.processed.total"), (0, "apply.result.disclosed.total"), (0, "apply.result.partial.total"),
    (0, "apply.result.denied.total"), (0, "apply.result.not_exist.total"),
    (0, "apply.result.not_this_agency.total"), (0, "apply.result.unavailable.unclear.total"),
    (0, "apply.result.denied.exempt.total"), (0, "apply.result.denied.other_reason.total"),
    (0, "fees.apply_fee.payers"), (0, "fees.apply_fee.amount"), (0, "fees.waiver.persons"),
    (0, "fees.waiver.amount"),
    (0, "review.total"), (0, "review.against_self"), (0, "review.against_subordinate"),
    (0, "litigation.total"), (0, "litigation.against_self"), (0, "litigation.against_subordinate"),
    (0, None),  # 五、其他情况 0
    (73, "staff.total"), (24, "staff.full_time"), (49, "staff.part_time"),
    (0, "staff.funds.total"), (0, "staff.funds.self"), (0, "staff.funds.subordinate"),
    (1, "training.sessions"), (100, "training.attendees"),
]

# ---------------------------------------------------------------- seed 003 (汉滨区 2020, f2019)
SEED003_T2 = [
    (0, "rules.regulation.issued"), (0, "rules.regulation.published_new"), (0, "rules.regulation.public_total"),
    (6, "rules.normative.issued"), (6, "rules.normative.published_new"), (36, "rules.normative.public_total"),
    (1259, "permits.license.items_prev_year"), (3, "permits.license.items_change"),
    (18249, "permits.license.decisions"),
    (2, "permits.other_service.items_prev_year"), (0, "permits.other_service.items_change"),
    (0, "permits.other_service.decisions"),
    (1433, "permits.penalty.items_prev_year"), (-167, "permits.penalty.items_change"),
    (1266, "permits.penalty.decisions"),
    (146, "permits.coercion.items_prev_year"), (18, "permits.coercion.items_change"),
    (164, "permits.coercion.decisions"),
    (45, "permits.fee.items_prev_year"), (-2, "permits.fee.items_change"),
    (123, "procurement.items"), (168000000, "procurement.amount"),
]

COLUMNS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"]
Z = [0] * 7
# (official row label, taxonomy row stem, seven values)
T3_ROWS = [
    ("一、本年新收政府信息公开申请数量", "apply.received", [29, 6, 0, 0, 0, 0, 35]),
    ("二、上年结转政府信息公开申请数量", "apply.carried_over", Z),
    ("（一）予以公开", "apply.result.disclosed", [23, 5, 0, 0, 0, 0, 28]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "apply.result.partial", [6, 1, 0, 0, 0, 0, 7]),
    ("1.属于国家秘密", "apply.result.denied.state_secret", Z),
    ("2.其他法律行政法规禁止公开", "apply.result.denied.law_prohibited", Z),
    ("3.危及“三安全一稳定”", "apply.result.denied.security_stability", Z),
    ("4.保护第三方合法权益", "apply.result.denied.third_party", Z),
    ("5.属于三类内部事务信息", "apply.result.denied.internal_affairs", Z),
    ("6.属于四类过程性信息", "apply.result.denied.process_info", Z),
    ("7.属于行政执法案卷", "apply.result.denied.law_enforcement_file", Z),
    ("8.属于行政查询事项", "apply.result.denied.admin_query", Z),
    ("1.本机关不掌握相关政府信息", "apply.result.unavailable.not_held", Z),
    ("2.没有现成信息需要另行制作", "apply.result.unavailable.needs_creation", Z),
    ("3.补正后申请内容仍不明确", "apply.result.unavailable.unclear", Z),
    ("1.信访举报投诉类申请", "apply.result.not_processed.petition", Z),
    ("2.重复申请", "apply.result.not_processed.duplicate", Z),
    ("3.要求提供公开出版物", "apply.result.not_processed.publication", Z),
    ("4.无正当理由大量反复申请", "apply.result.not_processed.mass_repeat", Z),
    ("5.要求行政机关确认或重新出具已获取信息", "apply.result.not_processed.confirm_reissue", Z),
    ("（六）其他处理", "apply.result.other_handling", Z),
    ("（七）总计", "apply.processed", [29, 6, 0, 0, 0, 0, 35]),
    ("四、结转下年度继续办理", "apply.carried_forward", Z),
]
# group headings of table 3 before the row with this index
T3_GROUPS = {2: "三、本年度办理结果", 4: "（三）不予公开", 12: "（四）无法提供", 15: "（五）不予处理"}

SEED003_T3 = [(v, f"{stem}.{col}") for _label, stem, values in T3_ROWS for v, col in zip(values, COLUMNS)]

T4_IDS = [
    "review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
    "litigation.direct.upheld", "litigation.direct.corrected", "litigation.direct.other",
    "litigation.direct.pending", "litigation.direct.total",
    "litigation.after_review.upheld", "litigation.after_review.corrected", "litigation.after_review.other",
    "litigation.after_review.pending", "litigation.after_review.total",
]
SEED003_T4 = list(zip([0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0], T4_IDS))

# ---------------------------------------------------------------- corpus 008 (平潭 2022, f2021, fused)
C008_T2 = [
    (0, "rules.regulation.issued"), (0, "rules.regulation.repealed"), (0, "rules.regulation.in_force"),
    (88, "rules.normative.issued"), (55, "rules.normative.repealed"), (698, "rules.normative.in_force"),
    (10690, "permits.license.decisions"), (2113, "permits.penalty.decisions"), (0, "permits.coercion.decisions"),
    (91163600, "permits.fee.amount"),
]
C008_T3_ROWS = [
    ("apply.received", [71, 3, 0, 0, 0, 0, 74]),
    ("apply.carried_over", [1, 0, 0, 0, 0, 0, 1]),
    ("apply.result.disclosed", [21, 0, 0, 0, 0, 0, 21]),
    ("apply.result.partial", [8, 1, 0, 0, 0, 0, 9]),
    ("apply.result.denied.state_secret", Z),
    ("apply.result.denied.law_prohibited", Z),
    ("apply.result.denied.security_stability", Z),
    ("apply.result.denied.third_party", Z),
    ("apply.result.denied.internal_affairs", [1, 0, 0, 0, 0, 0, 1]),
    ("apply.result.denied.process_info", [2, 0, 0, 0, 0, 0, 2]),
    ("apply.result.denied.law_enforcement_file", [1, 0, 0, 0, 0, 0, 1]),
    ("apply.result.denied.admin_query", Z),
    ("apply.result.unavailable.not_held", [37, 0, 0, 0, 0, 0, 37]),
    ("apply.result.unavailable.needs_creation", Z),
    ("apply.result.unavailable.unclear", Z),
    ("apply.result.not_processed.petition", Z),
    ("apply.result.not_processed.duplicate", Z),
    ("apply.result.not_processed.publication", Z),
    ("apply.result.not_processed.mass_repeat", Z),
    ("apply.result.not_processed.confirm_reissue", Z),
    ("apply.result.other_handling.overdue_correction", [2, 0, 0, 0, 0, 0, 2]),
    ("apply.result.other_handling.overdue_fee", Z),
    ("apply.result.other_handling.misc", [0, 2, 0, 0, 0, 0, 2]),
    ("apply.processed", [72, 3, 0, 0, 0, 0, 75]),
    ("apply.carried_forward", Z),
]
C008_T3 = [(v, f"{stem}.{col}") for stem, values in C008_T3_ROWS for v, col in zip(values, COLUMNS)]
C008_T4 = list(zip([0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], T4_IDS))
