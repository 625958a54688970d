"""Gold annotation of ../shared/corpus/029.txt (六盘水市公安局2020年度报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("029", year=2020, body="六盘水市公安局", fmt="f2019")
    d.f("其他需要报告的事项等⟦六项⟧内容", "本报告组成部分", None, value=6, unit="项")
    d.nf("统计期限自⟦2020年1月1日⟧", "date")
    d.f("共主动公开政府信息⟦4536条⟧", "主动公开政府信息", "proactive.total")
    d.f("通过门户网站公开政府信息数⟦907条⟧", "通过门户网站公开政府信息数", "proactive.channel.website")
    d.f("政务微博公开政府信息数⟦2306条⟧", "政务微博公开政府信息数", "proactive.channel.weibo")
    d.f("微信公众号公开政府信息数⟦1218条⟧", "市公安局微信公众号公开政府信息数", "proactive.channel.weixin")
    d.f("其他方式公开政府信息数⟦105条⟧", "其他方式公开政府信息数", "proactive.channel.other")
    d.f("共收到⟦1件⟧依申请公开", "收到依申请公开", "apply.received.total")
    d.nf("常住人口⟦2020年上半年⟧的变动情况", "period inside a quoted request")
    return d


if __name__ == "__main__":
    build().save()
