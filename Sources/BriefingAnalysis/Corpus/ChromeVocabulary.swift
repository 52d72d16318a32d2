/// Words of page chrome: site menus, accessibility widgets, share buttons, counters and
/// tickers, in English and Russian. General web vocabulary, not taken from any one site.
/// Word lists are `WordSet`s (looked up by bytes, as token texts are NFC); marks stay
/// `Set<String>`, whose canonical equality the rules were written with.
enum ChromeVocabulary {
    /// Words that make up menu and widget lines ("Font settings", "on black", "К списку новостей").
    static let widgetWords: WordSet = [
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
    static let functionWords: WordSet = [
        "on", "the", "to", "of", "in", "a", "for", "and", "up", "на", "к", "в", "для", "и", "по", "all", "все",
    ]

    /// Words of counters: with these, numbers on a short line are chrome ("Views: 123").
    static let counterWords: WordSet = [
        "views", "view", "comments", "comment", "likes", "like", "просмотров", "просмотры", "просмотра",
        "комментарии", "комментариев", "комментарий",
    ]

    /// Three-letter currency codes seen on tickers.
    static let currencyCodes: WordSet = [
        "usd", "eur", "rub", "byn", "byr", "cny", "gbp", "uah", "kzt", "pln", "jpy", "chf", "try", "aed",
    ]

    /// Marks of tickers, counters and navigation.
    static let tickerMarks: Set<String> = ["↑", "↓", "▲", "▼", "△", "▽", "⬆", "⬇", "$", "€", "₽", "£", "¥", "°", "%",
                                             "+", "-", "–", "−", ".", ",", ":", "/", "|", "(", ")", "←", "→", "«", "»"]

    /// Arrows that start navigation lines ("← News", "Next →").
    static let arrows: Set<String> = ["←", "→", "«", "»", "<", ">", "↑", "⬅", "➡", "‹", "›"]

    /// Words that label a footer field before a colon ("Contacts:", "Tel.:", "Телефон для справок:").
    static let footerLabels: WordSet = [
        "related", "contacts", "contact", "tags", "tag", "address", "phone", "tel", "fax", "email", "e-mail", "source",
        "photo", "photos", "share", "inquiries", "enquiries", "editorial", "адрес", "телефон", "телефоны", "тел",
        "факс", "теги", "метки", "фото", "источник", "индекс", "контакты", "поделиться", "приемная", "справок",
        // "Read more: …", "See also: …", "Читайте также: …": links to other articles.
        "read", "see", "читайте", "смотрите",
    ]

    /// Two-letter language codes of language switchers ("RU | BE | EN").
    static let languageCodes: WordSet = [
        "en", "ru", "be", "by", "ba", "tt", "kk", "kz", "uk", "ua", "de", "fr", "es", "it", "zh", "cn", "pl", "lt",
        "lv", "et", "ky", "uz", "az", "hy", "ka", "tg", "tj", "eng", "rus", "bel",
    ]

    /// Marks that separate menu items and breadcrumb steps.
    static let menuSeparators: Set<String> = ["|", "/", ">", "›", "»", "•", "·", "→", "¦"]
    /// Separators of breadcrumb trails ("Home > News", "Главная › Регионы").
    static let crumbSeparators: Set<String> = ["/", ">", "›", "»", "→"]

    /// Entries every site menu has: a line of capitalised items with one of these is a menu.
    static let menuEntries: WordSet = [
        "home", "main", "news", "contacts", "contact", "about", "search", "menu", "главная", "новости", "контакты",
        "поиск", "меню", "о", "нас", "пресс-центр",
    ]

    /// Headers of blocks of other articles' headlines.
    static let relatedHeaders: WordSet = [
        "most read", "read also", "see also", "related", "related news", "related articles", "more news", "other news",
        "latest news", "popular", "читайте также", "смотрите также", "другие новости", "популярное", "самое читаемое",
        "по теме", "новости по теме", "последние новости",
    ]

    /// Words of cookie consent banners ("We use cookies … Accept").
    static let consentWords: WordSet = [
        "accept", "agree", "consent", "settings", "policy", "we", "принять", "согласен", "согласие", "политика",
        "используем", "использует",
    ]
}
