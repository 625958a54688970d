"""Gold annotation of ../shared/corpus/046.txt (武汉市生态环境局2020年报告; Taiwan-converted, f2019 '|' table)."""
from corpus_lib import Doc

OTHER_DOCS = "其他主动公开文件 row of the 2019 table; no taxonomy id for its three columns"


def build() -> Doc:
    d = Doc("046", year=2020, body="武汉市生态环境局", fmt="f2019")
    d.table("第二十條第(一)項", None, "f2019")
    d.seek("第二十條第(一)項")
    d.row("應提供相關數據)", [("规章", "rules.regulation.issued"),
                         ("规章", "rules.regulation.published_new"),
                         ("规章", "rules.regulation.public_total")])
    d.row("一般情況下屬於規範性檔案)", [("规范性文件", "rules.normative.issued"),
                              ("规范性文件", "rules.normative.published_new"),
                              ("规范性文件", "rules.normative.public_total")])
    d.row("欄目數據)", [("其他主动公开文件", None, {"note": OTHER_DOCS}),
                     ("其他主动公开文件", None, {"note": OTHER_DOCS}),
                     ("其他主动公开文件", None, {"note": OTHER_DOCS})])
    d.nf("上一年項目數量(指⟦2019年⟧事項數)", "year inside a template header note")
    d.nf("減用負值表示,如⟦-8⟧)", "example number in a template header note (NOT a fact)")
    d.row("行政許可 |", [("行政许可", "permits.license.items_prev_year"),
                     ("行政许可", "permits.license.items_change"),
                     ("行政许可", "permits.license.decisions")])
    d.row("以及公共服務事項) |", [("其他对外管理服务事项", "permits.other_service.items_prev_year"),
                           ("其他对外管理服务事项", "permits.other_service.items_change"),
                           ("其他对外管理服务事项", "permits.other_service.decisions")])
    d.nf("上一年項目數量(指⟦2019年⟧事項數)", "year inside a template header note")
    d.nf("減用負值表示,如⟦-8⟧)", "example number in a template header note (NOT a fact)")
    d.row("行政處罰 |", [("行政处罚", "permits.penalty.items_prev_year"),
                     ("行政处罚", "permits.penalty.items_change"),
                     ("行政处罚", "permits.penalty.decisions")])
    d.row("行政強制 |", [("行政强制", "permits.coercion.items_prev_year"),
                     ("行政强制", "permits.coercion.items_change")])
    d.nf("減用負值表示,如⟦-8⟧)", "example number in a template header note (NOT a fact)")
    d.notes.append("行政強制 处理决定数量 is a dash '-' (no value); 行政事業性收費 row is empty; text cut inside '(指202'")
    d.nf_all(r"上一年(?=項目|项目)", "column header (上一年项目数量)")
    return d


if __name__ == "__main__":
    build().save()
