"""Gold annotation of ../shared/corpus/044.txt (五原县文体旅游广电局2024年报告; traditional mirror, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("044", year=2024, body="五原县文体旅游广电局", fmt="f2021")
    d.nf("(國辦公開辦函⟦〔2021〕30號⟧)", "document number")
    d.nf("期限為⟦2024年1月1日至12月31日⟧", "date range")
    d.nf("廣電局⟦三樓⟧辦公室", "floor in an address")
    d.nf("郵編⟦015100⟧", "postcode")
    d.nf("電話(傳真):⟦0478-7828579⟧", "phone/fax")
    d.nf("電子郵箱:⟦wyxwtj@126.com⟧", "email")
    d.f("微信公眾號發布信息⟦[284]條⟧", "微信公众号发布信息", "proactive.channel.weixin", value=284, unit="条",
        approx=False, note="number in square brackets (template placeholder residue)")
    d.f("主動公開政務信息⟦78條⟧", "主动公开政务信息", "proactive.total")
    d.zero("本年度⟦未收到依申請公開⟧", "收到依申请公开", "apply.received.total")
    d.nf("進行⟦二次⟧審核", "ordinal (second review)")
    return d


if __name__ == "__main__":
    build().save()
