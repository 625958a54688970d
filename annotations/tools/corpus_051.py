"""Gold annotation of ../shared/corpus/051.txt (广州市教育局2011年报告; Taiwan-converted, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("051", year=2011, body="广州市教育局", fmt="f2008_local")
    d.f("我局全年上傳信息⟦985條⟧", "向市政府门户网站上传信息", None)
    d.nf("市政府入口網站⟦兩個⟧網站", "rhetorical count (the two websites named)")
    d.nf("我市⟦百項⟧服務網上辦理工程", "programme name (百项服务)")
    d.f("共有⟦6個⟧項目", "已纳入百项服务事项的项目", None)
    return d


if __name__ == "__main__":
    build().save()
