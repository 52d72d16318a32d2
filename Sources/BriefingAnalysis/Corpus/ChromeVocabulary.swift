/// Words of page chrome: site menus, accessibility widgets, share buttons, counters and
/// tickers, in English and Russian. General web vocabulary, not taken from any one site.
enum ChromeVocabulary {
    /// Words that make up menu and widget lines ("Font settings", "on black", "К списку новостей").
    static let widgetWords: Set<String> = [
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
    static let functionWords: Set<String> = [
        "on", "the", "to", "of", "in", "a", "for", "and", "up", "на", "к", "в", "для", "и", "по", "all", "все",
    ]

    /// Words of counters: with these, numbers on a short line are chrome ("Views: 123").
    static let counterWords: Set<String> = [
        "views", "view", "comments", "comment", "likes", "like", "просмотров", "просмотры", "просмотра",
        "комментарии", "комментариев", "комментарий",
    ]

    /// Three-letter currency codes seen on tickers.
    static let currencyCodes: Set<String> = [
        "usd", "eur", "rub", "byn", "byr", "cny", "gbp", "uah", "kzt", "pln", "jpy", "chf", "try", "aed",
    ]

    /// Marks of tickers, counters and navigation.
    static let tickerMarks: Set<String> = ["↑", "↓", "▲", "▼", "△", "▽", "⬆", "⬇", "$", "€", "₽", "£", "¥", "°", "%",
                                             "+", "-", "–", "−", ".", ",", ":", "/", "|", "(", ")", "←", "→", "«", "»"]

    /// Arrows that start navigation lines ("← News", "Next →").
    static let arrows: Set<String> = ["←", "→", "«", "»", "<", ">", "↑", "⬅", "➡", "‹", "›"]
}
