"""Gold annotation of ../shared/corpus/008.txt (平潭综合实验区2022年度政府信息公开工作年度报告, 2021 format)."""
from corpus_lib import T3_ROWS_2021, Doc, table3_row, table4

# (text just before the row's digits, digits with '|' at fused cell boundaries), in T3_ROWS_2021 order
T3 = [
    ("一、本年新收政府信息公开申请数量 ", "71|3|0|0|0|0|74"),
    ("二、上年结转政府信息公开申请数量 ", "1|0|0|0|0|0|1"),
    ("（一）予以公开 ", "21|0|0|0|0|0|21"),
    ("不计其他情形） ", "8|1|0|0|0|0|9"),
    ("1.属于国家秘密", "0|0|0|0|0|0|0"),
    ("2.其他法律行政法规禁止公开 ", "0|0|0|0|0|0|0"),
    ("3.危及“三安全一稳定” ", "0|0|0|0|0|0|0"),
    ("4.保护第三方合法权益 ", "0|0|0|0|0|0|0"),
    ("5.属于三类内部事务信息 ", "1|0|0|0|0|0|1"),
    ("6.属于四类过程性信息 ", "2|0|0|0|0|0|2"),
    ("7.属于行政执法案卷 ", "1|0|0|0|0|0|1"),
    ("8.属于行政查询事项 ", "0|0|0|0|0|0|0"),
    ("1.本机关不掌握相关政府信息 ", "37|0|0|0|0|0|37"),
    ("2.没有现成信息需要另行制作 ", "0|0|0|0|0|0|0"),
    ("3.补正后申请内容仍不明确 ", "0|0|0|0|0|0|0"),
    ("1.信访举报投诉类申请 ", "0|0|0|0|0|0|0"),
    ("2.重复申请 ", "0|0|0|0|0|0|0"),
    ("3.要求提供公开出版物 ", "0|0|0|0|0|0|0"),
    ("4.无正当理由大量反复申请 ", "0|0|0|0|0|0|0"),
    ("5.要求行政机关确认或重新出具已获取信息 ", "0|0|0|0|0|0|0"),
    ("行政机关不再处理其政府信息公开申请 ", "2|0|0|0|0|0|2"),
    ("行政机关不再处理其政府信息公开申请 ", "0|0|0|0|0|0|0"),
    ("3.其他 ", "0|2|0|0|0|0|2"),
    ("（七）总计 ", "72|3|0|0|0|0|75"),
    ("四、结转下年度继续办理 ", "0|0|0|0|0|0|0"),
]


