"""gknlp.numbers.scan on real report text (five seeds and ../shared/corpus).

Every case quotes a sentence verbatim from its source; ``test_sentences_are_real`` checks that the
quote really occurs in the file (corpus files are skipped when ../shared is absent).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gknlp.numbers import Mention, scan

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def source_text(src: str) -> str | None:
    """``seed001`` → seeds/001_*.txt; ``corpus013`` → ../shared/corpus/013.txt."""
    if src.startswith("seed"):
        return next((ROOT / "seeds").glob(f"{src[4:]}_*.txt")).read_text(encoding="utf-8")
    path = CORPUS / f"{src[6:]}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def find(sentence: str, surface: str) -> Mention:
    """The mention whose text is exactly ``surface`` (and whose span matches it)."""
    found = [m for m in scan(sentence) if m.text == surface]
    assert found, f"{surface!r} not found in {[m.text for m in scan(sentence)]}"
    m = found[0]
    assert sentence[m.start : m.end] == m.text
    return m


# (source, sentence, surface, value, unit, kind, approx, change)
FACTS = [
    ("seed000", "2017年度全县主动公开政府信息34207条。", "34207条", 34207, "条", "count", False, None),
    ("seed000", "2017年共受理行政审批事项193371件,办结193371件,办结率100%,群众满意率为98%", "100%", 100, "%", "percent", False, None),
    ("seed000", "2017年共受理行政审批事项193371件,办结193371件,办结率100%,群众满意率为98%", "98%", 98, "%", "percent", False, None),
    ("seed000", "计绘制运行流程图十大类2910张", "十大类", 10, "大类", "count", False, None),
    ("seed000", "计绘制运行流程图十大类2910张", "2910张", 2910, "张", "count", False, None),
    ("seed000", "政决策机制,聘请法律顾问2人", "2人", 2, "人", "person", False, None),
    ("seed000", "分三批次清理规范", "三批次", 3, "批次", "count", False, None),
    ("seed000", "为803户企业、604户专业合作社", "803户", 803, "户", "count", False, None),
    ("seed000", "开设“信息公开”“新闻中心”“镇原旅游”三个功能模块", "三个", 3, "个", "count", False, None),
    ("seed001", "全年累计组织各类政务公开培训52场次,参训人员达3500余人次", "3500余人次", 3500, "人次", "person-time", True, None),
    ("seed001", "全年累计组织各类政务公开培训52场次,参训人员达3500余人次", "52场次", 52, "场次", "count", False, None),
    ("seed001", "市委党校参训人员等约640人参加培训", "约640人", 640, "人", "person", True, None),
    ("seed001", "2018年,全市召开新闻发布会150场次、增长89.87%,其中", "增长89.87%", 89.87, "%", "percent", False, "increase"),
    ("seed001", "直播21场次、场均点击阅读量4万人次左右", "4万人次左右", 40000, "人次", "person-time", True, None),
    ("seed001", "全年全市收到依申请公开546件,同比下降32%", "下降32%", -32, "%", "percent", False, "decrease"),
    ("seed001", "全年全市收到依申请公开546件,同比下降32%", "546件", 546, "件", "count", False, None),
    ("seed001", "邀请20余名社会各界", "20余名", 20, "名", "person", True, None),
    ("seed003", "高频事项100 项", "100 项", 100, "项", "count", False, None),
    ("seed002", "门户网站群平均每月访问量达15万余次,访问总量达150万余次,同比增长18%", "15万余次", 150000, "次", "times", True, None),
    ("seed002", "门户网站群平均每月访问量达15万余次,访问总量达150万余次,同比增长18%", "150万余次", 1500000, "次", "times", True, None),
    ("seed002", "门户网站群平均每月访问量达15万余次,访问总量达150万余次,同比增长18%", "增长18%", 18, "%", "percent", False, "increase"),
    ("seed002", "民生保障系列等专题报道近千篇", "近千篇", 1000, "篇", "count", True, None),
    ("seed002", "其中,政策类信息2500余条,服务类信息1400余条", "2500余条", 2500, "条", "count", True, None),
    ("seed002", "印发3600本", "3600本", 3600, "本", "count", False, None),
    ("seed003", "16800万元", "16800万元", 168000000, "元", "money", False, None),
    ("seed003", "行政许可\n|\n1259\n|\n+3\n|\n18249", "+3", 3, None, "change", False, "increase"),
    ("seed003", "行政许可\n|\n1259\n|\n+3\n|\n18249", "18249", 18249, None, "count", False, None),
    ("seed003", "行政处罚\n|\n1433\n|\n-167\n|\n1266", "-167", -167, None, "change", False, "decrease"),
    ("seed003", "法律顾问列席政府常务会7人次,人大代表、政协委员和群众代表旁听政府常务会6次18人", "7人次", 7, "人次", "person-time", False, None),
    ("seed003", "法律顾问列席政府常务会7人次,人大代表、政协委员和群众代表旁听政府常务会6次18人", "6次", 6, "次", "times", False, None),
    ("seed003", "法律顾问列席政府常务会7人次,人大代表、政协委员和群众代表旁听政府常务会6次18人", "18人", 18, "人", "person", False, None),
    ("seed003", "政府申请行政复议一件", "一件", 1, "件", "count", False, None),
    ("seed003", "全年处理各级收文4247余件,发文1200余件", "4247余件", 4247, "件", "count", True, None),
    ("seed003", "示服务事项共计 818 项", "818 项", 818, "项", "count", False, None),
    ("seed003", "企业单位 6 家", "6 家", 6, "家", "count", False, None),
    ("seed004", "网站点击量3500余人次", "3500余人次", 3500, "人次", "person-time", True, None),
    ("seed004", "撰写调研文章11篇", "11篇", 11, "篇", "count", False, None),
    ("seed004", "(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条) |\n条 |\n128 |", "128", 128, None, "count", False, None),
    ("corpus010", "惠及职工约1.2万人", "约1.2万人", 12000, "人", "person", True, None),
    ("corpus010", "核减财政投资概算六千余万元，节约率达15%", "六千余万元", 60000000, "元", "money", True, None),
    ("corpus010", "核减财政投资概算六千余万元，节约率达15%", "15%", 15, "%", "percent", False, None),
    ("corpus010", "汇聚1.59亿条数据", "1.59亿条", 159000000, "条", "count", False, None),
    ("corpus010", "以保函形式提交保证金1.76万次，占比达88.5%，为企业释放资金54.37亿元", "1.76万次", 17600, "次", "times", False, None),
    ("corpus010", "以保函形式提交保证金1.76万次，占比达88.5%，为企业释放资金54.37亿元", "54.37亿元", 5437000000, "元", "money", False, None),
    ("corpus010", "总交易额约125亿元", "约125亿元", 12500000000, "元", "money", True, None),
    ("corpus012", "年平均工资为110646元，比上年增加4051元，名义增长3.8%", "增加4051元", 4051, "元", "change", False, "increase"),
    ("corpus012", "年平均工资为110646元，比上年增加4051元，名义增长3.8%", "增长3.8%", 3.8, "%", "percent", False, "increase"),
    ("corpus012", "年平均工资为110646元，比上年增加4051元，名义增长3.8%", "110646元", 110646, "元", "money", False, None),
    ("corpus013", "生猪、家禽年末存栏数分别为103565头和90万只，分别较上年末增长39.4和56.5%", "增长39.4", 39.4, "%", "percent", False, "increase"),
    ("corpus013", "生猪、家禽年末存栏数分别为103565头和90万只，分别较上年末增长39.4和56.5%", "56.5%", 56.5, "%", "percent", False, "increase"),
    ("corpus013", "生猪、家禽年末存栏数分别为103565头和90万只，分别较上年末增长39.4和56.5%", "90万只", 900000, "只", "count", False, None),
    ("corpus013", "羊存栏数19158头，下降 1.6%", "下降 1.6%", -1.6, "%", "percent", False, "decrease"),
    ("corpus013", "西瓜产量1297吨，增长11.7 %", "增长11.7 %", 11.7, "%", "percent", False, "increase"),
    ("corpus013", "全区人口出生率（计生口径）为12.15‰，政策符合率为87.6%", "12.15‰", 12.15, "‰", "permille", False, None),
    ("corpus013", "全年粮食播种面积69274亩，比上年减少7165亩，下降9.3%", "减少7165亩", -7165, "亩", "change", False, "decrease"),
    ("corpus013", "全年粮食播种面积69274亩，比上年减少7165亩，下降9.3%", "下降9.3%", -9.3, "%", "percent", False, "decrease"),
    ("corpus013", "第二产业贡献率为68.6％，拉动GDP增长12.4个百分点", "增长12.4个百分点", 12.4, "个百分点", "pp", False, "increase"),
    ("corpus013", "第二产业贡献率为68.6％，拉动GDP增长12.4个百分点", "68.6％", 68.6, "%", "percent", False, None),
    ("corpus015", "各区属国企累计已减免1,192户共计5,208万元租金", "1,192户", 1192, "户", "count", False, None),
    ("corpus015", "各区属国企累计已减免1,192户共计5,208万元租金", "5,208万元", 52080000, "元", "money", False, None),
    ("corpus015", "所监管区属国企资产总额1,100.76亿元、同比增长1.77%", "1,100.76亿元", 110076000000, "元", "money", False, None),
    ("corpus015", "发行澳门债券1.5亿等值美元和境外债项目2.5亿美元", "2.5亿美元", 250000000, "美元", "money", False, None),
    ("corpus015", "发行澳门债券1.5亿等值美元和境外债项目2.5亿美元", "1.5亿", 150000000, None, "count", False, None),
    ("corpus015", "子公司从原先的36家重组为24 家的后续工作", "24 家", 24, "家", "count", False, None),
    ("corpus017", "减收63.15亿元，下降61.0%（同口径比下降54.2%）", "减收63.15亿元", -6315000000, "元", "change", False, "decrease"),
    ("corpus017", "减收63.15亿元，下降61.0%（同口径比下降54.2%）", "下降54.2%", -54.2, "%", "percent", False, "decrease"),
    ("corpus018", "收录台湾地区标准题录数据约22000余条并适时更新", "约22000余条", 22000, "条", "count", True, None),
    ("corpus018", "培训经营主体1000余家次", "1000余家次", 1000, "家次", "count", True, None),
    ("corpus019", "城镇居民人均可支配收入增长8%以上", "增长8%以上", 8, "%", "percent", True, "increase"),
    ("corpus019", "城镇登记失业率控制在3.5%以内", "3.5%以内", 3.5, "%", "percent", True, None),
    ("corpus030", "累积阅读量达350余万", "350余万", 3500000, None, "count", True, None),
    ("corpus035", "“六稳六保”工作推进及成效54余条", "54余条", 54, "条", "count", True, None),
    ("corpus042", "总关注量137.6万", "137.6万", 1376000, None, "count", False, None),
    ("corpus042", "共发布信息3376条", "3376条", 3376, "条", "count", False, None),
    ("corpus044", "微信公眾號發布信息[284]條", "[284]條", 284, "条", "count", False, None),
    ("corpus054", "全年平台更新栏目7大类123条内容", "123条", 123, "条", "count", False, None),
    ("corpus063", "微信公众号和微博的粉丝数量均超过百万人", "超过百万人", 1000000, "人", "person", True, None),
    ("corpus063", "司法部官网总点击量达17.9亿次,客户端关注数达102203人", "17.9亿次", 1790000000, "次", "times", False, None),
    ("corpus065", "至今关注人数已超过25万", "超过25万", 250000, None, "count", True, None),
    ("corpus033", "一式三份向市档案馆、市图书馆和市行政许可服务中心报送,全年共报送711份", "711份", 711, "份", "count", False, None),
    ("corpus010", "占平潭片区全国首创总数的1/3", "1/3", 1 / 3, None, "ratio", False, None),
    ("corpus014", "实际采购金额为17814.37万元,共核减1200.90万元，核减率为6.32%", "1200.90万元", 12009000, "元", "money", False, None),
    ("corpus010", "压缩一般业务登记时限至1天，全部登记至2天", "1天", 1, "天", "duration", False, None),
    ("corpus010", "首批8个事项办理时限最快压缩至1个工作日", "1个工作日", 1, "个工作日", "duration", False, None),
    ("corpus013", "全年新装住宅电话11093部", "11093部", 11093, "部", "count", False, None),
    ("corpus013", "2012年，全区粮食产量20781吨，减产2509吨，下降10.7%", "减产2509吨", -2509, "吨", "change", False, "decrease"),
    ("corpus030", "其中推送的“苏政50条”、“淮上通”电子通行证等240余篇涉疫情类信息", "240余篇", 240, "篇", "count", True, None),
    # TRIAGE D9: ranks stated as results (rank context word before 第N in the same clause)
    ("corpus019", "“12345”诉求办理群众满意率从全省第10位上升到第6位", "第10位", 10, "位", "rank", False, None),
    ("corpus019", "“12345”诉求办理群众满意率从全省第10位上升到第6位", "第6位", 6, "位", "rank", False, None),
    ("corpus010", "政务数据业务办理项关联率连续两个季度位列全省第一。", "第一", 1, "名", "rank", False, None),
    ("corpus016", "竞赛积分排名全区单位第1名，组织", "第1名", 1, "名", "rank", False, None),
    ("corpus019", "海运业总运力超过300万吨，规模居全省第一，风能产业链", "第一", 1, "名", "rank", False, None),
    ("corpus020", "中国政府网站绩效评估中获全国地级城市政府网站中排名第四,较2011", "第四", 4, "名", "rank", False, None),
    # TRIAGE D9: a structure lists its terms as values; X:100 after 比 is X per hundred
    ("corpus013", "三次产业结构由上年27.0:28.5:44.5调整为本期的24.5:34.0:41.5", "28.5", 28.5, None, "other", False, None),
    ("corpus013", "三次产业结构由上年27.0:28.5:44.5调整为本期的24.5:34.0:41.5", "41.5", 41.5, None, "other", False, None),
    ("corpus013", "粮食与经济作物的种植结构由上年的39.9:60.1调整为38.1:61.9。", "61.9", 61.9, None, "other", False, None),
    ("corpus013", "其中：男性210247人，女性203251人，男女性别比为103.4:100", "103.4:100", 103.4, None, "ratio", False, None),
    # rules of TRIAGE D8 must leave their look-alike facts alone
    ("corpus019", "城镇居民人均可支配收入增长8%以上", "增长8%以上", 8, "%", "percent", True, "increase"),
    ("corpus013", "全年共征收社会抚养费3032万元，其中10万元以上13例。", "13例", 13, "例", "count", False, None),
    ("corpus016", "判处五年以上刑期8人，重刑率66%", "8人", 8, "人", "person", False, None),
    ("corpus010", "已归集5类行政管理数据2104条", "5类", 5, "类", "count", False, None),
    ("corpus015", "有效盘活金井跨境电商园及澳前物流园一期，实现出租率100%", "100%", 100, "%", "percent", False, None),
    ("corpus013", "新建改造10千伏线路236公里、低压线路569公里", "236公里", 236, "公里", "measure", False, None),
]

# (source, sentence, surface, reason)
NONFACTS = [
    ("seed000", "索引号: XXGK/2018-4388 文 号:", "XXGK/2018-4388", "index"),
    ("seed000", "发布机构: 政府办 发布日期: 2018-02-23", "2018-02-23", "date"),
    ("seed000", "年度报告中所列数据的统计期限自2017年1月1日起至12月31日止。", "2017年1月1日", "date"),
    ("seed000", "年度报告中所列数据的统计期限自2017年1月1日起至12月31日止。", "12月31日", "date"),
    ("seed000", "电话:0934-7135819,传真:0934-7121808。", "0934-7135819", "phone"),
    ("seed000", "电话:0934-7135819,传真:0934-7121808。", "0934-7121808", "phone"),
    ("seed000", "深入贯彻落实《发庆阳市2017年政务公开工作要点》(庆政办发〔2017〕145号)文件精神", "〔2017〕145号", "doc_number"),
    ("seed000", "深入贯彻落实《发庆阳市2017年政务公开工作要点》(庆政办发〔2017〕145号)文件精神", "2017年", "year"),
    ("seed000", "2017年度全县主动公开政府信息34207条。", "2017年度", "year"),
    ("seed000", "(一)深入贯彻落实,提高政府信息公开工作水平", "(一)", "list_marker"),
    ("seed000", "公开督查动态44条。三是推进政府", "三是", "list_marker"),
    ("seed000", "开展第四轮服务事项", "第四轮", "ordinal"),
    ("seed000", "将2009年至2016年的规范性", "2009年至2016年", "date"),
    ("seed000", "年份\n\n2013\n\n2014\n\n2015\n\n2016\n\n2017\n\n主动公开信息数", "2015", "year"),
    ("seed001", "公开年报 浏览次数: 29386", "29386", "page_meta"),
    ("seed001", "邮编:236010,联系电话:0558-2198055,电子邮箱:fyszwgk@163.com)", "236010", "postcode"),
    ("seed001", "邮编:236010,联系电话:0558-2198055,电子邮箱:fyszwgk@163.com)", "0558-2198055", "phone"),
    ("seed001", "邮编:236010,联系电话:0558-2198055,电子邮箱:fyszwgk@163.com)", "fyszwgk@163.com", "email"),
    ("seed001", "市政府第27、34次常务会议和市委第56次常委会会议", "第56次", "ordinal"),
    ("seed001", "市政府第27、34次常务会议和市委第56次常委会会议", "34次", "ordinal"),
    ("seed001", "打赢‘三大攻坚战", "三", "name"),
    ("seed001", "积极公开“十三五”渔业", "十三五", "name"),
    ("seed001", "“两微一端”等解读好相关政策措施", "两微一端", "name"),
    ("seed001", "1.大力推进“五公开”。", "1.", "list_marker"),
    ("seed001", "附件:阜阳市2018年政府信息公开工作年度报告.doc [40.5 KB]", "40.5 KB", "file_size"),
    ("seed001", "进一步提升,连续三年荣获", "三年", "duration"),
    ("seed002", "清镇市红旗路7号,", "7号", "address"),
    ("seed003", "及时办理政务服务热线电话“12345”反馈的事项,全年共办理12345交办事项16028件", "12345", "name"),
    ("seed003", "项当天答复,复杂问题三天内正式答复", "三天", "duration"),
    ("seed003", "第二十条第(一)项", "第二十条第(一)项", "law_article"),
    ("seed003", "在区政府网站开设了“脱贫攻坚”“环保督察”", None, None),
    ("seed004", "(一)回应公众关注热点或重大舆情数 (不同方式回应同一热点或舆情计1次) |", "计1次", "counting_rule"),
    ("seed004", "请联系:平江县民政局办公室,电话6282639。", "6282639", "phone"),
    ("corpus001", "电子邮箱：24336243@163.com）", "24336243@163.com", "email"),
    ("corpus001", " 二○一二年二月二十日 附件1：", "二○一二年二月二十日", "date"),
    ("corpus008", "金井湾商务营运中心7号楼14层，邮编：350400", "7号楼", "address"),
    ("corpus008", "金井湾商务营运中心7号楼14层，邮编：350400", "14层", "address"),
    ("corpus010", "2022年福建自贸试验区第19批创新举措中", "第19批", "ordinal"),
    ("corpus010", "推动重点区域5G网络全覆盖", "5G", "code"),
    ("corpus011", "2013年1-12月国库支付中心共办理支付11745笔", "2013年1-12月", "date"),
    ("corpus012", "GB/T4754-2017", "GB/T4754-2017", "code"),
    ("corpus015", "建立未来3-5年内拟投资的产业项目库", "3-5年", "range"),
    ("corpus016", "“4.15国家安全日”教育宣传", "4.15", "name"),
    ("corpus019", "争取新增缔结1-2个友好城市", "1-2个", "range"),
    ("corpus021", "(侯政办[2018]127号)文件要求", "[2018]127号", "doc_number"),
    ("corpus025", "本报告中所列数据的统计期限自201411日起,至20141231日止", "201411日", "date"),
    ("corpus025", "本报告中所列数据的统计期限自201411日起,至20141231日止", "20141231日", "date"),
    ("corpus025", "(永政办〔2014146号)要求", "〔2014146号", "doc_number"),
    ("corpus028", "地址:怀远县榴城镇新河路226号,邮编233400,联系电话:0552-2226016,电子邮箱:bgs8011360@126.com", "226号", "address"),
    ("corpus028", "地址:怀远县榴城镇新河路226号,邮编233400,联系电话:0552-2226016,电子邮箱:bgs8011360@126.com", "233400", "postcode"),
    ("corpus028", "地址:怀远县榴城镇新河路226号,邮编233400,联系电话:0552-2226016,电子邮箱:bgs8011360@126.com", "bgs8011360@126.com", "email"),
    ("corpus030", "(国令第711号)规定编制", "令第711号", "doc_number"),
    ("corpus033", "一式三份向市档案馆", "一式三份", "name"),
    ("corpus039", "索引号: 002590200/2024-00351 公开方式: 主动公开", "002590200/2024-00351", "index"),
    ("corpus043", "電話: 3130002,傳真:3130003,郵編:675000)", "3130002", "phone"),
    ("corpus043", "電話: 3130002,傳真:3130003,郵編:675000)", "3130003", "phone"),
    ("corpus043", "電話: 3130002,傳真:3130003,郵編:675000)", "675000", "postcode"),
    ("corpus046", "減用負值表示,如-8) | 處理決定數量(指2020年辦件量)", "-8", "example"),
    ("corpus046", "減用負值表示,如-8) | 處理決定數量(指2020年辦件量)", "2020年", "year"),
    ("corpus050", "2012.02.15", "2012.02.15", "date"),
    ("corpus050", "QA4425051-2012-001", "QA4425051-2012-001", "code"),
    ("corpus055", "本报告中所列数据的统计期限自202111日起至20211230日止", "20211230日", "date"),
    ("corpus062", "市政府大楼A区210室,邮编:550081,电话:0851-87989210)", "210室", "address"),
    ("corpus062", "市政府大楼A区210室,邮编:550081,电话:0851-87989210)", "0851-87989210", "phone"),
    ("corpus064", "本报告所列数据的统计时限自20181月1日起至201812月31日止", "20181月1日", "date"),
    ("corpus064", "本报告所列数据的统计时限自20181月1日起至201812月31日止", "201812月31日", "date"),
    ("corpus001", "因此，我们考虑从以下三个方面作进一步的改进", "三个", "rhetorical"),
    ("seed001", "发布时间:2019-03-27 08:00 字体大小", "2019-03-27 08:00", "date"),
    ("corpus015", "（二）深化国资国企改革一是国企改革三年行动任务如期完成", "三年", "name"),
    ("corpus018", "一、2024年市场监管工作总结过去一年，我们多措并举推进校园食品整治", "一年", "duration"),
    ("corpus019", "2018年是全面贯彻落实党的十九大精神的开局之年，是改革开放40周年", "40周年", "anniversary"),
    ("corpus008", "规章000行政规范性文件8855698第二十条第（五）项信息内容", "第二十条第（五）项", "law_article"),
    ("corpus008", "5.属于三类内部事务信息 1000001", "三类内部事务", "name"),
    ("corpus048", "指定一名分管领导统筹负责", "一名", "article"),
    ("corpus010", "业务档案数字化（一期）正在挂接数据", "一期", "ordinal"),
    ("seed001", "公开质量和实效进一步提升,连续三年荣获“全省政务公开工作先进单位”荣誉称号", "三年", "duration"),
    ("corpus030", "其中推送的“苏政50条”、“淮上通”电子通行证等240余篇涉疫情类信息", "50条", "name"),
    ("corpus036", "2013/3/1", "2013/3/1", "date"),
    # TRIAGE D8: thresholds, phases, sessions, campaign slogans, titles, numerals glued to words
    ("corpus013", "在全省率先对小学学生人数100人以下的薄弱校按100人补足生均公用经费", "100人以下", "threshold"),
    ("corpus013", "初中学生在300人以下的薄弱校补助生均公用经费3万元", "300人以下", "threshold"),
    ("corpus013", "全年共征收社会抚养费3032万元，其中10万元以上13例。", "10万元以上", "threshold"),
    ("corpus019", "拆除了影响项目建设2年以上的房屋80座", "2年以上", "threshold"),
    ("corpus016", "判处五年以上刑期8人，重刑率66%", "五年以上", "threshold"),
    ("corpus015", "有效盘活金井跨境电商园及澳前物流园一期，实现出租率100%", "一期", "ordinal"),
    ("corpus019", "深入贯彻党的十九大及十九届二中、三中全会和省委十届七次全会、省委经济工作会议精神", "七次", "ordinal"),
    ("corpus019", "掀起“大干120天 打好七大攻坚战”热潮", "120天", "name"),
    ("corpus010", "印发《关于做好5类行政管理信息归集上报工作的通知》", "5类", "title"),
    ("corpus015", "紧扣“旅游、对台、创新、生态”四篇大文章", "四篇", "rhetorical"),
    ("corpus013", "建筑业增加值在总量上首次超过一产", "超过一", "name"),
    ("corpus019", "优化提升两岸三创基地、跨境电商基地", "提升两", "name"),
    ("corpus010", "依托12345台胞台企服务专区，", "12345", "name"),  # 台胞 is a word, 台 no measure word
    ("corpus013", "新建改造10千伏线路236公里、低压线路569公里", "10千伏", "specification"),
    ("corpus013", "协力科技园封装厂动力车间封顶，6英寸芯片厂建设在推进之中", "6英寸", "specification"),
]


@pytest.mark.parametrize("src,sentence,surface,value,unit,kind,approx,change", FACTS,
                         ids=[f"{c[0]}:{c[2]}" for c in FACTS])
def test_fact(src, sentence, surface, value, unit, kind, approx, change):
    m = find(sentence, surface)
    assert m.is_fact, m.reason
    assert m.reason is None
    assert m.value == value and type(m.value) is type(value)
    assert (m.unit, m.kind, m.approx, m.change) == (unit, kind, approx, change)
    assert sentence[m.num_start : m.num_end] in surface


@pytest.mark.parametrize("src,sentence,surface,reason", [c for c in NONFACTS if c[2]],
                         ids=[f"{c[0]}:{c[2]}" for c in NONFACTS if c[2]])
def test_nonfact(src, sentence, surface, reason):
    m = find(sentence, surface)
    assert not m.is_fact
    assert m.reason == reason


@pytest.mark.parametrize("src,sentence", sorted({(c[0], c[1]) for c in FACTS + [n[:2] + (None,) * 6 for n in NONFACTS]}))
def test_sentences_are_real(src, sentence):
    text = source_text(src)
    if text is None:
        pytest.skip("../shared/corpus not available")
    assert sentence in text


def test_no_numbers_no_mentions():
    assert scan("在区政府网站开设了“脱贫攻坚”“环保督察”") == []
    assert scan("") == []


def test_offsets_refer_to_the_input_as_given():
    # full-width digits and traditional characters: folded for matching, offsets unchanged
    text = "發佈信息１２３條，約22000余條"
    ms = scan(text)
    assert [(m.text, m.value, m.unit, m.approx) for m in ms] == [("１２３條", 123, "条", False), ("約22000余條", 22000, "条", True)]
    for m in ms:
        assert text[m.start : m.end] == m.text


def test_thousands_separator_but_not_lists():
    assert [(m.text, m.value) for m in scan("共1，234条")] == [("1，234条", 1234)]
    assert [m.value for m in scan("序号1，2，3")] == [1, 2, 3]


def test_spec_forms_not_in_the_seeds():
    """Forms named in the brief (traditional numerals/scales) built from the grammar's pieces."""
    values = {m.text: (m.value, m.unit, m.approx) for m in scan("4千余條、4.14万条、30.9万次、6.7万余条、2.5亿、17 萬余人、两千人、一百二十件、十一个、百分之九十五")}
    assert values == {
        "4千余條": (4000, "条", True), "4.14万条": (41400, "条", False), "30.9万次": (309000, "次", False),
        "6.7万余条": (67000, "条", True), "2.5亿": (250000000, None, False), "17 萬余人": (170000, "人", True),
        "两千人": (2000, "人", False), "一百二十件": (120, "件", False), "十一个": (11, "个", False),
        "百分之九十五": (95, "%", False),
    }


