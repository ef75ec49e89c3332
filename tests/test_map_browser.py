"""Maps opened in a real headless Chromium: offline, interactive, and inert to injected text.

Needs Debian's chromium and chromedriver; selenium is pointed at /usr/bin/chromedriver
so selenium-manager never tries to download a driver.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from policykg.model import EntityRecord, GraphSnapshot, RelationRecord, entity_id, relation_id
from policykg.visual.pyvis_map import LARGE_GRAPH, MapOptions, write_map

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PAYLOAD_NAME = "<script>alert(1)</script>"
PAYLOAD_EVIDENCE = '"><img src=x onerror=alert(2)>'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)",
    ),
]

ALERT_TRAP = """
window.__alerts = [];
window.alert = function (m) { window.__alerts.push(String(m)); };
window.confirm = window.alert; window.prompt = window.alert;
"""


def ent(name: str, type_: str, aliases: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(id=entity_id(type_, name), name=name, type=type_, aliases=list(aliases), docs=["乙.txt"])


def rel(head: EntityRecord, type_: str, tail: EntityRecord, evidence: str, start: int) -> RelationRecord:
    return RelationRecord(
        id=relation_id(head.id, type_, tail.id, "乙.txt", start),
        head=head.id,
        type=type_,
        tail=tail.id,
        doc="乙.txt",
        evidence=evidence,
        start=start,
        end=start + len(evidence),
        rule="hand",
    )


def demo_snapshot() -> GraphSnapshot:
    """Invented actors: a commission, two firms (one with an alias), a university, a payload."""
    agency = ent("松江湾市卫生健康委员会", "Agency", ("松江湾市卫健委",))
    firm = ent("明川医疗器械股份有限公司", "Company", ("明川医疗",))
    other = ent("远帆基因科技有限公司", "Company")
    uni = ent("南岭医科大学", "University")
    hospital = ent("南岭医科大学附属第一医院", "Hospital")
    evil = ent(PAYLOAD_NAME, "Lab", (PAYLOAD_EVIDENCE,))
    rels = [
        rel(agency, "SUPPORTS", firm, "市卫健委支持明川医疗开展创新器械临床试验。", 5),
        rel(firm, "COOPERATES_WITH", uni, "明川医疗与南岭医科大学共建联合实验室。", 40),
        rel(hospital, "PART_OF", uni, "附属第一医院隶属南岭医科大学。", 80),
        rel(other, "COOPERATES_WITH", hospital, "远帆基因与附属第一医院合作开展基因检测。", 120),
        rel(evil, "RELIES_ON", uni, PAYLOAD_EVIDENCE, 160),
    ]
    return GraphSnapshot(entities=[agency, firm, other, uni, hospital, evil], relations=rels).sort()


def grid_snapshot(n: int) -> GraphSnapshot:
    """n invented institutes in clusters of ten, each cluster tied to a hub."""
    nodes = [ent(f"测绘研究院{i:04d}", "ResearchInstitute" if i % 10 else "Platform") for i in range(n)]
    rels = [rel(nodes[i], "MEMBER_OF", nodes[i - i % 10], f"第{i}项。", i) for i in range(n) if i % 10]
    rels += [rel(nodes[i], "COOPERATES_WITH", nodes[i + 10], f"协作{i}。", 100_000 + i) for i in range(0, n - 10, 10)]
    return GraphSnapshot(entities=nodes, relations=rels).sort()


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="pk-test-chrome-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1400,900",
        f"--user-data-dir={profile}",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_TRAP})
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_map(driver, path: Path, timeout: float = 30.0) -> None:
    driver.get_log("browser")  # start each page with empty logs
    driver.get_log("performance")
    driver.get(path.as_uri())
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if driver.execute_script("return !!(window.policykgMap && window.policykgMap.ready)"):
            return
        time.sleep(0.05)
    raise AssertionError(f"map did not become ready; console: {driver.get_log('browser')}")


def requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def node_id(snapshot: GraphSnapshot, name: str) -> str:
    return next(e.id for e in snapshot.entities if e.name == name)


@pytest.fixture(scope="module")
def demo(driver, tmp_path_factory):
    snap = demo_snapshot()
    path = tmp_path_factory.mktemp("maps") / "demo.html"
    summary = write_map(snap, MapOptions(title="演示地图 demo"), path)
    open_map(driver, path)
    return snap, summary


def test_loads_offline_without_errors(driver, demo):
    snap, summary = demo
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []
    urls = requested_urls(driver)
    assert urls, "performance log captured no requests at all"
    page = summary.path.as_uri()
    assert all(u == page or u.startswith("data:") for u in urls), urls
    drawn = driver.execute_script(
        "var m = policykgMap; return [m.nodes.length, m.network.body.nodeIndices.length, m.edges.length];"
    )
    assert drawn == [len(snap.entities)] * 2 + [summary.edges]


def test_injection_payload_stays_text(driver, demo):
    snap, _ = demo
    evil = node_id(snap, PAYLOAD_NAME)
    assert driver.execute_script("return policykgMap.search(arguments[0]);", "alert(1)") == evil
    panel = driver.execute_script("return document.getElementById('pk-panel').textContent;")
    assert PAYLOAD_NAME in panel and PAYLOAD_EVIDENCE in panel
    assert driver.execute_script("return document.querySelectorAll('script').length") == 3  # data, vis, ours
    driver.execute_script(
        "policykgMap.network.emit('hoverNode', {node: arguments[0], pointer: {DOM: {x: 5, y: 5}}});", evil
    )
    assert PAYLOAD_NAME in driver.execute_script("return document.getElementById('pk-tooltip').textContent;")
    time.sleep(0.2)
    assert driver.execute_script("return window.__alerts;") == []
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0


def test_search_box_focuses_by_name_and_alias(driver, demo):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    snap, _ = demo
    box = driver.find_element(By.ID, "pk-search")
    for query, expected in (
        ("南岭医科", "南岭医科大学"),
        ("明川医疗", "明川医疗器械股份有限公司"),
        ("卫健委", "松江湾市卫生健康委员会"),
    ):
        box.clear()
        box.send_keys(query)
        box.send_keys(Keys.ENTER)
        selected = driver.execute_script("return policykgMap.network.getSelectedNodes();")
        assert selected == [node_id(snap, expected)], query
        heading = driver.find_element(By.CSS_SELECTOR, "#pk-panel h2").text
        assert heading == expected


def test_clicking_a_node_highlights_its_neighbourhood(driver, demo):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    snap, _ = demo
    driver.execute_script("policykgMap.network.unselectAll(); policykgMap.network.fit({animation: false});")
    firm = node_id(snap, "明川医疗器械股份有限公司")
    x, y = driver.execute_script(
        "var n = policykgMap.network; var p = n.canvasToDOM(n.getPosition(arguments[0])); return [p.x, p.y];", firm
    )
    canvas = driver.find_element(By.CSS_SELECTOR, "#pk-canvas canvas")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()
    time.sleep(0.3)
    assert driver.execute_script("return policykgMap.selected;") == firm
    colours = driver.execute_script(
        "var m = policykgMap; var o = {}; m.nodes.forEach(function (n) { o[n.id] = n.color; }); return o;"
    )
    neighbours = {firm, node_id(snap, "松江湾市卫生健康委员会"), node_id(snap, "南岭医科大学")}
    dimmed = {i for i, c in colours.items() if str(c).startswith("rgba")}
    assert dimmed == {e.id for e in snap.entities} - neighbours
    panel = driver.find_element(By.ID, "pk-panel").text
    assert "市卫健委支持明川医疗开展创新器械临床试验。" in panel and "南岭医科大学" in panel and "乙.txt" in panel
    assert "企业" in panel and "明川医疗" in panel


def test_legend_and_relation_filter_hide_and_show(driver, demo):
    from selenium.webdriver.common.by import By

    snap, _ = demo
    companies = {e.id for e in snap.entities if e.type == "Company"}
    hidden = "var o = []; policykgMap.nodes.forEach(function (n) { if (n.hidden) o.push(n.id); }); return o;"
    button = driver.find_element(By.CSS_SELECTOR, '#pk-types button[data-type="Company"]')
    button.click()
    assert set(driver.execute_script(hidden)) == companies
    assert all(
        driver.execute_script("return policykgMap.network.body.nodes[arguments[0]].options.hidden;", c)
        for c in companies
    )
    button.click()
    assert driver.execute_script(hidden) == []
    box = driver.find_element(By.CSS_SELECTOR, '#pk-rels input[data-relation="COOPERATES_WITH"]')
    box.click()
    hidden_edges = driver.execute_script(
        "var o = []; policykgMap.edges.forEach(function (e) { if (e.hidden) o.push(e.id); }); return o;"
    )
    assert len(hidden_edges) == 2
    box.click()


def test_screenshot_is_written(driver, demo):
    snap, _ = demo
    driver.execute_script("policykgMap.focusNode(arguments[0]);", node_id(snap, "南岭医科大学"))
    time.sleep(0.6)
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "map_demo.png"
    assert driver.save_screenshot(str(target)) and target.stat().st_size > 10_000


def test_large_map_uses_fixed_layout_and_notice(driver, tmp_path):
    from selenium.webdriver.common.by import By

    snap = grid_snapshot(LARGE_GRAPH * 3)
    path = tmp_path / "large.html"
    summary = write_map(snap, MapOptions(max_nodes=LARGE_GRAPH * 2), path)
    open_map(driver, path)
    assert summary.truncated and summary.nodes == LARGE_GRAPH * 2
    assert driver.execute_script("return policykgMap.network.body.nodeIndices.length;") == summary.nodes
    assert driver.execute_script("return policykgMap.network.physics.physicsEnabled;") is False
    notice = driver.find_element(By.ID, "pk-notice")
    assert notice.is_displayed() and f"showing {summary.nodes} of {LARGE_GRAPH * 3} nodes" in notice.text
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    driver.save_screenshot(str(ARTIFACTS / "map_large.png"))


# ------------------------------------------------------------------ readable Chinese, readable labels

GLYPH_CHECK = """
/* Which characters of a text render as the missing-glyph box in a font stack? Each
 * character is drawn alone on a canvas and compared, pixel for pixel and by advance
 * width, with two code points that no font has (U+0378, U+0379): a character the
 * fonts lack falls back to exactly that box. */
