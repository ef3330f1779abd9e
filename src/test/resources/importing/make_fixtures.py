#!/usr/bin/env python3
"""Writes the import fixtures (fixtures/NN-name.ext) and what each must yield (NN-name.expected.json).

Each case is a document we made up in one of the shapes published documents come in: a Markdown pipe table, text
copied from a web page (tabs, merged cells left out), a whole table on one line, a Word table pasted as one cell per
line, an HTML page with row and column spans, GB18030 text, Traditional characters and full-width digits, OCR damage.
The expected JSON is written from the case's own figures here, not from what the extractor prints: it lists the
fields to compare (a subset of the output), every indicator row, and the finding codes that must fire (and no
others). Run it again after changing a case: python3 make_fixtures.py
"""
import json, os
from decimal import Decimal as D

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")

# ---- a project self-evaluation as data -----------------------------------------------------------------------------

def row(l1, l2, name, target, actual, weight, score, reason="", parent=None):
    return dict(level1=l1, level2=l2, name=name, target=target, actual=actual, weight=weight, score=score,
                reason=reason, parent=parent)

def base_rows():
    return [
        row("产出指标", "数量指标", "举办青年就业见习培训场次", "≥12场", "14场", "10", "10"),
        row("产出指标", "数量指标", "参训青年人数", "≥600人", "652人", "10", "10"),
        row("产出指标", "质量指标", "见习岗位留用率", "≥30%", "35%", "10", "10"),
        row("产出指标", "时效指标", "培训按计划完成率", "100%", "100%", "10", "10"),
        row("产出指标", "成本指标", "人均培训成本", "≤800元", "760元", "10", "10"),
        row("效益指标", "社会效益指标", "青年就业能力提升", "明显提升", "达到预期", "15", "13", "部分学员中途退出，下年度加强跟踪"),
        row("效益指标", "可持续影响指标", "见习基地长效运行", "长期", "已建立", "15", "15"),
        row("满意度指标", "服务对象满意度指标", "参训青年满意度", "≥90%", "94%", "10", "10"),
    ]

def case(**kw):
    c = dict(kind="project-selfeval", title="项目支出绩效自评表", year=2023, unit="某市青年就业创业服务中心",
             department="共青团某市委员会", project="青年就业见习培训专项", money_unit="万元",
             initial="120", full="118.5", spent="110.2", rate="93.00%", exec_weight="10", exec_score="9.3",
             rows=base_rows(), total_weight="100", total_score=None, findings=[], problems=0, has_total=True)
    c.update(kw)
    if c["total_score"] is None and c["rows"]:
        s = sum(D(r["score"]) for r in c["rows"] if r["score"] not in ("", None) and not r.get("is_parent"))
        s += D(c["exec_score"] or "0")
        c["total_score"] = str(s)
    return c

def money_cells(c):
    sources = c.get("sources") or [(c["initial"], c["full"], c["spent"]), ("", "", ""), ("", "", "")]
    return [["项目资金（万元）" if c["money_unit"] == "万元" else "项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", c["initial"], c["full"], c["spent"], c["exec_weight"], c["rate"], c["exec_score"]],
            ["", "其中：当年财政拨款"] + list(sources[0]) + ["—", "—", "—"],
            ["", "上年结转资金"] + list(sources[1]) + ["—", "—", "—"],
            ["", "其他资金"] + list(sources[2]) + ["—", "—", "—"]]

HEADER = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

def grid(c):
    """The whole table as a grid of 9 columns; a merged cell keeps its text in its first place."""
    g = [["项目名称", c["project"], "", "", "", "", "", "", ""],
         ["主管部门", c["department"], "", "", "实施单位", c["unit"], "", "", ""]]
    for m in money_cells(c):
        g.append(m + [""])
    g.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    g.append(["", "组织青年参加就业见习培训，提升就业能力。", "", "", "", "按计划完成培训，多数学员找到工作。", "", "", ""])
    g.append(HEADER)
    prev1 = prev2 = None
    for r in c["rows"]:
        l1 = r["level1"] if r["level1"] != prev1 else ""
        l2 = r["level2"] if (r["level2"] != prev2 or l1) else ""
        prev1, prev2 = r["level1"], r["level2"]
        g.append(["", l1, l2, r["name"], r["target"], r["actual"], r["weight"], r["score"], r["reason"]])
    if c["has_total"]:
        g.append(["总分", "", "", "", "", "", c["total_weight"], c["total_score"], ""])
    return g

def head_lines(c):
    return [c["title"], "（%d年度）" % c["year"]]

def markdown(c):
    out = ["## " + head_lines(c)[0], "", head_lines(c)[1], ""]
    g = grid(c)
    out.append("| " + " | ".join(g[0]) + " |")
    out.append("|" + "---|" * len(g[0]))
    for r in g[1:]:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out) + "\n"

def web_tabs(c):
    """Copied from a browser: tabs between cells, a merged cell left out of the rows below its first."""
    out = head_lines(c)
    for r in grid(c):
        cells = list(r)
        # the merged label columns at the left are not repeated on the rows under them
        while len(cells) > 3 and cells[0] == "" and cells[1] == "":
            cells = cells[2:] if cells[2] == "" else cells[1:]
        if cells and cells[0] == "" and len(cells) > 3:
            cells = cells[1:]
        out.append("\t".join(cells))
    return "\n".join(out) + "\n"

def run_on(c):
    g = grid(c)
    return "\n".join(head_lines(c)) + "\n" + "| " + " | ".join(" | ".join(r) for r in g) + " |\n"

def cell_lines(c):
    out = list(head_lines(c))
    for r in grid(c):
        out.append("")
        out.extend("\t" + x for x in r)
    return "\n".join(out) + "\n"