def test_change_words():
    ms = {m.text: m for m in scan("较上年上升261%，增加12件，减少3件，新增311条，比上年多12件")}
    assert ms["上升261%"].value == 261 and ms["上升261%"].change == "increase"
    assert (ms["增加12件"].value, ms["增加12件"].kind) == (12, "change")
    assert ms["减少3件"].value == -3
    assert ms["311条"].change is None and ms["311条"].value == 311  # 新增 is a level, not a change
    assert ms["多12件"].value == 12 and ms["多12件"].change == "increase"


def test_type_error_on_bytes():
    with pytest.raises(TypeError):
        scan(b"123")  # type: ignore[arg-type]


# --- TRIAGE D2: compound and malformed numerals (no occurrence in seeds/corpus: realistic
# sentences in the reports' own wording, as PDF/crawl extractions produce them) -------------------

def facts_of(sentence: str) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in scan(sentence) if m.is_fact]


def test_compound_numeral_is_one_fact():
    assert facts_of("全年共收到政府信息公开申请1万2千件") == [("1万2千件", 12000)]
    assert facts_of("参训人员3万5千余人次") == [("3万5千余人次", 35000)]
    assert facts_of("累计访问量2万3456次") == [("2万3456次", 23456)]
    assert facts_of("完成投资1亿2000万元，其中专项资金1亿2千万元") == [("1亿2000万元", 120000000), ("1亿2千万元", 120000000)]
    # a 4-digit run after 万 that starts the next phrase of an unpunctuated text is no tail
    assert [(m.text, m.value, m.reason) for m in scan("访问量达3.5万2019年以来")] == [
        ("3.5万", 35000, None), ("2019年", 2019, "year")]


