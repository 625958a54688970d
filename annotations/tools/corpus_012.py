"""Gold annotation of ../shared/corpus/012.txt (平潭2022年城镇非私营单位就业人员年平均工资, statistics release)."""
from corpus_lib import Doc

WAGE = "城镇非私营单位就业人员年平均工资"


def build() -> Doc:
    d = Doc("012", year=2022, body="平潭综合实验区统计局", fmt="other")
    d.f("年平均工资⟦110646元⟧", WAGE, None, note="fact in the crawler-header title")
    d.nf("发布时间: ⟦2023-06-16 15:35⟧", "publication timestamp")
    d.f("年平均工资⟦110646元⟧", WAGE, None, note="fact in the crawler-header directory name (本地目录)")
    d.f("年平均工资⟦110646元⟧", WAGE, None, note="fact in the breadcrumb title")
    d.nf("时间：⟦2023-06-16 15:35⟧", "publication timestamp")
    d.f("年平均工资为⟦110646元⟧", WAGE, None)
    d.f("比上年⟦增加4051元⟧", WAGE + "比上年增加", None)
    d.f("名义⟦增长3.8%⟧", WAGE + "名义增长", None)
    d.f("年平均工资为⟦113929元⟧", "在岗职工（含劳务派遣人员）年平均工资", None)
    d.f("比上年⟦增加6790元⟧", "在岗职工年平均工资比上年增加", None)
    d.f("名义⟦增长6.3%⟧", "在岗职工年平均工资名义增长", None)
    d.nf("《企业⟦一套表⟧统计调查制度》", "name containing a Chinese numeral")
    d.nf("（⟦GB/T4754-2017⟧）", "standard code")
    d.notes.append("formula omitted in the source ('计算公式为：2、统计范围')")
    return d


if __name__ == "__main__":
    build().save()
