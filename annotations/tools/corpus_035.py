"""Gold annotation of ../shared/corpus/035.txt (亳州市谯城区人社局2022年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("035", year=2022, body="亳州市谯城区人力资源和社会保障局", fmt="f2021")
    d.nf("(国务院令⟦第711号⟧)", "decree number")
    d.nf("(国办公开办函⟦〔2021〕30号⟧)", "document number")
    d.f("主动公开各类政府信息⟦789条⟧", "通过政府信息公开网站主动公开各类政府信息", "proactive.total")
    d.f("公开部门文件⟦12件⟧", "部门文件", "proactive.domain.gov_documents")
    d.f("意见征集与反馈⟦10条⟧", "意见征集与反馈", "interaction.solicitation.items")
    d.nf("“⟦六稳六保⟧”", "slogan with Chinese numerals")
    d.f("工作推进及成效⟦54余条⟧", "“六稳六保”工作推进及成效", None, note="odd approximator placement 54余条")
    d.f("疫情防控信息⟦71条⟧", "疫情防控信息", None)
    d.f("重点民生领域⟦317条⟧", "“就业创业”重点民生领域信息", None)
    d.f("发布上级政策解读⟦101条⟧", "上级政策解读", None, note="one of three interpretation kinds; no total stated")
    d.f("负责人解读本部门文件⟦19条⟧", "负责人解读本部门文件", None)
    d.f("其他解读⟦91条⟧", "其他解读", None)
    d.f("涉及群众切实利益等信息⟦258条⟧", "主动公开热点及涉及群众切实利益等信息（回应关切）",
        "interpretation.responses.total")
    d.f("互动回应⟦64条⟧", "互动回应", None)
    d.zero("我局⟦未收到依申请公开申请⟧", "收到依申请公开申请", "apply.received.total")
    d.nf("基层“⟦两化⟧”建设", "slogan with Chinese numeral")
    return d


if __name__ == "__main__":
    build().save()