def html(c):
    g = grid(c)
    rows = []
    for r in g:
        rows.append("<tr>" + "".join("<td>%s</td>" % x for x in r) + "</tr>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a> &gt; 政务公开</div><h1>%s</h1><p>%s</p>"
            "<p class=\"unit\">单位：%s</p><table border=\"1\">%s</table><p>发布日期：%d年3月20日</p></body></html>\n") % (
        head_lines(c)[0], head_lines(c)[0], head_lines(c)[1], c["money_unit"], "\n".join(rows), c["year"] + 1)

def html_spans(c):
    """A page with real row and column spans, as published tables are."""
    r = c["rows"]
    body = []
    body.append("<tr><td>项目名称</td><td colspan=\"8\">%s</td></tr>" % c["project"])
    body.append("<tr><td>主管部门</td><td colspan=\"3\">%s</td><td>实施单位</td><td colspan=\"4\">%s</td></tr>" % (c["department"], c["unit"]))
    m = money_cells(c)
    body.append("<tr><td rowspan=\"5\">%s</td><td></td>%s<td></td></tr>" % (m[0][0], "".join("<td>%s</td>" % x for x in m[0][2:])))
    for k in range(1, 5):
        body.append("<tr>%s<td></td></tr>" % "".join("<td>%s</td>" % x for x in m[k][1:]))
    body.append("<tr><td rowspan=\"%d\">绩效指标</td>%s</tr>" % (len(r) + 1, "".join("<td>%s</td>" % x for x in HEADER[1:])))
    i = 0
    while i < len(r):
        j = i
        while j < len(r) and r[j]["level1"] == r[i]["level1"]:
            j += 1
        k = i
        while k < j:
            e = k
            while e < j and r[e]["level2"] == r[k]["level2"]:
                e += 1
            for n in range(k, e):
                cells = ""
                if n == i:
                    cells += "<td rowspan=\"%d\">%s</td>" % (j - i, r[i]["level1"])
                if n == k:
                    cells += "<td rowspan=\"%d\">%s</td>" % (e - k, r[k]["level2"])
                x = r[n]
                cells += "".join("<td>%s</td>" % v for v in (x["name"], x["target"], x["actual"], x["weight"], x["score"], x["reason"]))
                body.append("<tr>" + cells + "</tr>")
            k = e
        i = j
    if c["has_total"]:
        body.append("<tr><td colspan=\"6\">总分</td><td>%s</td><td>%s</td><td></td></tr>" % (c["total_weight"], c["total_score"]))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>%s</title>"
            "<script>var x = '<table>';</script></head><body><h2>%s</h2><p>%s</p><table>%s</table></body></html>\n") % (
        head_lines(c)[0], head_lines(c)[0], head_lines(c)[1], "\n".join(body))

def num(s):
    if s in (None, ""):
        return None
    return float(D(s)) if "." in s else int(s)

def expected(c, wan=None):
    def amount(x):
        if x in (None, ""):
            return None
        v = D(x)
        if c["money_unit"] == "元":
            v = v / D(10000)
        return float(v) if v != v.to_integral() else int(v)
    e = {"kind": c["kind"], "unit": c["unit"], "project": c["project"], "year": c["year"],
         "money_unit": c["money_unit"], "budget_initial": amount(c["initial"]),
         "budget_full_year": amount(c["full"]), "spent": amount(c["spent"]),
         "execution_rate_reported": c["rate"] or None,
         "total_score_reported": num(c["total_score"]) if c["has_total"] else None,
         "indicators": [{"level1": r["level1"], "level2": r["level2"], "name": r["name"], "target": r["target"] or None,
                         "actual": r["actual"] or None, "weight": num(r["weight"]), "score": num(r["score"]),
                         "parent": r["parent"]} for r in c["rows"]],
         "findings": [{"code": f} for f in c["findings"]]}
    if c["problems"]:
        e["problems"] = [{"severity": "warning"}] * c["problems"]
    return e

CASES = []

def add(name, ext, text, exp, encoding="utf-8"):
    CASES.append((name, ext, text, exp, encoding))

# ---- the cases ------------------------------------------------------------------------------------------------------

c = case()
add("project-selfeval-markdown", "md", markdown(c), expected(c))
add("project-selfeval-web-tabs", "txt", web_tabs(c), expected(c))
add("project-selfeval-run-on-line", "md", run_on(c), expected(c))
add("project-selfeval-cell-per-line", "txt", cell_lines(c), expected(c))
add("project-selfeval-html", "html", html(c), expected(c))
add("project-selfeval-html-spans", "html", html_spans(c), expected(c))

# text copied out of a PDF: cells apart by runs of spaces, or by one space
def spaced(c, sep):
    out = list(head_lines(c))
    for r in grid(c):
        cells = [x for x in r if x != ""]
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"
c = case()
add("project-selfeval-pdf-copy-double-spaces", "txt", spaced(c, "   "), expected(c))
c = case(rate="98.00%", findings=["RATE_MISMATCH"])
e = expected(c)
add("project-selfeval-pdf-copy-single-spaces", "txt", spaced(c, " "), e)

# rates: printed wrong, and a twin rounded for print
c = case(rate="98.00%", findings=["RATE_MISMATCH"])
add("rate-mismatch", "md", markdown(c), expected(c))
c = case(initial="90", full="90", spent="85", rate="94.44%", exec_score="9.44")
add("rate-rounded-reconciles", "md", markdown(c), expected(c))
c = case(initial="90", full="90", spent="85", rate="94.4%", exec_score="9.4")
add("rate-one-decimal-reconciles", "txt", web_tabs(c), expected(c))
# 110.2 ÷ 118.5 is 92.996%, but 110.2 and 118.5 are rounded to a tenth: 92.99% is within what they allow
c = case(rate="92.99%")
add("rate-within-the-amounts-rounding", "html", html_spans(c), expected(c))
c = case(rate="92.8%", findings=["RATE_MISMATCH"])
add("rate-beyond-the-amounts-rounding", "html", html_spans(c), expected(c))

