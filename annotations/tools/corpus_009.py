"""Gold annotation of ../shared/corpus/009.txt (平潭综合实验区2024年度政府信息公开工作年度报告, 2021 format)."""
from corpus_lib import T3_ROWS_2021, Doc, table3_row, table4

T3 = [
    ("一、本年新收政府信息公开申请数量", "217|1|0|0|0|0|218"),
    ("二、上年结转政府信息公开申请数量", "0|0|0|0|0|0|0"),
    ("（一）予以公开", "71|0|0|0|0|0|71"),
    ("不计其他情形）", "29|0|0|0|0|0|29"),
    ("1.属于国家秘密", "4|0|0|0|0|0|4"),
    ("2.其他法律行政法规禁止公开", "0|0|0|0|0|0|0"),
    ("3.危及“三安全一稳定”", "0|0|0|0|0|0|0"),
    ("4.保护第三方合法权益", "3|0|0|0|0|0|3"),
    ("5.属于三类内部事务信息", "32|0|0|0|0|0|32"),
    ("6.属于四类过程性信息", "0|0|0|0|0|0|0"),
    ("7.属于行政执法案卷", "0|0|0|0|0|0|0"),
    ("8.属于行政查询事项", "0|0|0|0|0|0|0"),
    ("1.本机关不掌握相关政府信息", "75|0|0|0|0|0|75"),
    ("2.没有现成信息需要另行制作", "0|0|0|0|0|0|0"),
    ("3.补正后申请内容仍不明确", "0|0|0|0|0|0|0"),
    ("1.信访举报投诉类申请", "0|0|0|0|0|0|0"),
    ("2.重复申请", "1|0|0|0|0|0|1"),
    ("3.要求提供公开出版物", "0|0|0|0|0|0|0"),
    ("4.无正当理由大量反复申请", "0|0|0|0|0|0|0"),
    ("5.要求行政机关确认或重新出具已获取信息", "0|0|0|0|0|0|0"),
    ("行政机关不再处理其政府信息公开申请 ", "1|0|0|0|0|0|1"),
    ("行政机关不再处理其政府信息公开申请 ", "0|0|0|0|0|0|0"),
    ("3.其他", "1|1|0|0|0|0|2"),
    ("（七）总计", "217|1|0|0|0|0|218"),
    ("四、结转下年度继续办理", "0|0|0|0|0|0|0"),
]

AMB = ("fused '6233440': 62 is fixed by the narrative (本年度制发行政规范性文件62件); the rest could be 3|3440, "
       "33|440, 334|40 or 3344|0. Best reading 33|440: 3440 in force is implausible after 698 in 2022 (corpus 008) "
       "with ~60–90 issued per year; 440 implies a clean-up.")


def build() -> Doc:
    d = Doc("009", year=2024, body="平潭综合实验区管委会办公室", fmt="f2021")
    d.nf("发布时间: ⟦" + d.text.split("发布时间: ")[1][:16] + "⟧", "publication timestamp")
    d.nf("（国务院令⟦第711号⟧）", "decree number")
    d.nf("（国办公开办函⟦〔2021〕30号⟧）", "document number")
    d.f("本报告共分⟦6个部分⟧", "本报告组成部分", None, unit="部分")
    d.nf("统计期限为⟦2024年1月1日⟧", "date")
    d.nf("党的⟦二十大⟧", "ordinal (party congress)")
    d.nf("和⟦二十届二中、三中全会⟧", "ordinal (plenary sessions)")
    d.f("主动公开各类政府信息⟦10407条⟧", "通过政府门户网站主动公开各类政府信息", "proactive.total")
    d.f("发布政策文件解读⟦96篇⟧", "政策文件解读", "interpretation.policy_interpretations")
    d.f("开展民意征集⟦53期⟧", "民意征集", "interaction.solicitation.items")
    d.f("网上调查⟦51期⟧", "网上调查", None)
    d.f("系列在线访谈⟦12期⟧", "在线访谈", "interpretation.online_interviews")
    d.f("全年办理政府信息公开申请⟦218件⟧", "办理政府信息公开申请", "apply.processed.total")
    d.nf("“⟦三审三校⟧”", "slogan with Chinese numerals")
    d.f("本年度制发行政规范性文件⟦62件⟧", "本年度制发行政规范性文件", "rules.normative.issued")
    d.f("对⟦5个⟧发挥作用不明显", "关停注销的政务新媒体", None)
    # ---- table 2
    d.table("二、主动公开政府信息情况第二十条", "行政事业性收费18651.06", "f2021")
    d.seek("二、主动公开政府信息情况第二十条")
    d.cells("规章⟦0|0|0⟧行政规范性文件", [("规章", "rules.regulation.issued"),
                                    ("规章", "rules.regulation.repealed"),
                                    ("规章", "rules.regulation.in_force")])
    d.cells("行政规范性文件⟦62|33|440⟧", [("行政规范性文件", "rules.normative.issued"),
                                     ("行政规范性文件", "rules.normative.repealed"),
                                     ("行政规范性文件", "rules.normative.in_force")],
            ambiguous=[0, 1, 2], note=AMB)
    d.cells("行政许可⟦4529⟧", [("行政许可", "permits.license.decisions")])
    d.cells("行政处罚⟦1100⟧", [("行政处罚", "permits.penalty.decisions")])
    d.cells("行政强制⟦65⟧", [("行政强制", "permits.coercion.decisions")])
    d.cells("行政事业性收费⟦18651.06⟧", [("行政事业性收费", "permits.fee.amount",
                                    {"value": 186510600, "unit": "元",
                                     "note": "header 本年收费金额（单位：万元）: 18651.06万元"})])
    # ---- table 3
    d.table("三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理0000000", "f2021")
    d.seek("三、收到和处理政府信息公开申请情况")
    for (stem, label), (pre, digits) in zip(T3_ROWS_2021, T3):
        table3_row(d, f"{pre}⟦{digits}⟧", stem, label)
    # ---- table 4
    d.table("四、政府信息公开行政复议、行政诉讼情况", "21317000001324019", "f2021")
    table4(d, "尚未审结总计⟦2|1|3|1|7|0|0|0|0|0|13|2|4|0|19⟧",
           note="table 4 fused into one digit string; the split is the ONLY one of 47 digit splits that satisfies "
                "the three row identities (2+1+3+1=7, 0=0, 13+2+4+0=19)")
    d.zero("2024年，⟦无收取信息处理费情况⟧", "收取信息处理费", "fees.info_processing_fee.amount", unit="元")
    d.nf_all(r"第二十条", "article number of the disclosure regulation in a table heading")
    d.nf_all(r"第[一二三四]项", "item reference inside the table-3 counting rule (勾稽关系)")
    d.nf_all(r"[三四]类(?=内部事务|过程性)", "numeral inside a table-3 row label")
    return d


if __name__ == "__main__":
    build().save()
