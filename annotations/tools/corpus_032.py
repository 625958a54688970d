"""Gold annotation of ../shared/corpus/032.txt (广州市花都区人社局2022年报告; traditional mirror, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("032", year=2022, body="广州市花都区人力资源和社会保障局", fmt="f2021")
    d.f("公開信息共⟦1265條⟧", "通过政府门户网站信息公开目录公开信息", "proactive.total")
    for lab, n, ind in [("組織機構類信息", "5條", None), ("部門文件類信息", "60條", "proactive.domain.gov_documents"),
                        ("行政執法類信息", "362條", None), ("工作動態類信息", "717條", "proactive.domain.news"),
                        ("財政預決算信息", "14條", "proactive.domain.fiscal"), ("公共服務類信息", "106條", None),
                        ("政府信息公開工作年度報告", "1條", None)]:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
    d.f("在各類媒體報刊公開信息⟦134條⟧", "在各类媒体报刊公开信息", "media.media_reports")
    d.f("共收到政府信息公開申請⟦4件⟧", "收到政府信息公开申请（含上年度结转）", "apply.received.total",
        doc_value=False, note="includes the 2 applications carried over from the previous year (new = 2)")
    d.f("其中上年度結轉⟦2件⟧", "上年度结转", "apply.carried_over.total")
    d.f("無法提供⟦4件⟧", "无法提供", "apply.result.unavailable.total")
    d.f("本機關不掌握相關政府信息⟦2件⟧", "本机关不掌握相关政府信息", "apply.result.unavailable.not_held.total")
    d.f("沒有現成信息需要另行制作⟦2件⟧", "没有现成信息需要另行制作", "apply.result.unavailable.needs_creation.total")
    d.nf("落實“⟦五公開⟧”制度", "slogan with Chinese numeral")
    d.indicator_overrides["apply.received.total"] = 2
    d.notes.append("apply.received.total = 4 - 2 carried over (stated indirectly)")
    return d


if __name__ == "__main__":
    build().save()