def test_session_ordinals_leave_counts_alone():
    assert facts_of("完成两委换届87个村，召开全会3次") == [("87个", 87), ("3次", 3)]


def test_irregular_comma_grouping_is_one_garbled_mention():
    ms = scan("全年共收到申请1,2345,678件，办结率100%")
    assert [(m.text, m.is_fact, m.reason, m.value) for m in ms] == [
        ("1,2345,678件", False, "garbled", None), ("100%", True, None, 100)]


def test_several_dots_are_one_garbled_mention():
    ms = scan("全年共收到申请12.34.56件")
    assert [(m.text, m.is_fact, m.reason) for m in ms] == [("12.34.56件", False, "garbled")]


def test_several_commas_of_threes_are_ambiguous():
    """120,300,450 is a list or a number: never a silently wrong value; with decimals it is a number."""
    ms = scan("三个渠道分别受理120,300,450件")
    assert [(m.text, m.is_fact, m.reason) for m in ms] == [("三个", True, None), ("120,300,450件", False, "garbled")]
    assert facts_of("采购金额1,234,567.89元") == [("1,234,567.89元", 1234567.89)]
    assert facts_of("共1，234条") == [("1，234条", 1234)]  # one separator: a number (unchanged)


def test_space_grouped_digits():
    assert facts_of("全年共收到申请12 345件") == [("12 345件", 12345)]
    assert facts_of("主动公开信息1 234 567条") == [("1 234 567条", 1234567)]
    ms = scan("全年共收到申请12 34件")
    assert [(m.text, m.is_fact, m.reason) for m in ms] == [("12 34件", False, "garbled")]
    # without a unit after them, space-separated numbers are table cells, not one number
    assert facts_of("行政许可 12 345 678") == [("12", 12), ("345", 345), ("678", 678)]


