"""Gold annotation of ../shared/corpus/062.txt (贵阳市司法局2019年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("062", year=2019, body="贵阳市司法局", fmt="f2019")
    d.nf("(国务院令⟦第711号⟧", "decree number")
    d.nf("(国办公开办函⟦〔2019〕60号⟧", "document number")
    d.f("其他需要报告的事项等⟦六个部分⟧", "本报告组成部分", None, value=6, unit="部分")
    d.nf("统计时限为⟦2019年1月1日⟧", "date")
    d.nf("市政府大楼⟦A区210室⟧", "room number in an address")
    d.nf("邮编:⟦550081⟧", "postcode")
    d.nf("电话:⟦0851-87989210⟧", "phone")
    d.f("主动公开发布各类信息⟦611条⟧", "通过门户网站主动公开发布各类信息", "proactive.channel.website")
    d.f("移动新媒体发布各类信息⟦236条⟧", "移动新媒体发布各类信息", None)
    d.f("微博发布信息⟦112条⟧", "微博发布信息", "proactive.channel.weibo")
    d.f("微信发布信息⟦124条⟧", "微信发布信息", "proactive.channel.weixin")
    d.f("收到留言办理⟦92件⟧", "收到留言办理", "interaction.messages.received")
    d.f("答复率⟦100%⟧", "留言答复率", None)
    d.f("开展征集调查⟦3期⟧", "征集调查", "interaction.solicitation.items")
    d.f("收到意见数量⟦2条⟧", "征集调查收到意见数量", None)
    d.f("公开建议提案办理 ⟦13件⟧", "通过门户网站公开建议提案办理", None,
        note="reported under 依申请公开 although it is about 建议提案 (section mismatch in the source)")
    d.f("承办建议提案共⟦13件⟧", "承办建议提案", "interaction.proposals.total")
    d.f("按期办结率⟦100%⟧", "建议提案按期办结率", None)
    return d


if __name__ == "__main__":
    build().save()
