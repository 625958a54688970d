"""Gold annotation of ../shared/corpus/061.txt (漳州市司法局2019年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("061", year=2019, body="漳州市司法局", fmt="f2019")
    d.f("主动公开信息⟦219条⟧", "局门户网站主动公开信息", "proactive.total")
    d.f("主动公开文件⟦11件⟧", "以市司法局和办公室名义制发的主动公开文件", "proactive.domain.gov_documents",
        note="the 2019 table row 其他主动公开文件, given in prose")
    d.zero("2019年⟦均未收到公开申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.f("报送信息⟦12条⟧", "向档案馆、图书馆报送政府信息", None)
    d.f("的决定》⟦2项⟧议题", "在局门户网站征求意见的议题", "interaction.solicitation.items")
    d.nf("“双随机、⟦一公开⟧”", "slogan with Chinese numeral")
    d.f("政策解读⟦12份⟧", "公开法律法规、规范性文件、政策解读", None)
    d.f("行政监督检查等⟦68项⟧", "权责清单事项", "service.power_items")
    d.f("通用目录共⟦56项⟧", "行政审批和公共法律服务事项通用目录", "service.items.listed")
    d.f("政府采购网上公开信息⟦23条⟧", "在政府采购网上公开信息", None)
    return d


if __name__ == "__main__":
    build().save()