# fund sources: 年度资金总额 is the sum of its source rows, where every source row prints a figure
c = case(sources=[("100", "98.5", "92"), ("15", "15", "13.2"), ("5", "5", "5")])
add("fund-sources-add-up", "md", markdown(c), expected(c))
# 100 + 15 + 1 = 116, not 120: more than the rounding of four whole numbers allows
c = case(sources=[("100", "98.5", "92"), ("15", "15", "13.2"), ("1", "5", "5")], findings=["SUM_MISMATCH"])
add("fund-sources-do-not-add-up", "txt", web_tabs(c), expected(c))

# total score
# scores printed with a decimal: a 10 in the same column is 10.0, so the sum's tolerance is 0.05 a row
rows = base_rows()
rows[5] = row("效益指标", "社会效益指标", "青年就业能力提升", "明显提升", "达到预期", "15", "13.5", "部分学员中途退出")
c = case(rows=rows, total_score="98.8", findings=["TOTAL_SCORE_MISMATCH"])
add("total-score-mismatch", "md", markdown(c), expected(c))
rows = base_rows()
rows[5] = row("效益指标", "社会效益指标", "青年就业能力提升", "明显提升", "达到预期", "15", "13.33", "部分学员中途退出")
c = case(rows=rows, total_score="97.6")
add("total-score-rounded-reconciles", "md", markdown(c), expected(c))

# weights
rows = base_rows()
rows[1] = row("产出指标", "数量指标", "参训青年人数", "≥600人", "652人", "5", "5")
c = case(rows=rows, findings=["WEIGHT_TOTAL_MISMATCH"])
add("weight-total-mismatch", "md", markdown(c), expected(c))
rows = base_rows()
rows[0:2] = [row("产出指标", "数量指标", "举办青年就业见习培训", "≥12场", "14场", "20", "20"),
             row("产出指标", "数量指标", "其中:线下培训场次", "≥8场", "9场", "10", "10", parent="举办青年就业见习培训"),
             row("产出指标", "数量指标", "其中:线上培训场次", "≥4场", "5场", "10", "10", parent="举办青年就业见习培训")]
rows[0]["is_parent"] = True
c = case(rows=rows)
add("parent-and-child-rows-reconcile", "md", markdown(c).replace("其中:", "其中："), expected(c))
rows = [dict(r) for r in rows]
rows[1]["score"] = "8.75"
rows[1]["actual"] = "7场"
rows[1]["reason"] = "受天气影响减少一场"
c = case(rows=rows, total_score="97.3", findings=["TOTAL_SCORE_MISMATCH"])
add("parent-and-child-rows-total-wrong", "txt", web_tabs(c).replace("其中:", "其中："), expected(c))

# level-1 cells that carry their group's weight: 产出指标（50分）
c = case()
labelled = markdown(c).replace("| 产出指标 |", "| 产出指标（50分） |").replace("| 效益指标 |", "| 效益指标（30分） |").replace("| 满意度指标 |", "| 满意度指标（10分） |")
add("group-weights-in-labels", "md", labelled, expected(c))
c = case(findings=["WEIGHT_TOTAL_MISMATCH"])
labelled = markdown(c).replace("| 产出指标 |", "| 产出指标（40分） |").replace("| 效益指标 |", "| 效益指标（30分） |")
add("group-weight-in-label-wrong", "md", labelled, expected(c))

# a report that says 年初预算收入 and 实际发生支出, and a year in Chinese numerals
REPORT2 = """二〇二二年度青少年宫公益课堂项目绩效自评报告
一、项目概况
本项目年初预算收入46.5万元，全年预算数为46.5万元，年底实际发生支出44.2万元，预算执行率为95.05%。
二、自评结论
经自评，该项目自评得分为94分。
"""
e = {"kind": "project-report", "project": "青少年宫公益课堂", "year": 2022, "budget_initial": 46.5, "budget_full_year": 46.5, "spent": 44.2,
     "execution_rate_reported": "95.05%", "total_score_reported": 94, "findings": []}
add("report-income-wording-chinese-year", "txt", REPORT2, e)

# a form whose total leaves the 预算执行 points out: the indicators' 90 points and their scores
c = case(total_weight="90", total_score="88")
add("total-without-the-execution-points", "md", markdown(c), expected(c))
rows = base_rows()
rows[5] = row("效益指标", "社会效益指标", "青年就业能力提升", "明显提升", "达到预期", "15", "13.5", "部分学员中途退出")
c = case(rows=rows, total_weight="90", total_score="89.5", findings=["TOTAL_SCORE_MISMATCH"])
add("total-without-the-execution-points-wrong", "md", markdown(c), expected(c))

# met but deducted, and its twin with a reason
rows = base_rows()
rows[0] = row("产出指标", "数量指标", "举办青年就业见习培训场次", "≥12场", "14场", "10", "8")
c = case(rows=rows, findings=["MET_BUT_DEDUCTED"])
add("met-but-deducted", "md", markdown(c), expected(c))
rows = base_rows()
rows[0] = row("产出指标", "数量指标", "举办青年就业见习培训场次", "≥12场", "14场", "10", "8", "两场培训质量评估不合格，扣2分")
c = case(rows=rows)
add("met-but-deducted-with-reason", "md", markdown(c), expected(c))
rows = base_rows()
rows[7] = row("满意度指标", "服务对象满意度指标", "参训青年满意度", "≥90%", "已完成", "10", "9")
c = case(rows=rows, findings=["MET_BUT_DEDUCTED"])
add("met-in-words-but-deducted", "html", html_spans(c), expected(c))

