"""Web chrome and scraping leftovers: whole lines kept out of the
outline and reported as ``boilerplate`` diagnostics.  Patterns match the whole
stripped line, after full-width folding.
"""

#: Each pattern with the characters a line it matches can start with: most
#: lines start with none of them and are never run through the pattern.  An
#: empty string: the pattern can start anywhere, and matches only lines of at
#: most ``BOILERPLATE_SHORT`` characters holding one of ``BOILERPLATE_INNER``.
#: (Where a pattern may open with spaces, a line starting with one is always
#: tried.)
BOILERPLATE_LINES: tuple[tuple[str, str], ...] = (
    (r"分享\s*[:]?.{0,20}", "分"),  # seed 002: 分享:
    (r"特殊稿件右侧区域内容请使用tab按钮切换浏览", "特"),  # seed 002
    (r"(?:较旧|较新|上|下)一篇\s*[:].*", "较上下"),  # seed 003: 较旧一篇:… 较新一篇:…
    (r"首页\s*[>›»].*", "首"),  # breadcrumbs
    (r"当前位置\s*[:].*", "当"),
    (r"【?\s*字体\s*[:]?\s*大\s*中\s*小\s*】?.*", "【字"),
    (r".{0,10}打印本页.{0,20}", ""),
    (r".{0,10}关闭窗口.{0,20}", ""),
    (r"扫一扫在手机打开当前页", "扫"),
    (r"主办单位\s*[:].*", "主"),
    (r"[(【]?\s*责任编辑\s*[:].*", "(【责"),
    (r"(?:网站标识码|ICP备|沪ICP|京ICP).*", "网I沪京"),
    (r"【\s*(?:打印|关闭|收藏)\s*】.*", "【"),
    (r"浏览次数\s*[:].*", "浏"),
    # page numbers of PDF and Word copies: — 1 —, - 1 - (bulletins), 第3页 共13页
    (r"[-—–―~]+\s*\d{1,4}\s*[-—–―~]+", "-—–―~"),
    (r"第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?", "第"),
    (r"网站地图", "网"),  # a county site's footer link
    (r"[上下]一页", "上下"),  # a paged article's link (高唐县 2024, page 1 of several)
    (r"(?:©|Copyright).*", "©C"),
    (r"粗体文字", "粗"),  # a wiki editor's placeholder left in a Wikisource copy (2007)
    (r"[×✕]", "×✕"),  # a page's close button
    # markup a scraper left: an HTML comment, a line of tags alone
    (r"<!--.*", "<"),
    (r"(?:</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>\s*){1,20}", "<"),
)

#: The longest line a pattern of ``BOILERPLATE_LINES`` without start
#: characters matches (.{0,10}打印本页.{0,20}), and the words one of which
#: each of them holds.
BOILERPLATE_SHORT = 34
BOILERPLATE_INNER: tuple[str, ...] = ("打印本页", "关闭窗口")

#: Buttons and toolbar words of a web page (下载 / 打印 / 全屏 / 收藏 / 【字号： /
#: 加大 / 还原 / 减小 / 】 on lines of their own, 28 provincial pages): a line
#: that is nothing but one of these, with brackets or a colon around it.
BUTTON_WORDS: tuple[str, ...] = (
    "下载",
    "打印",
    "全屏",
    "收藏",
    "加大",
    "还原",
    "减小",
    "默认",
    "大",
    "中",
    "小",
    "字号",
    "字体",
    "分享",
    "分享到",
    "关闭",
    "返回",
    "顶部",
    "返回顶部",
    "纠错",
    "评论",
    "点赞",
    "转发",
    "复制链接",
    "首页",
    "政务信息",
    "当前位置",
    "微信",
    "微博",
    "QQ空间",
    "打印本页",
    "关闭窗口",
    "放大",
    "缩小",
)

#: Lines that open a page footer: from the first of these in the second half
#: of a document to its end, nothing is the document's text (related-article
#: lists, editor credits, site owners, the Wikisource licence block).
FOOTER_STARTS: tuple[str, ...] = (
    r"相关(?:报道|附件|链接|阅读|新闻|文章|稿件)\s*(?::|>>)?.{0,20}",
    r"[(【]?\s*(?:责任编辑|责编|编辑|审核|校对)\s*[:].{0,30}",
    r"扫一扫.{0,20}",
    r"(?:打印本页|关闭窗口|【打印】|【关闭】).{0,20}",
    r"本作品(?:是|在|来自|属于).*",
    r"Public domain",
    r"↑.{0,200}",  # Wikisource footnotes, after the text
    r"(?:主办单位|承办单位|版权所有|网站标识码).*",
    r".{0,20}ICP备.*",
    r"注释|注解",  # the endnotes after a provincial report (海南 2026)
)