# --- TRIAGE D3: 成 (tenths) and explicit signs after change verbs ----------------------------------

def test_tenths_after_change_verbs_and_share_words():
    ms = {m.text: m for m in scan("较上年增长二成，依申请公开减少了三成，网上申请占三成，约三成左右")}
    assert (ms["增长二成"].value, ms["增长二成"].unit, ms["增长二成"].kind, ms["增长二成"].change) == (20, "%", "percent", "increase")
    assert (ms["减少了三成"].value, ms["减少了三成"].unit, ms["减少了三成"].change) == (-30, "%", "decrease")
    assert (ms["三成"].value, ms["三成"].unit, ms["三成"].is_fact) == (30, "%", True)
    assert (ms["约三成左右"].value, ms["约三成左右"].approx) == (30, True)


def test_cheng_elsewhere_is_no_unit():
    assert scan("坚持一成不变") == []
    assert [(m.text, m.value, m.unit) for m in scan("吸收3成员单位")] == [("3", 3, None)]
    assert [(m.text, m.is_fact) for m in scan("形成三成果")] == [("三", False)]


def test_explicit_sign_after_change_verb():
    ms = {m.text: m for m in scan("依申请公开数量同比增长-5%，行政复议数量同比下降-32%，诉讼增长+3件")}
    assert (ms["增长-5%"].value, ms["增长-5%"].change) == (-5, "decrease")
    assert (ms["下降-32%"].value, ms["下降-32%"].change) == (-32, "decrease")  # redundant minus keeps the fall
    assert (ms["增长+3件"].value, ms["增长+3件"].change, ms["增长+3件"].kind) == (3, "increase", "change")


