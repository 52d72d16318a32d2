/// Words of page chrome: site menus, accessibility widgets, share buttons, counters and
/// tickers, in English and Russian. General web vocabulary, not taken from any one site.
/// Word lists are `ScanWordSet`s (probed by the hash and bytes of a `LineTokens` token; token
/// texts are NFC). Marks are scalars, compared after `mark(_:)`: the rules were written with
/// `Set<String>`, whose equality is canonical equivalence.
enum ChromeVocabulary {
    /// A punctuation scalar as the mark sets compare it: U+0387 (Greek ano teleia) is
    /// canonically "·", the only scalar canonically equal to another mark listed here.
    static func mark(_ s: Unicode.Scalar) -> Unicode.Scalar { s == "\u{387}" ? "\u{B7}" : s }

    /// Words that make up menu and widget lines ("Font settings", "on black", "К списку новостей").
    static let widgetWords: ScanWordSet = [
        // accessibility widgets and fonts
        "font", "fonts", "settings", "setting", "size", "times", "new", "roman", "arial", "verdana", "georgia",
        "tahoma", "helvetica", "space", "spacing", "between", "letters", "letter", "line", "height", "colors", "colour",
        "colours", "color", "scheme", "white", "black", "blue", "contrast", "version", "visually", "impaired",
        "normal", "large", "larger", "small", "smaller", "default", "reset", "images", "image", "off",
        // navigation
        "news", "back", "home", "main", "page", "menu", "search", "list", "previous", "next", "all", "more",
        "skip", "content", "top", "close", "open", "sitemap", "contacts", "contact", "about", "us", "archive",
        "rss", "feed", "tags", "tag", "related", "also", "read", "categories", "category", "section", "date",
        // accounts and sharing
        "share", "print", "email", "mail", "copy", "link", "login", "log", "sign", "register", "subscribe",
        "facebook", "twitter", "vk", "vkontakte", "telegram", "whatsapp", "viber", "odnoklassniki", "instagram",
        "youtube", "tweet", "like", "likes", "cookies", "cookie", "accept", "photo", "photos", "video", "gallery",
        // counters, clocks, weather, languages
        "views", "view", "comments", "comment", "reply", "weather", "today", "yesterday", "language",
        "exchange", "rates", "rate", "курсы", "курс", "валют",
        "english", "русский", "беларуская", "eng", "rus", "bel", "en", "ru", "by",
        // function words that only count together with the words above
        "on", "the", "to", "of", "in", "a", "for", "and", "up",
        // Russian
        "шрифт", "шрифта", "шрифты", "настройки", "настройка", "размер", "размера", "интервал", "между", "буквами",
        "цвет", "цвета", "цветовая", "схема", "схему", "белом", "черном", "синем", "фоне", "фон", "версия",
        "слабовидящих", "изображения", "обычная", "крупный", "назад", "списку", "новостей", "новости", "новость",
        "главная", "главную", "поиск", "меню", "поделиться", "печать", "распечатать", "просмотров", "просмотры",
        "просмотра", "комментарии", "комментариев", "комментарий", "читайте", "также", "теги", "метки",
        "рубрики", "рубрика", "архив", "фото", "видео", "фотогалерея", "вход", "войти", "регистрация",
        "подписаться", "все", "погода", "сегодня", "вчера", "ссылка", "ссылку", "скопировать", "язык",
        "вконтакте", "одноклассники", "телеграм", "фейсбук", "твиттер", "инстаграм", "ютуб", "ок", "вк",
        "далее", "подробнее", "еще", "вернуться", "дата", "карта", "сайта", "контакты",
        "на", "к", "в", "для", "и", "по",
    ]

    /// Function words: a line of only these is not chrome by itself.
    static let functionWords: ScanWordSet = [
        "on", "the", "to", "of", "in", "a", "for", "and", "up", "на", "к", "в", "для", "и", "по", "all", "все",
    ]

    /// Words of counters: with these, numbers on a short line are chrome ("Views: 123").
    static let counterWords: ScanWordSet = [
        "views", "view", "comments", "comment", "likes", "like", "просмотров", "просмотры", "просмотра",
        "комментарии", "комментариев", "комментарий",
    ]

    /// Three-letter currency codes seen on tickers.
    static let currencyCodes: ScanWordSet = [
        "usd", "eur", "rub", "byn", "byr", "cny", "gbp", "uah", "kzt", "pln", "jpy", "chf", "try", "aed",
    ]

    /// Marks of tickers, counters and navigation.
    static let tickerMarks: Set<Unicode.Scalar> = ["↑", "↓", "▲", "▼", "△", "▽", "⬆", "⬇", "$", "€", "₽", "£", "¥", "°", "%",
                                             "+", "-", "–", "−", ".", ",", ":", "/", "|", "(", ")", "←", "→", "«", "»"]

    /// Arrows that start navigation lines ("← News", "Next →").
    static let arrows: Set<Unicode.Scalar> = ["←", "→", "«", "»", "<", ">", "↑", "⬅", "➡", "‹", "›"]

    /// Words that label a footer field before a colon ("Contacts:", "Tel.:", "Телефон для справок:").
    static let footerLabels: ScanWordSet = [
        "related", "contacts", "contact", "tags", "tag", "address", "phone", "tel", "fax", "email", "e-mail", "source",
        "photo", "photos", "share", "inquiries", "enquiries", "editorial", "адрес", "телефон", "телефоны", "тел",
        "факс", "теги", "метки", "фото", "источник", "индекс", "контакты", "поделиться", "приемная", "справок",
        // "Read more: …", "See also: …", "Читайте также: …": links to other articles.
        "read", "see", "читайте", "смотрите",
    ]

    /// Two-letter language codes of language switchers ("RU | BE | EN").
    static let languageCodes: ScanWordSet = [
        "en", "ru", "be", "by", "ba", "tt", "kk", "kz", "uk", "ua", "de", "fr", "es", "it", "zh", "cn", "pl", "lt",
        "lv", "et", "ky", "uz", "az", "hy", "ka", "tg", "tj", "eng", "rus", "bel",
    ]

    /// Marks that separate menu items and breadcrumb steps.
    static let menuSeparators: Set<Unicode.Scalar> = ["|", "/", ">", "›", "»", "•", "·", "→", "¦"]
    /// Separators of breadcrumb trails ("Home > News", "Главная › Регионы").
    static let crumbSeparators: Set<Unicode.Scalar> = ["/", ">", "›", "»", "→"]

    /// Entries every site menu has: a line of capitalised items with one of these is a menu.
    static let menuEntries: ScanWordSet = [
        "home", "main", "news", "contacts", "contact", "about", "search", "menu", "главная", "новости", "контакты",
        "поиск", "меню", "о", "нас", "пресс-центр",
    ]

    /// Headers of blocks of other articles' headlines.
    static let relatedHeaders: ScanWordSet = [
        "most read", "read also", "see also", "related", "related news", "related articles", "more news", "other news",
        "latest news", "popular", "читайте также", "смотрите также", "другие новости", "популярное", "самое читаемое",
        "по теме", "новости по теме", "последние новости",
    ]

    /// Words of cookie consent banners ("We use cookies … Accept").
    static let consentWords: ScanWordSet = [
        "accept", "agree", "consent", "settings", "policy", "we", "принять", "согласен", "согласие", "политика",
        "используем", "использует",
    ]
}
