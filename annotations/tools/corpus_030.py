"""Gold annotation of ../shared/corpus/030.txt (淮安市公安局2020年报告; spam-injected mirror, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("030", year=2020, body="淮安市公安局（城市名被垃圾广告替换）", fmt="f2019")
    d.nf("(国令⟦第711号⟧)", "decree number")
    d.nf("统计期限自⟦2020年1月1日⟧", "date")
    d.nf("玉兰路⟦6号⟧", "street address number")
    d.nf("邮编:⟦223001⟧", "postcode")
    d.nf("电话:⟦0517-81330700⟧", "phone")
    d.nf("电子邮箱:⟦haga_zwxxgk@163.com⟧", "email")
    d.f("门户网站发布各类信息⟦955条⟧", "通过公安局门户网站发布各类信息", "proactive.channel.website")
    d.f("政府信息公开目录⟦303条⟧", "主动更新市政府门户网站政府信息公开目录", None)
    d.f("市局各类文件⟦26件⟧", "主动公开市局各类文件", "proactive.domain.gov_documents")
    d.f("重点领域信息⟦38条⟧", "财政预算和决算、市委市政府重点工作落实情况等重点领域信息", None)
    d.f("政协委员提案办理答复⟦36件⟧", "公开人大代表建议、政协委员提案办理答复", "interaction.proposals.total")
    d.f("交通出行等信息⟦247条⟧", "警方提示、安全防范、交通出行等信息", None)
    d.f("推出政策解读⟦41期⟧", "政策解读", "interpretation.policy_interpretations")
    d.f("召开新闻发布会⟦3场⟧", "新闻发布会", "interpretation.press_conferences")
    d.f("推送各类信息⟦4000余条⟧", "政务新媒体推送各类信息", None)
    d.nf("“⟦苏政50条⟧”", "policy name with a number")
    d.f("电子通行证等⟦240余篇⟧", "涉疫情类信息", None)
    d.f("累积阅读量达⟦350余万⟧", "涉疫情类信息累积阅读量", None, unit=None,
        note="bare 万 with no unit")
    return d


if __name__ == "__main__":
    build().save()
