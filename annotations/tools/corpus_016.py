"""Gold annotation of ../shared/corpus/016.txt (平潭社会事业局2022年法治工作情况报告)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("016", year=2022, body="平潭综合实验区社会事业局", fmt="other")
    d.nf("时间：⟦2023-03-31 10:09⟧", "publication timestamp")
    d.seek("根据党工委")
    d.nf("法治宣传教育的⟦第八个五年⟧规划", "plan name (八五普法)")
    d.nf("（⟦2021－2025⟧）", "year range")
    d.f("文件⟦260余份⟧", "已把关各类合同、协议及文件", None)
    d.f("其中规范性文件⟦5份⟧", "已把关规范性文件", None)
    d.f("政策文件⟦3份⟧", "废止计划生育类政策文件", "rules.normative.repealed", scope="2021年")
    d.f("2022年废止⟦7份⟧", "废止计划生育类政策文件", "rules.normative.repealed",
        note="cleanup of 计划生育类 policy documents; the report does not call them 行政规范性文件 explicitly")
    d.f("处理行政诉讼案件⟦21件⟧", "处理行政诉讼案件", None,
        note="all administrative litigation of the bureau, not 政府信息公开 litigation (litigation.total)")
    d.f("出庭应诉率达⟦100％⟧", "行政机关负责人出庭应诉率", None)
    d.nf("“⟦三重一大⟧”集体决策制度", "slogan with Chinese numerals")
    d.nf("重新修订“⟦三重一大⟧”", "slogan with Chinese numerals")
    d.f("局专题会议⟦四份⟧议事制度", "重新修订议事制度", None, value=4, unit="份")
    d.f("单列支出⟦7万元⟧", "聘请法律顾问预算支出", None)
    d.f("资格证人员有⟦39人⟧", "持有行政执法资格证人员", None)
    d.nf("“⟦4.15⟧国家安全日”", "date-like name (4月15日 国家安全日)")
    d.nf("⟦第二个⟧“民法典宣传月”", "ordinal")
    d.f("全区单位⟦第1名⟧", "“新安法知多少”网络竞答积分排名", None, value=1, unit="名",
        note="rank; a measured outcome, kept as a fact")
    d.f("参考率均达到⟦100％⟧", "国家干部学法用法考试及格率和参考率", None)
    d.nf("“⟦一⟧件事”办理集成套餐等系统", "slogan (一件事)")
    d.f("共将⟦14个⟧事项调整为即办事项", "调整为即办事项的事项", None)
    d.f("对⟦121个⟧行政许可事项", "办理方式改革的行政许可事项", None)
    d.f("即办率达⟦81.01%⟧", "行政审批事项即办率", None)
    d.f("一趟不用跑率达⟦100%⟧", "全程网办率以及一趟不用跑率", "service.online_rate",
        note="one figure for two rates (全程网办率 and 一趟不用跑率)")
    d.f("整体压缩达⟦92.42%⟧", "办事时限整体压缩比例", None)
    d.f("“就业一件事”⟦两项⟧", "推出“一件事”集成套餐服务", None, value=2, unit="项")
    d.f("已有⟦30余件⟧办件量", "“一件事”集成套餐办件量", None)
    d.f("共计主项⟦109项⟧", "“互联网+监管”事项主项", None)
    d.f("子项⟦323项⟧", "“互联网+监管”事项子项", None)
    d.f("检查实施清单⟦66项⟧", "检查实施清单", None)
    d.f("已录入监管行为⟦912条⟧", "已录入监管行为", None)
    d.f("已审结刑事案件⟦16件⟧", "少年法庭审结刑事案件", None)
    d.f("民事案件⟦近百件⟧", "少年法庭审结民事案件", None, value=100, unit="件", approx=True)
    d.f("犯罪案件达⟦10件⟧", "审结严重侵害未成年人犯罪案件", None, scope="2021年以来")
    d.f("⟦12人⟧，判处", "审结严重侵害未成年人犯罪案件涉案人数", None, scope="2021年以来")
    d.nf("判处⟦五年⟧以上刑期", "threshold inside a label (five years)")
    d.f("以上刑期⟦8人⟧", "判处五年以上刑期人数", None)
    d.f("重刑率⟦66%⟧", "重刑率", None)
    d.f("审结涉少刑事案件⟦11件⟧", "审结涉少刑事案件", None)
    d.f("⟦19人⟧，相较去年", "审结涉少刑事案件涉案人数", None)
    d.f("相较去年⟦22件⟧", "审结涉少刑事案件", None, scope="去年")
    d.f("⟦59人⟧明显下降", "审结涉少刑事案件涉案人数", None, scope="去年")
    d.f("走进⟦10余所⟧中小学", "法治宣传讲师团走进的中小学、幼儿园及社区", None)
    d.f("聘任⟦10名⟧学生代表", "“公益诉讼小观察员”学生代表", None)
    d.f("累计有⟦12000余名⟧学生观看", "普法动画观看学生", None)
    d.f("投入⟦19万元⟧", "儿童福利项目投入", None)
    d.f("入户走访⟦60人次⟧", "入户走访", None)
    d.f("服务总人次已达⟦800人次⟧", "服务总人次", None)
    d.nf_all(r"一件事", "slogan (一件事)")
    return d


if __name__ == "__main__":
    build().save()
