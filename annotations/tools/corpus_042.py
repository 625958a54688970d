"""Gold annotation of ../shared/corpus/042.txt (文化和旅游部2021年度报告, opening on one line)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("042", year=2021, body="文化和旅游部", fmt="f2021")
    d.nf("发表时间:⟦2022-01-29 13:51⟧", "publication timestamp")
    d.nf("统计期限自⟦2021年1月1日⟧", "date")
    d.f("发布各类信息⟦8118篇⟧", "政府门户网站发布各类信息", "proactive.channel.website")
    d.f("网站总访问量达⟦4.5亿次⟧", "网站总访问量", "media.website.visits")
    d.f("政府信息公开平台发布信息⟦545篇⟧", "政府信息公开平台发布信息", None)
    d.f("与2020年相比⟦增长了81%⟧", "政府信息公开平台发布信息与2020年相比增长", None)
    d.f("共发布信息⟦3376条⟧", "微信公众号、微博、抖音账号发布信息", None)
    d.f("总关注量⟦137.6万⟧", "政务新媒体总关注量", None, unit=None, note="bare 万 with no unit")
    d.nf("“⟦十四五⟧”规划", "plan name (十四五)")
    d.nf("⟦图1⟧:", "figure caption")
    d.f("参加新闻发布会⟦19场⟧", "组织召开和参加新闻发布会", "interpretation.press_conferences")
    d.f("国务院层级发布会⟦11场⟧", "参加党中央和国务院层级发布会", None)
    return d


if __name__ == "__main__":
    build().save()
