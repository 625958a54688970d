"""Gold annotation of ../shared/corpus/027.txt (鞍山市公安局2020年度报告; traditional mirror, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("027", year=2020, body="鞍山市公安局", fmt="f2019")
    d.nf("統計期限自⟦2020年1月1日⟧", "date")
    d.f("通過市局門戶網站公開信息⟦1184條⟧", "通过市局门户网站公开信息", "proactive.channel.website")
    d.f("等新媒體平臺發布信息⟦4979條⟧", "微博、微信公众号等新媒体平台发布信息", None,
        note="weibo + weixin combined; no single channel id")
    d.nf("⟦2020 年⟧,我局未收到", "year with a space before 年")
    d.zero("我局⟦未收到公民依法提出的政府信息公開申請⟧", "收到政府信息公开申请", "apply.received.total")
    return d


if __name__ == "__main__":
    build().save()
