"""Gold annotation of ../shared/corpus/011.txt (区国库支付中心2013年度统计, a short statistics notice)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("011", year=2013, body="平潭综合实验区国库支付中心（财政金融局）", fmt="other")
    d.nf("发布时间: ⟦2014-01-28 16:38⟧", "publication timestamp")
    d.nf("索 引 号： ⟦PZ00108-3000-2014-00001⟧", "index number")
    d.nf("成文日期：⟦2014-01-27⟧", "date")
    d.f("负责⟦71个⟧行政事业单位", "国库支付中心负责的行政事业单位", None)
    d.nf("2013年⟦1-12月⟧", "month range")
    d.f("共办理支付⟦11745笔⟧", "国库支付中心办理支付", None)
    d.f("累计支付金额⟦43.65亿元⟧", "累计支付金额", None)
    d.f("当天办结率⟦98.7%⟧", "当天办结率", None)
    d.f("直接支付率⟦95.42%⟧", "直接支付率", None)
    d.f("按规定时限办结率⟦100%⟧", "按规定时限办结率", None)
    d.f("结余结转资金⟦250.2万元⟧", "清理财政上年结余结转资金", None)
    d.nf("“服务对象⟦零⟧距离", "slogan (零距离)")
    d.nf("截止⟦2013年11月30日⟧", "date")
    d.f("共支付安征迁资金⟦2.6亿元⟧", "支付安征迁资金", None)
    return d


if __name__ == "__main__":
    build().save()
