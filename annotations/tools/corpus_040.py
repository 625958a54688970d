"""Gold annotation of ../shared/corpus/040.txt (南通市水利局2023年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("040", year=2023, body="南通市水利局", fmt="f2021")
    d.nf("(国务院令⟦第711号⟧", "decree number")
    d.nf("(国办公开办函⟦〔2021〕30号⟧)", "document number")
    d.nf("统计期限从⟦2023年1月1日⟧", "date")
    d.nf("党的⟦二十大⟧精神为指导", "ordinal (party congress)")
    d.nf("学习贯彻落实党的⟦二十大⟧精神", "ordinal (party congress)")
    mism = "parts (278+186+97+11+365+258 条, 3个, 49期) sum to 1247, not 1725; mixed units"
    d.f("局网站发布⟦1725条⟧信息", "局网站发布信息", "proactive.channel.website", note=mism)
    d.f("部门动态⟦278条⟧", "部门动态", "proactive.domain.news")
    d.f("县市区要闻⟦186条⟧", "县市区要闻", None)
    d.f("机关党建⟦97条⟧", "机关党建", None)
    d.f("人事任免信息⟦11条⟧", "人事任免信息", "proactive.domain.personnel")
    d.f("水情信息共计⟦365条⟧", "每日发布水情信息", None, note="coincides with days per year but is a count")
    d.f("公告公示⟦258条⟧", "公告公示", None)
    d.f("政策文件⟦3个⟧", "政策文件", "proactive.domain.gov_documents")
    d.f("水利小知识⟦49期⟧", "主城区主要河道水质周报及水利小知识", None)
    d.f("全年共发布信息⟦496条⟧", "“南通水利”微信公众号发布信息", "proactive.channel.weixin")
    d.f("订阅数⟦9250个⟧", "微信公众号订阅数", None)
    d.f("较去年同期⟦增长11%⟧", "微信公众号订阅数较去年同期增长", None)
    return d


if __name__ == "__main__":
    build().save()
