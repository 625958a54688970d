"""Gold annotation of ../shared/corpus/033.txt (天津市人社局2022年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("033", year=2022, body="天津市人力资源和社会保障局", fmt="f2021")
    d.nf("党的⟦二十大⟧精神", "ordinal (party congress)")
    d.f("全年共主动公开⟦237条⟧政府信息", "主动公开政府信息", "proactive.total")
    d.nf("⟦一式三份⟧", "idiom with Chinese numeral (three copies)")
    d.f("全年共报送⟦711份⟧", "向档案馆、图书馆和行政许可服务中心报送主动公开政策文件", None,
        note="a count, not 国务院令第711号")
    d.f("政协提案答复意见⟦37件⟧", "主动公开人大建议、政协提案答复意见", "interaction.proposals.total")
    d.f("全年共受理政府信息公开申请⟦212件⟧", "受理政府信息公开申请", "apply.received.total")
    d.f("网站申请⟦195件⟧", "网站申请", "apply.channel.online")
    d.f("当面申请⟦4件⟧", "当面申请", "apply.channel.in_person")
    d.f("信函申请⟦13件⟧", "信函申请", "apply.channel.letter")
    d.f("已办理⟦206件⟧", "已办理", "apply.processed.total")
    d.f("结转下年度继续办理⟦6件⟧", "结转下年度继续办理", "apply.carried_forward.total")
    return d


if __name__ == "__main__":
    build().save()
