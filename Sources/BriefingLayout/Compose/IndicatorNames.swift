import BriefingAnalysis

/// Human names of catalogue indicators and cooperation areas, per language. Keys the
/// table does not know are shown as the fact's own subject words.
enum IndicatorNames {
    static func indicator(_ key: String, _ language: Language) -> String? {
        table[key].map { language == .ru ? $0.ru : $0.en }
    }

    static func area(_ key: String, _ language: Language) -> String {
        if let names = areas[key] { return language == .ru ? names.ru : names.en }
        let spaced = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: ".", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    private static let table: [String: (en: String, ru: String)] = [
        "trade.turnover.growth": ("Growth of trade turnover", "Рост товарооборота"),
        "export.growth": ("Growth of exports", "Рост экспорта"),
        "import.growth": ("Growth of imports", "Рост импорта"),
        "investment.growth": ("Growth of investment", "Рост инвестиций"),
        "production.growth": ("Growth of production", "Рост производства"),
        "gdp.growth": ("Economic growth", "Экономический рост"),
        "share.belarusian.machinery": ("Share of Belarusian machinery in purchases", "Доля белорусской техники в закупках"),
        "share.belarusian.products": ("Share of Belarusian products", "Доля белорусской продукции"),
        "share.trade": ("Share in trade", "Доля в торговле"),
        "water.stations.programme": ("Water treatment plants in the programme", "Водоочистные станции в программе"),
        "water.stations.planned": ("Water treatment stations planned", "Планируемые водоочистные станции"),
        "water.stations.built": ("Water treatment plants built", "Построенные водоочистные станции"),
        "school.capacity": ("School capacity, pupils", "Вместимость школы, учеников"),
        "housing.cost.per.m2": ("Housing cost per square metre", "Стоимость квадратного метра жилья"),
        "housing.area": ("Housing area", "Площадь жилья"),
        "trade.turnover.value": ("Trade turnover", "Товарооборот"),
        "export.value": ("Exports", "Экспорт"),
        "import.value": ("Imports", "Импорт"),
        "investment.value": ("Investment and financing", "Инвестиции и финансирование"),
        "rank.trade": ("Rank in trade", "Место в товарообороте"),
        "rank.import": ("Rank in imports", "Место в импорте"),
        "rank.export": ("Rank in exports", "Место в экспорте"),
        "rank.investment": ("Rank in investment", "Место по инвестициям"),
        "rank.production": ("Rank in production", "Место по производству"),
        "machinery.supplied": ("Machinery supplied", "Поставки техники"),
        "companies.count": ("Companies involved", "Участвующие предприятия"),
        "jobs.count": ("Jobs", "Рабочие места"),
        "agreements.count": ("Agreements", "Соглашения"),
    ]

    private static let areas: [String: (en: String, ru: String)] = [
        "energy": ("Energy and gas", "Энергетика и газ"),
        "water": ("Water and ecology", "Вода и экология"),
        "ecology": ("Ecology", "Экология"),
        "agriculture": ("Agriculture", "Сельское хозяйство"),
        "construction": ("Construction and housing", "Строительство и жильё"),
        "machinery": ("Machinery and service", "Техника и сервис"),
        "transport": ("Transport", "Транспорт"),
        "forestry": ("Forestry", "Лесное хозяйство"),
        "industry": ("Industry and high technology", "Промышленность и высокие технологии"),
        "culture": ("Culture and tourism", "Культура и туризм"),
        "finance": ("Finance", "Финансы"),
        "trade": ("Trade", "Торговля"),
        "healthcare": ("Healthcare", "Здравоохранение"),
        "health": ("Healthcare", "Здравоохранение"),
        "science": ("Science", "Наука"),
        "education": ("Education and youth", "Образование и молодёжь"),
        "roads": ("Roads", "Дороги"),
    ]
}