# --- TRIAGE D8: repeated glued names, cover year ---------------------------------------------------

def test_spam_site_name_glued_to_a_number():
    text = source_text("seed000")
    spam = [m for m in scan(text) if m.text == "365"]
    assert len(spam) == 10 and all(not m.is_fact and m.reason == "name" for m in spam)


def test_glued_number_seen_once_stays_a_fact():
    assert facts_of("发布信息365条，可在365足球即时比分门户网站查询") == [("365条", 365), ("365", 365)]


def test_cover_year_alone_on_a_title_line():
    text = source_text("corpus036")
    if text is None:
        pytest.skip("../shared/corpus not available")
    head = [m for m in scan(text[:40]) if m.text == "2013"]
    assert text.startswith("文档内容\n2013\n")
    assert [(m.is_fact, m.reason) for m in head] == [(False, "year")]
    # a year-like number alone on a line deep inside a one-cell-per-line table is a cell
    cells = "表一\n主动公开\n信息数\n条\n2026\n"
    assert facts_of("\n".join(["标题", "正文"] * 5) + "\n" + cells) == [("2026", 2026)]


def test_ordinals_outside_a_rank_context_stay_ordinals():
    ms = scan("进入全省第一方阵，开展第四轮服务事项，全国第一个，前20名")
    assert [(m.text, m.is_fact, m.reason) for m in ms] == [
        ("第一", False, "ordinal"), ("第四轮", False, "ordinal"), ("第一个", False, "ordinal"), ("前20名", False, "rank")]


def test_ratio_terms_and_other_ratios():
    text = "三次产业结构由上年27.0:28.5:44.5调整为本期的24.5:34.0:41.5"
    assert facts_of(text) == [("27.0", 27), ("28.5", 28.5), ("44.5", 44.5), ("24.5", 24.5), ("34.0", 34), ("41.5", 41.5)]
    for m in scan(text):
        assert text[m.start : m.end] == m.text
    # without a structure / 比 context a ratio stays one non-fact (a score, a scale)
    assert [(m.text, m.is_fact, m.reason) for m in scan("比赛以3:1获胜，按1:500比例尺绘制")] == [
        ("3:1", False, "ratio"), ("1:500", False, "ratio")]


def test_number_cut_off_at_the_end_of_a_crawl():
    text = source_text("corpus046")
    if text is None:
        pytest.skip("../shared/corpus not available")
    assert text.rstrip().endswith("採購項目數量(指202")
    last = scan(text)[-1]
    assert (last.text, last.is_fact, last.reason) == ("202", False, "garbled")
    # a table that ends with a number stays a fact
    assert facts_of("政府信息公开行政诉讼 | 总计 | 12\n") == [("12", 12)]