# missed but full, and the twin scored in proportion
rows = base_rows()
rows[1] = row("产出指标", "数量指标", "参训青年人数", "≥600人", "540人", "10", "10")
c = case(rows=rows, findings=["MISSED_BUT_FULL"])
add("missed-but-full", "md", markdown(c), expected(c))
rows = base_rows()
rows[1] = row("产出指标", "数量指标", "参训青年人数", "≥600人", "540人", "10", "9", "受疫情影响部分培训延期")
c = case(rows=rows)
add("missed-and-proportional", "md", markdown(c), expected(c))
rows = base_rows()
rows[3] = row("产出指标", "时效指标", "培训按计划完成率", "100%", "未完成", "10", "10")
c = case(rows=rows, findings=["MISSED_BUT_FULL"])
add("missed-in-words-but-full", "txt", web_tabs(c), expected(c))
rows = base_rows()
rows[4] = row("产出指标", "成本指标", "人均培训成本", "≤800元", "860元", "10", "10")
c = case(rows=rows, findings=["MISSED_BUT_FULL"])
add("ceiling-exceeded-but-full", "md", markdown(c), expected(c))

# score not proportional
rows = base_rows()
rows[1] = row("产出指标", "数量指标", "参训青年人数", "≥600人", "540人", "10", "6", "受疫情影响部分培训延期")
c = case(rows=rows, findings=["SCORE_NOT_PROPORTIONAL"])
add("score-not-proportional", "md", markdown(c), expected(c))
rows = base_rows()
rows[2] = row("产出指标", "质量指标", "见习岗位留用率", "≥30%", "27%", "10", "9", "部分企业缩减岗位")
c = case(rows=rows)
add("score-proportional-percent", "html", html(c), expected(c))

# a blank score: the total is bounded by the others plus the blank row's weight
rows = base_rows()
rows[6] = row("效益指标", "可持续影响指标", "见习基地长效运行", "长期", "已建立", "15", "")
rows[5] = row("效益指标", "社会效益指标", "青年就业能力提升", "明显提升", "达到预期", "15", "13.5", "部分学员中途退出")
c = case(rows=rows, total_score="98.3", findings=["TOTAL_SCORE_MISMATCH"])
add("blank-score-total-impossible", "md", markdown(c), expected(c))
c = case(rows=rows, total_score="92.3")
add("blank-score-total-possible", "md", markdown(c), expected(c))

# a table cut off: no total row, nothing proven about totals, a problem said
rows = base_rows()[:5]
rows[1] = row("产出指标", "数量指标", "参训青年人数", "≥600人", "652人", "5", "5")
c = case(rows=rows, has_total=False, problems=1)
add("table-cut-off", "md", markdown(c).rstrip("\n") + "\n", expected(c))

# amounts in 元
c = case(money_unit="元", initial="1200000", full="1185000", spent="1102000", rate="93.00%", exec_score="9.3")
add("amounts-in-yuan", "md", markdown(c).replace("项目资金（元）", "项目资金（元）").replace("（2023年度）", "（2023年度）\n\n金额单位：元"), expected(c))

# full-width digits and Traditional characters (the expected values are Simplified and ASCII)
c = case()
trad = markdown(c)
for a, b in [("项目支出绩效自评表", "項目支出績效自評表"), ("项目名称", "項目名稱"), ("实施单位", "實施單位"), ("主管部门", "主管部門"),
             ("年初预算数", "年初預算數"), ("全年预算数", "全年預算數"), ("全年执行数", "全年執行數"), ("执行率", "執行率"),
             ("一级指标", "一級指標"), ("二级指标", "二級指標"), ("三级指标", "三級指標"), ("年度指标值", "年度指標值"),
             ("实际完成值", "實際完成值"), ("分值", "分值"), ("得分", "得分"), ("总分", "總分"), ("产出指标", "產出指標"),
             ("数量指标", "數量指標"), ("青年就业创业服务中心", "青年就業創業服務中心"), ("青年就业见习培训专项", "青年就業見習培訓專項"),
             ("118.5", "１１８.５"), ("110.2", "１１０．２"), ("93.00%", "９３.００％"), ("≥12场", "≧12場")]:
    trad = trad.replace(a, b)
add("traditional-and-full-width", "md", trad, expected(c))

# OCR damage: IO for 10 in the weight and score columns
c = case()
ocr = markdown(c).replace("| 14场 | 10 | 10 |", "| 14场 | IO | I0 |")
add("ocr-digits", "md", ocr, expected(c))

