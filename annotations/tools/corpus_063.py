"""Gold annotation of ../shared/corpus/063.txt (司法部2020年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("063", year=2020, body="司法部", fmt="f2019")
    d.nf("发布时间:⟦2021-01-29 10:52⟧", "publication timestamp")
    d.nf("(国务院令⟦第711号⟧", "decree number")
    d.nf("党的⟦十九大⟧", "ordinal (party congress)")
    d.nf("和⟦十九届二中、三中、四中、五中全会⟧", "ordinal (plenary sessions)")
    d.f("共举办⟦19场⟧新闻发布活动", "新闻发布活动", "interpretation.press_conferences")
    d.f("其中新闻发布会⟦8场⟧", "新闻发布会", None, note="part of the 19 新闻发布活动")
    d.f("吹风会⟦11场⟧", "记者通气会、吹风会", None)
    d.f("官网总点击量达⟦17.9亿次⟧", "司法部官网总点击量", "media.website.visits")
    d.f("客户端关注数达⟦102203人⟧", "客户端关注数", None)
    d.f("粉丝数量均⟦超过百万人⟧", "微信公众号和微博的粉丝数量", None, value=1000000, unit="人", approx=True,
        note="Chinese-numeral approximate; applies to each of the two accounts")
    return d


if __name__ == "__main__":
    build().save()
