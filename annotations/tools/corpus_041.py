"""Gold annotation of ../shared/corpus/041.txt (泰安市文化和旅游局2024年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("041", year=2024, body="泰安市文化和旅游局", fmt="f2021")
    d.nf("发布时间:⟦2025-01-26⟧", "publication date")
    d.nf("统计期限自⟦2024年1月1日⟧", "date")
    d.nf("“⟦二次⟧创业", "slogan with Chinese numeral")
    d.f("通过局网站发布政府信息⟦825条⟧", "通过局网站发布政府信息", "proactive.channel.website",
        note="partial split follows (194+68+94 = 356)")
    d.f("通知公告栏发布信息⟦194条⟧", "局网站通知公告栏发布信息", None)
    d.f("双公示栏发布信息⟦68条⟧", "双公示栏发布信息", None)
    d.f("政务公开栏发布信息⟦94条⟧", "政务公开栏发布信息", None)
    d.f("共发布信息⟦6498条⟧", "“文旅泰安”政务新媒体矩阵发布信息", None)
    d.f("通过政务微博公开政府信息⟦1825条⟧", "通过政务微博公开政府信息", "proactive.channel.weibo")
    d.f("通过政务微信公开政府信息⟦848条⟧", "通过政务微信公开政府信息", "proactive.channel.weixin")
    d.f("发布泰安文旅新闻⟦447条⟧", "中央主要新闻媒体发布泰安文旅新闻", "media.media_reports")
    d.f("其中央视发布⟦78条⟧", "央视发布泰安文旅新闻", None)
    return d


if __name__ == "__main__":
    build().save()