def build() -> Doc:
    d = Doc("008", year=2022, body="平潭综合实验区管委会办公室", fmt="f2021")
    d.nf("发布时间: ⟦" + d.text.split("发布时间: ")[1][:16] + "⟧", "publication timestamp")
    d.nf("（国办公开办函⟦〔2021〕30号⟧）", "document number")
    d.nf("统计时限为⟦2022年1月1日⟧", "date")
    d.nf("营运中心⟦7号楼14层⟧", "address")
    d.nf("邮编：⟦350400⟧", "postcode")
    d.nf("电话：⟦0591-23165385⟧", "phone")
    d.nf("党的⟦二十大⟧精神", "ordinal (party congress)")
    d.f("共主动公开政府信息⟦14571条⟧", "主动公开政府信息", "proactive.total")
    d.f("现行有效行政规范性文件⟦698件⟧", "现行有效行政规范性文件", "rules.normative.in_force")
    d.f("本年度制发的规范性文件⟦88件⟧", "本年度制发的规范性文件", "rules.normative.issued")
    d.nf("设立“⟦十四五⟧”规划", "plan name (十四五)")
    d.f("本年度公开信息⟦77条⟧", "规划信息", None)
    d.f("发布政策文件⟦20件⟧", "惠企纾困政策文件", None)
    d.f("供气等⟦8个⟧领域", "公开信息的公共企事业单位领域", None)
    d.nf("“⟦两手抓⟧”", "slogan with Chinese numeral")
    d.f("收到政府信息公开申请⟦75件⟧", "收到政府信息公开申请", "apply.received.total",
        note="includes the 1 application carried over (table: 74 new + 1 carried over)", doc_value=False)
    d.f("涉及自然人⟦72件⟧", "自然人申请", "apply.received.natural_person", doc_value=False)
    d.f("商业企业⟦3件⟧", "商业企业申请", "apply.received.commercial", doc_value=False)
    d.f("办结率⟦100%⟧", "依申请公开办结率（法定期限内）", "apply.on_time_rate")
    d.f("共有行政诉讼案件⟦1件⟧", "政府信息公开行政诉讼案件", "litigation.total")
    d.f("行政复议案件⟦2件⟧", "政府信息公开行政复议案件", "review.total", doc_value=False)
    d.f("新增社保等⟦8个⟧便民主题", "新增便民主题", None)
    d.f("全区现存的⟦33个⟧政务新媒体", "政务新媒体", "media.new_media.accounts")
    d.f("共组织⟦4次⟧政务公开季度检查通报", "政务公开季度检查通报", "supervision.notices")
    d.f("推进⟦3轮⟧督促整改", "督促整改轮次", None)
    d.zero("⟦未发生相关责任人责任追究问题情况⟧", "责任追究", "supervision.accountability", unit="次")
    # ---- table 2
    d.table("二、主动公开政府信息情况第二十条", "行政事业性收费9116.36", "f2021")
    d.seek("二、主动公开政府信息情况第二十条")
    d.cells("规章⟦0|0|0⟧行政规范性文件", [("规章", "rules.regulation.issued"),
                                    ("规章", "rules.regulation.repealed"),
                                    ("规章", "rules.regulation.in_force")])
    d.cells("行政规范性文件⟦88|55|698⟧", [("行政规范性文件", "rules.normative.issued"),
                                    ("行政规范性文件", "rules.normative.repealed"),
                                    ("行政规范性文件", "rules.normative.in_force")])
    d.cells("行政许可⟦10690⟧", [("行政许可", "permits.license.decisions")])
    d.cells("行政处罚⟦2113⟧", [("行政处罚", "permits.penalty.decisions")])
    d.cells("行政强制⟦0⟧", [("行政强制", "permits.coercion.decisions")])
    d.cells("行政事业性收费⟦9116.36⟧", [("行政事业性收费", "permits.fee.amount",
                                   {"value": 91163600, "unit": "元",
                                    "note": "header 本年收费金额（单位：万元）: 9116.36万元"})])
    # ---- table 3
    d.table("三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理 0000000", "f2021")
    d.seek("三、收到和处理政府信息公开申请情况")
    for (stem, label), (pre, digits) in zip(T3_ROWS_2021, T3):
        table3_row(d, f"{pre}⟦{digits}⟧", stem, label)
    # ---- table 4
    d.table("四、政府信息公开行政法复议", "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0", "f2021")
    table4(d, "尚未审结总计 ⟦0 1 1 0 2 1 0 0 0 1 0 0 0 0 0⟧")
    d.zero("2022年，⟦无收取信息处理费情况⟧", "收取信息处理费", "fees.info_processing_fee.amount", unit="元")
    d.notes.append("Table-3 fused rows split with the row and column sums (72 natural persons, 3 companies, "
                   "74 new + 1 carried over = 75 processed); narrative 75件 counts the carried-over case.")
    d.nf_all(r"第二十条", "article number of the disclosure regulation in a table heading")
    d.nf_all(r"第[一二三四]项", "item reference inside the table-3 counting rule (勾稽关系)")
    d.nf_all(r"[三四]类(?=内部事务|过程性)", "numeral inside a table-3 row label")
    return d


if __name__ == "__main__":
    build().save()