var font = arguments[0], text = arguments[1];
function draw(ch) {
  var c = document.createElement('canvas'); c.width = 48; c.height = 48;
  var x = c.getContext('2d'); x.font = font; x.fillStyle = '#000'; x.textBaseline = 'top';
  x.fillText(ch, 4, 4);
  return { w: x.measureText(ch).width, px: Array.from(x.getImageData(0, 0, 48, 48).data).join('') };
}
function same(a, b) { return a.w === b.w && a.px === b.px; }
var box = draw('\\u0378'), other = draw('\\u0379');
var boxes = [];
Array.from(new Set(Array.from(text))).forEach(function (ch) {
  if (/[\\u3400-\\u9fff]/.test(ch) && same(draw(ch), box)) { boxes.push(ch); }
});
return { control: same(box, other), inked: box.px.indexOf('255') >= 0, boxes: boxes };
"""


def glyph_boxes(driver) -> dict:
    """Missing-glyph boxes among the Chinese characters the page shows, in the page's CSS
    font and in the font vis draws node labels with."""
    text = driver.execute_script(
        "var m = policykgMap, t = document.body.innerText;"
        "m.nodes.forEach(function (n) { t += n.label || ''; }); return t;"
    )
    faces = driver.execute_script(
        "return [getComputedStyle(document.body).fontFamily,"
        " policykgMap.network.body.nodes[policykgMap.nodes.getIds()[0]].options.font.face];"
    )
    out = {"control": True, "boxes": []}
    for face in faces:
        found = driver.execute_script(GLYPH_CHECK, f"20px {face}", text)
        out["control"] = out["control"] and found["control"]
        out["boxes"] += found["boxes"]
    assert any("\u4e00" <= c <= "\u9fff" for c in text)
    return out


def test_chinese_renders_with_a_real_font_not_boxes(driver, demo):
    found = glyph_boxes(driver)
    assert found["control"], "two unassigned code points should draw the same box: the check itself is broken"
    assert found["boxes"] == [], (
        f"{len(found['boxes'])} Chinese characters render as missing-glyph boxes "
        f"({''.join(found['boxes'][:20])}…): install a CJK font (scripts/system-deps install)"
    )


def test_box_check_fails_in_a_browser_without_cjk_fonts(tmp_path):
    """The same check in a Chromium whose fontconfig sees only DejaVu (no CJK font) finds boxes:
    the test above can fail, and would on a machine that has Chromium but no Chinese font."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs fonts-dejavu-core as the one font of the font-less browser")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n"
    )
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--window-size=1000,700",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        opts.add_argument(arg)
    env = {**__import__("os").environ, "FONTCONFIG_FILE": str(conf)}
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER), env=env), options=opts)
    try:
        path = tmp_path / "nofont.html"
        write_map(demo_snapshot(), MapOptions(title="无字体 no font"), path)
        drv.get(path.as_uri())
        end = time.monotonic() + 30
        while not drv.execute_script("return !!(window.policykgMap && window.policykgMap.ready)"):
            assert time.monotonic() < end, "map did not become ready"
            time.sleep(0.05)
        found = glyph_boxes(drv)
        assert found["control"]
        assert len(found["boxes"]) > 10, found
        ARTIFACTS.mkdir(exist_ok=True)
        drv.save_screenshot(str(ARTIFACTS / "map_without_cjk_font.png"))
    finally:
        drv.quit()


