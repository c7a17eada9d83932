"""Web chrome and scraping leftovers (DESIGN §6): whole lines kept out of the
outline and reported as ``boilerplate`` diagnostics.  Patterns match the whole
stripped line, after full-width folding.
"""

BOILERPLATE_LINES: tuple[str, ...] = (
    r"分享\s*[:]?.{0,20}",  # seed 002: 分享:
    r"特殊稿件右侧区域内容请使用tab按钮切换浏览",  # seed 002
    r"(?:较旧|较新|上|下)一篇\s*[:].*",  # seed 003: 较旧一篇:… 较新一篇:…
    r"首页\s*[>›»].*",  # breadcrumbs
    r"当前位置\s*[:].*",
    r"【?\s*字体\s*[:]?\s*大\s*中\s*小\s*】?.*",
    r".{0,10}打印本页.{0,20}",
    r".{0,10}关闭窗口.{0,20}",
    r"扫一扫在手机打开当前页",
    r"主办单位\s*[:].*",
    r"[(【]?\s*责任编辑\s*[:].*",
    r"(?:网站标识码|ICP备|沪ICP|京ICP).*",
    r"【\s*(?:打印|关闭|收藏)\s*】.*",
    r"浏览次数\s*[:].*",
)