# full-width punctuation is read as ASCII: 其中： is 其中: in the output
# a Sichuan-style table: 指标性质 | 指标值 | 度量单位 in columns of their own
SICHUAN = """部门预算项目支出绩效自评表
（2022年度）
项目名称\t社区青少年心理辅导服务\t\t\t\t\t\t\t
主管部门\t共青团某区委员会\t\t\t实施单位\t某区青少年服务中心\t\t\t
预算执行情况（10分）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因
总额\t50\t48\t45.6\t95%\t10\t9.5\t
一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析
产出指标\t数量指标\t心理辅导服务人次\t≥\t300\t人次\t320\t30\t30\t
\t质量指标\t个案结案率\t≥\t90\t%\t92\t20\t20\t
效益指标\t社会效益指标\t青少年心理问题发现率\t≥\t5\t%\t4\t20\t20\t
满意度指标\t服务对象满意度指标\t服务对象满意度\t≥\t90\t%\t95\t20\t20\t
总分\t\t\t\t\t\t\t100\t99.5\t
"""
e = {"kind": "project-selfeval", "unit": "某区青少年服务中心", "project": "社区青少年心理辅导服务", "year": 2022,
     "budget_initial": 50, "budget_full_year": 48, "spent": 45.6, "execution_rate_reported": "95%",
     "total_score_reported": 99.5,
     "indicators": [
         {"level1": "产出指标", "level2": "数量指标", "name": "心理辅导服务人次", "target": "≥300人次", "actual": "320人次", "weight": 30, "score": 30, "parent": None},
         {"level1": "产出指标", "level2": "质量指标", "name": "个案结案率", "target": "≥90%", "actual": "92%", "weight": 20, "score": 20, "parent": None},
         {"level1": "效益指标", "level2": "社会效益指标", "name": "青少年心理问题发现率", "target": "≥5%", "actual": "4%", "weight": 20, "score": 20, "parent": None},
         {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务对象满意度", "target": "≥90%", "actual": "95%", "weight": 20, "score": 20, "parent": None}],
     "findings": [{"code": "MISSED_BUT_FULL"}]}
add("nature-value-unit-columns", "txt", SICHUAN, e)
add("nature-value-unit-columns-gbk", "txt", SICHUAN, e, encoding="gb18030")

# comparator words and units before or after the number
WORDS = SICHUAN.replace("\t≥\t300\t人次\t320", "\t\t不少于300人次\t\t320人次").replace("\t≥\t90\t%\t92", "\t\t90%以上\t\t92%")
e2 = json.loads(json.dumps(e))
e2["indicators"][0]["target"] = "不少于300人次"
e2["indicators"][0]["actual"] = "320人次"
e2["indicators"][1]["target"] = "90%以上"
e2["indicators"][1]["actual"] = "92%"
add("comparator-words", "txt", WORDS, e2)

# 决策 / 过程 / 产出 / 效益 with group subtotals (a department table)
DEPT = """{title}
（2022年度）
部门名称\t共青团某县委员会
一级指标\t分值\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
决策\t{w1}\t\t\t\t\t\t
\t\t目标设定\t绩效目标合理性\t合理\t合理\t5\t5
\t\t\t绩效指标明确性\t明确\t明确\t5\t4
\t\t决策过程\t预算编制科学性\t科学\t科学\t5\t5
过程\t20\t\t\t\t\t\t
\t\t资金管理\t预算执行率\t100%\t96%\t10\t9.6
\t\t\t资金使用合规性\t合规\t合规\t5\t5
\t\t组织实施\t管理制度健全性\t健全\t健全\t5\t5
产出\t40\t\t\t\t\t\t
\t\t产出数量\t重点工作完成率\t100%\t100%\t20\t20
\t\t产出质量\t工作质量达标率\t≥95%\t97%\t20\t20
效益\t25\t\t\t\t\t\t
\t\t社会效益\t青少年服务覆盖面\t扩大\t有所扩大\t15\t13
\t\t满意度\t服务对象满意度\t≥90%\t92%\t10\t10
总分\t100\t\t\t\t\t{tw}\t{ts}
"""
def dept_rows(first_weight=5):
    rs = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5), ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 4),
          ("决策", "决策过程", "预算编制科学性", "科学", "科学", 5, 5), ("过程", "资金管理", "预算执行率", "100%", "96%", 10, 9.6),
          ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5), ("过程", "组织实施", "管理制度健全性", "健全", "健全", 5, 5),
          ("产出", "产出数量", "重点工作完成率", "100%", "100%", 20, 20), ("产出", "产出质量", "工作质量达标率", "≥95%", "97%", 20, 20),
          ("效益", "社会效益", "青少年服务覆盖面", "扩大", "有所扩大", 15, 13), ("效益", "满意度", "服务对象满意度", "≥90%", "92%", 10, 10)]
    return [{"level1": a, "level2": b, "name": n, "target": t, "actual": x, "weight": w, "score": s, "parent": None}
            for a, b, n, t, x, w, s in rs]
d1 = DEPT.format(title="部门整体支出绩效自评表", w1="15", tw="100", ts="96.6").replace("\t\t\t绩效指标明确性\t明确\t明确\t5\t4", "\t\t\t绩效指标明确性\t明确\t明确\t5\t4")
e = {"kind": "dept-selfeval", "unit": "共青团某县委员会", "year": 2022, "total_score_reported": 96.6,
     "indicators": dept_rows(), "findings": [{"code": "MET_BUT_DEDUCTED"}]}
add("dept-selfeval-groups-reconcile", "txt", d1, e)
d2 = DEPT.format(title="部门整体支出绩效自评表", w1="20", tw="100", ts="96.6")
e = dict(e, findings=[{"code": "WEIGHT_TOTAL_MISMATCH"}, {"code": "MET_BUT_DEDUCTED"}])
add("dept-selfeval-group-subtotal-wrong", "txt", d2, e)

