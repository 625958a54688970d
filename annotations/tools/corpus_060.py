"""Gold annotation of ../shared/corpus/060.txt (闽侯县林业局2014年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("060", year=2014, body="闽侯县林业局", fmt="f2008")
    d.nf("发布时间:⟦2015-01-12 14:00⟧", "publication timestamp")
    d.f("附表等⟦7个部分⟧组成", "本报告组成部分", None, unit="部分")
    d.nf("统计时限自⟦2014年1月1日⟧", "date")
    d.nf("电话:⟦0591—22987340⟧", "phone with em dash")
    d.nf("传真:⟦0591—22062942⟧", "fax with em dash")
    d.nf("邮箱:⟦13600873323@139.com⟧", "email (mobile number)")
    d.nf("(侯政办⟦〔2014〕120号⟧)", "document number")
    return d


if __name__ == "__main__":
    build().save()