LABEL_TRAP = """
window.__drawnText = [];
var fill = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text) {
  window.__drawnText.push(String(text));
  return fill.apply(this, arguments);
};
"""


def hub_snapshot(n_hubs: int, leaves: int) -> GraphSnapshot:
    """Agencies each supporting a fan of companies, hubs chained by cooperation: ~n_hubs × leaves nodes."""
    hubs = [ent(f"第{i}市科学技术委员会", "Agency") for i in range(n_hubs)]
    firms = [[ent(f"第{i}区第{j}号生物科技有限公司", "Company") for j in range(leaves + i % 3)] for i in range(n_hubs)]
    rels = [
        rel(h, "SUPPORTS", f, f"{h.name}支持{f.name}。", 1000 * i + j)
        for i, (h, fs) in enumerate(zip(hubs, firms))
        for j, f in enumerate(fs)
    ]
    rels += [rel(hubs[i], "COOPERATES_WITH", hubs[i + 1], "合作。", 900_000 + i) for i in range(n_hubs - 1)]
    return GraphSnapshot(entities=hubs + [f for fs in firms for f in fs], relations=rels).sort()


@pytest.mark.parametrize("n_hubs, leaves", [(12, 9), (30, 9)])
def test_labels_of_the_best_connected_nodes_show_at_the_opening_zoom(driver, tmp_path, n_hubs, leaves):
    from policykg.visual.pyvis_map import labelled_count

    snap = hub_snapshot(n_hubs, leaves)
    path = tmp_path / "labels.html"
    summary = write_map(snap, MapOptions(title="标签 labels"), path)
    assert 100 <= summary.nodes <= LARGE_GRAPH + 100
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LABEL_TRAP})
    try:
        open_map(driver, path)
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
    scale, threshold = driver.execute_script(
        "var n = policykgMap.network; return [n.getScale(), n.body.nodes[policykgMap.nodes.getIds()[0]]"
        ".options.scaling.label.drawThreshold];"
    )
    assert 14 * scale < threshold, "the opening zoom is close enough that every label shows anyway"
    # what the canvas drew last, after one more frame at the opening zoom
    drawn = set(
        driver.execute_async_script(
            "var done = arguments[0]; window.__drawnText = [];"
            "policykgMap.network.once('afterDrawing', function () { done(window.__drawnText); });"
            "policykgMap.network.redraw();"
        )
    )
    hubs = {e.name for e in snap.entities if e.type == "Agency"}
    assert hubs <= drawn, sorted(hubs - drawn)
    labelled = driver.execute_script("return policykgMap.labelled();")
    assert len(labelled) == min(labelled_count(summary.nodes), n_hubs) >= 12  # hubs; leaves have one link
    names = {e.id: e.name for e in snap.entities}
    assert {names[i] for i in labelled} <= drawn
    # at the opening zoom the labelled ones are the only ones: the rest appear as one zooms in
    assert len(drawn & set(names.values())) == len(labelled)
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"map_labels_{summary.nodes}.png"))


def test_search_box_finds_either_script(driver, tmp_path):
    agency = ent("醫院管理局", "Agency", ("醫管局",))  # written in Traditional
    firm = ent("明川医疗器械股份有限公司", "Company", ("明川医疗",))  # written in Simplified
    rels = [rel(agency, "COOPERATES_WITH", firm, "醫管局與明川醫療合作。", 3)]
    snap = GraphSnapshot(entities=[agency, firm], relations=rels).sort()
    path = tmp_path / "scripts.html"
    write_map(snap, MapOptions(), path)
    open_map(driver, path)
    for query, expected in (
        ("医管局", agency.id),
        ("医院管理", agency.id),
        ("醫管局", agency.id),
        ("明川醫療", firm.id),
        ("明川醫療器械股份有限公司", firm.id),
        ("明川医疗", firm.id),
    ):
        assert driver.execute_script("return policykgMap.search(arguments[0]);", query) == expected, query
    assert driver.execute_script("return policykgMap.search('医管署');") is None