# the total beside its label in the table's head, no total row (a Chongqing-style department table)
HEAD_TOTAL = """部门整体支出绩效自评表
（2021年度）
主管部门\t共青团某区委员会\t自评总分\t92.5
部门预算执行情况(万元)\t年初预算数\t全年(调整)预算数\t全年执行数\t执行率(%)
\t286.4\t301.2\t290.8\t96.55
指标名称\t计量单位\t指标性质\t年初指标值\t全年完成值\t指标权重(分)\t指标得分(分)
青少年活动参与人次\t万人次\t定量\t≥3\t3.4\t30\t30
团组织规范化建设\t%\t定量\t≥90\t95\t30\t30
服务对象满意度\t%\t定量\t≥90\t86\t30\t28.5
"""
e = {"kind": "dept-selfeval", "unit": "共青团某区委员会", "year": 2021, "budget_initial": 286.4, "budget_full_year": 301.2,
     "spent": 290.8, "execution_rate_reported": "96.55%", "total_score_reported": 92.5,
     "indicators": [
         {"level1": None, "level2": None, "name": "青少年活动参与人次", "target": "≥3万人次", "actual": "3.4万人次", "weight": 30, "score": 30, "parent": None},
         {"level1": None, "level2": None, "name": "团组织规范化建设", "target": "≥90%", "actual": "95%", "weight": 30, "score": 30, "parent": None},
         {"level1": None, "level2": None, "name": "服务对象满意度", "target": "≥90%", "actual": "86%", "weight": 30, "score": 28.5, "parent": None}],
     "findings": []}
add("dept-selfeval-total-beside-label", "txt", HEAD_TOTAL, e)

# level-2 groups with their own weight rows (决策 15 / 目标设定 10 / 决策过程 5)
SUB = """部门整体支出绩效评价得分表
（2023年度）
部门名称\t共青团某县委员会
一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分
决策\t\t\t\t\t15\t
\t目标设定\t\t\t\t{w}\t
\t\t绩效目标合理性\t合理\t合理\t5\t5
\t\t绩效指标明确性\t明确\t明确\t5\t5
\t决策过程\t\t\t\t5\t
\t\t预算编制科学性\t科学\t科学\t5\t5
产出\t\t\t\t\t85\t
\t产出数量\t\t\t\t85\t
\t\t重点工作完成率\t100%\t100%\t85\t85
总分\t\t\t\t\t100\t100
"""
rows3 = [{"level1": "决策", "level2": "目标设定", "name": "绩效目标合理性", "target": "合理", "actual": "合理", "weight": 5, "score": 5, "parent": None},
         {"level1": "决策", "level2": "目标设定", "name": "绩效指标明确性", "target": "明确", "actual": "明确", "weight": 5, "score": 5, "parent": None},
         {"level1": "决策", "level2": "决策过程", "name": "预算编制科学性", "target": "科学", "actual": "科学", "weight": 5, "score": 5, "parent": None},
         {"level1": "产出", "level2": "产出数量", "name": "重点工作完成率", "target": "100%", "actual": "100%", "weight": 85, "score": 85, "parent": None}]
e = {"kind": "dept-selfeval", "unit": "共青团某县委员会", "year": 2023, "total_score_reported": 100, "indicators": rows3, "findings": []}
add("level2-subtotals-reconcile", "txt", SUB.format(w="10"), e)
e = dict(e, findings=[{"code": "WEIGHT_TOTAL_MISMATCH"}])
add("level2-subtotal-wrong", "txt", SUB.format(w="12"), e)

# a weighted layout: 权重 (%) | 指标得分 (百分制) | 加权得分; the score is the weighted one
WEIGHTED = """某市财政支出项目绩效评价得分表
（2021年度）
项目名称\t青少年活动中心设备更新
实施单位\t某市青少年活动中心
一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重(%)\t指标得分(百分制)\t加权得分
产出指标\t数量指标\t设备更新台套数\t≥40台套\t42台套\t30\t100\t30
\t质量指标\t设备验收合格率\t100%\t100%\t30\t100\t30
效益指标\t社会效益指标\t场馆开放时长增加\t≥10%\t8%\t25\t80\t20
满意度指标\t服务对象满意度指标\t使用者满意度\t≥90%\t91%\t15\t100\t15
合计\t\t\t\t\t100\t\t95
"""
e = {"kind": "project-selfeval", "unit": "某市青少年活动中心", "project": "青少年活动中心设备更新", "year": 2021,
     "total_score_reported": 95,
     "indicators": [
         {"level1": "产出指标", "level2": "数量指标", "name": "设备更新台套数", "target": "≥40台套", "actual": "42台套", "weight": 30, "score": 30, "parent": None},
         {"level1": "产出指标", "level2": "质量指标", "name": "设备验收合格率", "target": "100%", "actual": "100%", "weight": 30, "score": 30, "parent": None},
         {"level1": "效益指标", "level2": "社会效益指标", "name": "场馆开放时长增加", "target": "≥10%", "actual": "8%", "weight": 25, "score": 20, "parent": None},
         {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "使用者满意度", "target": "≥90%", "actual": "91%", "weight": 15, "score": 15, "parent": None}],
     "findings": []}
add("weighted-score-columns", "txt", WEIGHTED, e)

# two tables on one page: the first is read, the second does not leak into it
c1 = case(project="青年就业见习培训专项")
c2 = case(project="青少年网络素养教育", unit="某市青少年宫", rate="80.00%", findings=["RATE_MISMATCH"])
add("two-tables-on-one-page", "md", markdown(c1) + "\n" + markdown(c2), expected(c1))

# a blank template: nothing is guessed
BLANK = """项目支出绩效自评表
（    年度）
| 项目名称 | | | | | | | |
| 主管部门 | | | | 实施单位 | | | |
| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | | | | 10 | | |
| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| | 产出指标 | 数量指标 | | | | | | |
| | | 质量指标 | | | | | | |
| | 效益指标 | 社会效益指标 | | | | | | |
| 总分 | | | | | | 100 | | |
"""
e = {"kind": "project-selfeval", "unit": None, "project": None, "year": None, "budget_initial": None,
     "budget_full_year": None, "spent": None, "execution_rate_reported": None, "total_score_reported": None,
     "indicators": [], "findings": []}
add("blank-template", "md", BLANK, e)

# a project target table (申报表): targets only
TARGET = """2024年度项目支出绩效目标申报表
| 项目名称 | 青年志愿服务能力提升 | | |
| 主管部门 | 共青团某市委员会 | 实施单位 | 某市青年志愿者协会 |
| 项目资金（万元） | 年度资金总额 | 36 | |
| | 其中：财政拨款 | 36 | |
| 年度绩效目标 | 培训志愿者骨干，提升志愿服务规范化水平。 | | |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 培训志愿者骨干人数 | ≥300人 |
| | 质量指标 | 培训考核合格率 | ≥95% |
| | 时效指标 | 培训完成时间 | 2024年10月底前 |
| | 成本指标 | 人均培训成本 | ≤1200元 |
| 效益指标 | 社会效益指标 | 志愿服务时长增长 | ≥10% |
| 满意度指标 | 服务对象满意度指标 | 参训志愿者满意度 | ≥90% |
"""
e = {"kind": "project-target", "unit": "某市青年志愿者协会", "project": "青年志愿服务能力提升", "year": 2024,
     "spent": None, "total_score_reported": None,
     "indicators": [
         {"level1": "产出指标", "level2": "数量指标", "name": "培训志愿者骨干人数", "target": "≥300人", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "产出指标", "level2": "质量指标", "name": "培训考核合格率", "target": "≥95%", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "产出指标", "level2": "时效指标", "name": "培训完成时间", "target": "2024年10月底前", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "产出指标", "level2": "成本指标", "name": "人均培训成本", "target": "≤1200元", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "效益指标", "level2": "社会效益指标", "name": "志愿服务时长增长", "target": "≥10%", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参训志愿者满意度", "target": "≥90%", "actual": None, "weight": None, "score": None, "parent": None}],
     "findings": []}
add("project-target-application", "md", TARGET, e)

# a Hunan-style target table: 指标值类型 (定量 / 定性) in a column of its own, before 指标值 and 计量单位
HUNAN = """2023年度项目支出绩效目标表
项目名称\t青少年心理健康服务
实施单位\t某市青少年服务中心
一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位\t指标解释\t评(扣)分标准
产出指标\t数量指标\t心理咨询服务人次\t定量\t≥1200\t人次\t全年咨询服务人次\t每少10人次扣0.5分
\t质量指标\t咨询记录规范率\t定量\t≥95\t%\t规范记录占比\t未达标不得分
效益指标\t社会效益指标\t心理危机干预及时性\t定性\t及时有效\t\t发现即干预\t酌情扣分
"""
e = {"kind": "project-target", "unit": "某市青少年服务中心", "project": "青少年心理健康服务", "year": 2023,
     "indicators": [
         {"level1": "产出指标", "level2": "数量指标", "name": "心理咨询服务人次", "target": "≥1200人次", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "产出指标", "level2": "质量指标", "name": "咨询记录规范率", "target": "≥95%", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "效益指标", "level2": "社会效益指标", "name": "心理危机干预及时性", "target": "及时有效", "actual": None, "weight": None, "score": None, "parent": None}],
     "findings": []}
add("target-value-type-column", "txt", HUNAN, e)

# a Chongqing-style table with the target as first set and as adjusted: the adjusted one is the target
ADJUSTED = """部门整体支出绩效自评表
（2022年度）
主管部门\t共青团某县委员会
指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t指标权重(分)\t指标得分(分)
志愿服务活动场次\t场\t定量\t≥60\t≥45\t48\t50\t50
青少年受益人数\t万人次\t定量\t≥2\t≥2\t2.1\t50\t50
合计\t\t\t\t\t\t100\t100
"""
e = {"kind": "dept-selfeval", "unit": "共青团某县委员会", "year": 2022, "total_score_reported": 100,
     "indicators": [
         {"level1": None, "level2": None, "name": "志愿服务活动场次", "target": "≥45场", "actual": "48场", "weight": 50, "score": 50, "parent": None},
         {"level1": None, "level2": None, "name": "青少年受益人数", "target": "≥2万人次", "actual": "2.1万人次", "weight": 50, "score": 50, "parent": None}],
     "findings": []}
add("target-as-adjusted", "txt", ADJUSTED, e)

# a report whose title says 自评情况, not 报告
SITUATION = """共青团某区委员会2022年度部门整体支出绩效自评情况
一、基本情况：团区委内设三个部门，核定编制9人，实有人数8人，主要承担全区青少年思想引领、组织建设和权益维护等工作职能。
二、预算执行：2022年年初预算数为210.6万元，全年预算数为225.3万元，全年执行数为219.8万元，预算执行率为97.56%，较上年有所提高。
三、绩效情况：全年开展主题教育活动46场，服务青少年2.3万人次，各项目标基本完成，部门整体支出绩效自评得分为94分。
四、存在问题：部分项目前期调研不足，资金执行进度前慢后快，下一步将加强预算执行进度管理和绩效目标跟踪。
"""
e = {"kind": "dept-report", "unit": "共青团某区委员会", "project": None, "year": 2022, "budget_initial": 210.6,
     "budget_full_year": 225.3, "spent": 219.8, "execution_rate_reported": "97.56%", "total_score_reported": 94, "findings": []}
add("dept-report-titled-situation", "txt", SITUATION, e)

DEPT_TARGET = """部门整体支出绩效目标表
（2023年度）
部门名称\t共青团某市委员会
年度总体目标\t围绕青少年思想引领、就业创业和权益维护开展工作。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t开展主题教育活动场次\t≥40场
\t质量指标\t基层团组织规范化建设达标率\t≥90%
效益指标\t社会效益指标\t青少年受益人数\t≥5万人次
满意度指标\t服务对象满意度指标\t团员青年满意度\t≥90%
"""
e = {"kind": "dept-target", "unit": "共青团某市委员会", "year": 2023,
     "indicators": [
         {"level1": "产出指标", "level2": "数量指标", "name": "开展主题教育活动场次", "target": "≥40场", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "产出指标", "level2": "质量指标", "name": "基层团组织规范化建设达标率", "target": "≥90%", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "效益指标", "level2": "社会效益指标", "name": "青少年受益人数", "target": "≥5万人次", "actual": None, "weight": None, "score": None, "parent": None},
         {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "团员青年满意度", "target": "≥90%", "actual": None, "weight": None, "score": None, "parent": None}],
     "findings": []}
add("dept-target-table", "txt", DEPT_TARGET, e)

SUMMARY = """共青团某市委员会2024年度项目支出绩效目标公开汇总表
单位：万元
| 序号 | 项目名称 | 预算金额 | 年度绩效目标 |
| 1 | 青年志愿服务能力提升 | 36 | 培训志愿者骨干不少于300人 |
| 2 | 青少年网络素养教育 | 18.5 | 开展进校园活动不少于30场 |
| 3 | 青年就业见习培训专项 | 120 | 组织见习培训不少于12场 |
"""
e = {"kind": "target-summary", "unit": "共青团某市委员会", "year": 2024, "money_unit": "万元", "indicators": [],
     "findings": []}
add("target-summary-list", "md", SUMMARY, e)

# narrative reports
REPORT = """{year}年度青年就业见习培训专项绩效自评报告

一、项目基本情况
本项目由某市青年就业创业服务中心实施，旨在提升青年就业能力。

二、项目资金使用情况
该项目年初预算数为120万元，全年预算数为118.5万元，全年执行数为110.2万元，预算执行率为{rate}%。资金主要用于培训场地、师资和学员补助。

三、项目绩效目标完成情况
全年举办培训14场，参训青年652人，见习岗位留用率35%。经自评，项目自评得分为96.3分，评价等级为"优"。

四、存在的问题及改进措施
部分学员中途退出，下一步将加强跟踪服务。

某市青年就业创业服务中心
{pub}年3月15日
"""
e = {"kind": "project-report", "unit": "某市青年就业创业服务中心", "project": "青年就业见习培训专项", "year": 2023,
     "budget_initial": 120, "budget_full_year": 118.5, "spent": 110.2,
     "execution_rate_reported": "93%", "total_score_reported": 96.3, "findings": []}
add("project-report-narrative", "txt", REPORT.format(year=2023, rate="93", pub=2024), e)
e = dict(e, execution_rate_reported="98%", findings=[{"code": "RATE_MISMATCH"}])
add("project-report-rate-wrong", "txt", REPORT.format(year=2023, rate="98", pub=2024), e)

DEPT_REPORT = """共青团某县委员会2022年度部门整体支出绩效自评报告

一、部门基本情况
团县委内设办公室、组织部、宣传部三个部门，核定编制12人，实有人数11人。

二、部门整体支出情况
2022年年初预算数为356.8万元，全年预算数为372.4万元，全年实际支出353.2万元，预算执行率为94.84%。其中基本支出281.6万元，项目支出71.6万元。

三、部门整体支出绩效情况
经自评，部门整体支出绩效自评得分为93.5分，等级为优。

四、存在的问题
个别项目资金执行进度偏慢。
"""
e = {"kind": "dept-report", "unit": "共青团某县委员会", "project": None, "year": 2022, "budget_initial": 356.8, "budget_full_year": 372.4, "spent": 353.2,
     "execution_rate_reported": "94.84%", "total_score_reported": 93.5, "findings": []}
add("dept-report-narrative", "txt", DEPT_REPORT, e)
add("dept-report-narrative-html", "html", "<html><head><meta charset=\"gbk\"><title>自评报告</title></head><body>" + "".join(
    "<p>%s</p>" % l for l in DEPT_REPORT.split("\n") if l) + "</body></html>", e, encoding="gb18030")

MONITORING = """2023年度项目支出绩效目标执行监控表
（截至7月31日）
| 项目名称 | 青少年网络素养教育 | | | |
| 主管部门 | 共青团某市委员会 | 实施单位 | 某市青少年宫 | |
| 项目资金（万元） | 年初预算数 | 1-7月执行数 | 1-7月执行率 | 全年预计执行数 |
| 年度资金总额 | 18.5 | 9.8 | 52.97% | 18.5 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-7月执行情况 | 全年预计完成情况 | 偏差原因分析 | 完成目标可能性 |
| 产出指标 | 数量指标 | 进校园活动场次 | ≥30场 | 16场 | 30场 | | 确定能 |
| 效益指标 | 社会效益指标 | 学生网络安全意识提升 | 明显提升 | 有所提升 | 明显提升 | | 确定能 |
"""
e = {"kind": "monitoring-report", "unit": "某市青少年宫", "project": "青少年网络素养教育", "year": 2023,
     "budget_initial": 18.5, "spent": 9.8, "execution_rate_reported": "52.97%", "findings": []}
add("monitoring-table", "md", MONITORING, e)

def main():
    os.makedirs(HERE, exist_ok=True)
    for f in os.listdir(HERE):
        os.remove(os.path.join(HERE, f))
    for n, (name, ext, text, exp, encoding) in enumerate(CASES, 1):
        stem = "%02d-%s" % (n, name)
        with open(os.path.join(HERE, stem + "." + ext), "wb") as out:
            out.write(text.encode(encoding))
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as out:
            json.dump(exp, out, ensure_ascii=False, indent=1)
            out.write("\n")
    print(len(CASES), "fixtures in", HERE)

main()
